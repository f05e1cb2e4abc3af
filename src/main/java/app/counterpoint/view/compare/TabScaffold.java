package app.counterpoint.view.compare;

import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the three comparison tabs (the comparison, coverage, across events) share: a small caption over a heading,
 * a placeholder that shows only while it has something to say, and a body that scrolls under them at the pane's
 * width. One place for their look, so that the tabs cannot drift apart.
 */
final class TabScaffold {

    private TabScaffold() {}

    /** The small line above the heading: "What each side said". */
    static Label caption(String text) {
        Label caption = new Label(text);
        caption.getStyleClass().add("pane-caption");
        return caption;
    }

    /** The tab's heading in large type. */
    static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("pane-heading");
        return heading;
    }

    /** A caption that follows View › Language. */
    static Label caption(ObservableValue<String> text) {
        Label caption = caption("");
        caption.textProperty().bind(text);
        return caption;
    }

    /** A heading that follows View › Language. */
    static Label heading(ObservableValue<String> text) {
        Label heading = heading("");
        heading.textProperty().bind(text);
        return heading;
    }

    /** What to show instead of the body's content; takes no room while {@code text} is empty. */
    static Label placeholder(ObservableStringValue text) {
        Label placeholder = new Label();
        placeholder.getStyleClass().add("comparison-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(text);
        placeholder.visibleProperty().bind(placeholder.textProperty().isNotEmpty());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        return placeholder;
    }

    /** The body under the heading, fitted to the pane's width and scrolling down (sideways once at its least). */
    static ScrollPane scrolling(double spacing, Node... content) {
        VBox body = new VBox(spacing, content);
        body.getStyleClass().add("comparison-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("comparison-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }
}
