package app.counterpoint.view.present;

import app.counterpoint.view.RightToLeftWords;
import app.counterpoint.view.compare.ComparisonPane;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.present.PresentationViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The presenter's own screen while presenting on a projector: the current event and its statements, the next
 * event, the step, a clock and the time elapsed. The audience sees only the main window.
 */
final class PresenterWindow {

    private final Stage stage = new Stage();

    PresenterWindow(
            MainViewModel viewModel, Window owner, Screen screen, List<String> stylesheets, Consumer<String> openLink) {
        PresentationViewModel presentation = viewModel.presentation();
        Label clock = new Label();
        clock.getStyleClass().add("presenter-clock");
        clock.textProperty().bind(presentation.clockTextProperty());
        Label elapsed = new Label();
        elapsed.getStyleClass().add("presenter-elapsed");
        elapsed.textProperty().bind(presentation.elapsedTextProperty());
        Label step = new Label();
        step.getStyleClass().add("presentation-step");
        step.textProperty().bind(presentation.stepTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(24, clock, elapsed, spacer, step);

        Label next = new Label();
        next.getStyleClass().add("presenter-next");
        next.setId("presenter-next");
        next.setWrapText(true);
        next.textProperty().bind(presentation.nextTextProperty());
        // the teacher's notes of a tour's step: on this screen only, never the audience's
        Label notes = new Label();
        notes.getStyleClass().add("presenter-notes");
        notes.setId("presenter-notes");
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notes.setMaxWidth(Double.MAX_VALUE);
        notes.textProperty().bind(presentation.notesProperty());
        notes.visibleProperty().bind(presentation.notesProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());

        ComparisonPane statements = new ComparisonPane(viewModel.comparison(), viewModel.language(), openLink);
        VBox.setVgrow(statements, Priority.ALWAYS);
        // a step on an event the filter hid: the teacher knows why everything shows, and that the filter comes back
        Label filterAside =
                app.counterpoint.view.Texts.label(viewModel.language(), "presenter.filterSetAside", new Label());
        filterAside.getStyleClass().add("presenter-next");
        filterAside.setId("presenter-filter-aside");
        filterAside.setWrapText(true);
        filterAside.setMinHeight(Region.USE_PREF_SIZE);
        filterAside.visibleProperty().bind(presentation.filterSetAsideProperty());
        filterAside.managedProperty().bind(filterAside.visibleProperty());
        // notes and the next event's title in Arabic or Hebrew wrap word by word (RightToLeftWords)
        VBox root = new VBox(
                top,
                RightToLeftWords.slot(notes, "presenter-notes-words"),
                filterAside,
                RightToLeftWords.slot(next, "presenter-next-words"),
                statements);
        root.getStyleClass().add("presenter-view");

        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.titleProperty().bind(viewModel.language().text("presenter.title"));
        viewModel
                .language()
                .rightToLeftProperty()
                .addListener((obs, was, rtl) -> app.counterpoint.view.MainWindow.markRightToLeft(root, rtl));
        app.counterpoint.view.MainWindow.markRightToLeft(
                root, viewModel.language().rightToLeftProperty().get());
        root.nodeOrientationProperty()
                .bind(javafx.beans.binding.Bindings.when(viewModel.language().rightToLeftProperty())
                        .then(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT)
                        .otherwise(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT));
        Rectangle2D bounds = screen.getVisualBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.close();
    }
}
