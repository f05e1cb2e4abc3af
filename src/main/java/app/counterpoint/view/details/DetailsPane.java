package app.counterpoint.view.details;

import static app.counterpoint.view.Texts.label;

import app.counterpoint.model.Source;
import app.counterpoint.text.TextRange;
import app.counterpoint.view.StoryTextDirection;
import app.counterpoint.view.compare.HighlightedText;
import app.counterpoint.viewmodel.common.ShapedTopic;
import app.counterpoint.viewmodel.details.DetailsViewModel;
import app.counterpoint.viewmodel.search.MatchPlace;
import app.counterpoint.viewmodel.search.SearchMarks;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The selected event's details: title, date at its own precision, summary, topics and sources. */
public final class DetailsPane extends ScrollPane {

    private final DetailsViewModel viewModel;
    /** One tag a line: a flow would be as wide as its longest topic's name and push the pane past its edge. */
    private final VBox topics = new VBox(6);

    private final VBox sources = new VBox(6);
    private final Label title = wrapping("details-title");
    private final Label summary = wrapping("details-summary");
    /** The title's and the summary's places: their label, or the same text with the search's marks. */
    private final StackPane titleSlot = new StackPane(title);

    private final StackPane summarySlot = new StackPane(summary);
    private ObservableValue<SearchMarks> search = new SimpleObjectProperty<>(SearchMarks.none());

    public DetailsPane(DetailsViewModel viewModel, LanguageViewModel language) {
        this.viewModel = viewModel;
        setId("details");
        getStyleClass().add("details-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label caption = label(language, "details.caption", new Label());
        caption.getStyleClass().add("pane-caption");
        title.textProperty().bind(viewModel.titleProperty());
        Label date = wrapping("details-date");
        date.setId("details-date");
        date.textProperty().bind(viewModel.dateProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        title.textProperty().addListener((Observable o) -> showMarks());
        summary.textProperty().addListener((Observable o) -> showMarks());
        titleSlot.setAlignment(Pos.TOP_LEFT);
        summarySlot.setAlignment(Pos.TOP_LEFT);
        Label topicsCaption = label(language, "details.topics", new Label());
        topicsCaption.getStyleClass().add("details-caption");
        Label sourcesCaption = label(language, "details.sources", new Label());
        sourcesCaption.getStyleClass().add("details-caption");
        topicsCaption.visibleProperty().bind(viewModel.hasEventProperty());
        sourcesCaption.visibleProperty().bind(viewModel.hasEventProperty());

        VBox content =
                new VBox(10, caption, titleSlot, date, summarySlot, topicsCaption, topics, sourcesCaption, sources);
        content.getStyleClass().add("details-content");
        setContent(content);

        viewModel.topics().addListener((Observable o) -> rebuildTopics());
        viewModel.sources().addListener((Observable o) -> rebuildSources());
        rebuildTopics();
        rebuildSources();
        showMarks();
    }

    /** Marks what the search finds in the title and the summary. */
    public void showSearch(ObservableValue<SearchMarks> marks) {
        search = marks;
        marks.addListener((Observable o) -> showMarks());
        showMarks();
    }

    private void showMarks() {
        showMarks(titleSlot, title, MatchPlace.TITLE);
        showMarks(summarySlot, summary, MatchPlace.SUMMARY);
    }

    /** The plain label while the search finds nothing in it; else its text with the finds marked. */
    private void showMarks(StackPane slot, Label label, MatchPlace place) {
        SearchMarks marks = search.getValue();
        List<TextRange> found = marks.in(label.getText());
        // JavaFX 21 draws a wrapped right-to-left label with the rest of the text on every line: a title in Arabic
        // is laid out word by word, as marked text is
        if (found.isEmpty() && !StoryTextDirection.hasRightToLeftLetters(label.getText())) {
            slot.getChildren().setAll(label);
            return;
        }
        // the current match is in the selected event, the one these details show
        TextRange current = marks.current() != null && marks.current().place() == place
                ? marks.current().range()
                : null;
        HighlightedText text = new HighlightedText(label.getText(), List.of(), found, current);
        text.getStyleClass().add(place == MatchPlace.TITLE ? "details-title-marked" : "details-summary-marked");
        slot.getChildren().setAll(text);
        if (current != null) {
            reveal(text.currentMatchMark());
        }
    }

    /** Scrolls the details so that the text with the current match is in view. */
    private void reveal(Node node) {
        if (getScene() == null) {
            return;
        }
        applyCss();
        layout();
        Node content = getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top || b.getMaxY() > top + viewport) {
            double target = b.getMinY() - (viewport - b.getHeight()) / 2; // the match in the middle
            setVvalue(Math.min(1, Math.max(0, target) / (contentHeight - viewport)));
        }
    }

    private static Label wrapping(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void rebuildTopics() {
        topics.getChildren()
                .setAll(viewModel.topics().stream().map(DetailsPane::topicTag).toList());
    }

    private static HBox topicTag(ShapedTopic topic) {
        Region swatch = new Region();
        swatch.getStyleClass().add("topic-swatch");
        // the topic's shape, as its events have on the timeline: colour is never the only cue
        swatch.setStyle(topic.shape().cssShape());
        Label label = new Label(topic.label());
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        HBox tag = new HBox(6, swatch, label);
        tag.setMaxWidth(Region.USE_PREF_SIZE);
        tag.getStyleClass().add("topic-tag");
        tag.setStyle("-topic-color: " + topic.color() + ";");
        return tag;
    }

    private void rebuildSources() {
        sources.getChildren()
                .setAll(viewModel.sources().stream()
                        .map(DetailsPane::sourceLine)
                        .toList());
    }

    private static Label sourceLine(Source source) {
        Label line = wrapping("details-source");
        line.setText(source.citationWithLink());
        return line;
    }
}
