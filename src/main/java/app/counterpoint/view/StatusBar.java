package app.counterpoint.view;

import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line under the main window: the status (what is opened or saved, how much the filter shows) with the
 * progress and Cancel of a load, the search's match count, and on the right the keyboard hint, which a dragged
 * file or event replaces while it is dragged.
 */
final class StatusBar extends HBox {

    private final Label hint = new Label();
    private final LanguageViewModel language;

    StatusBar(MainViewModel viewModel) {
        super(8);
        language = viewModel.language();
        hint.setText(keyboardHint());
        language.languageProperty().addListener(o -> hint.setText(keyboardHint()));
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("status-text");
        // the hint beside it gives way first: "5 acontecimientos, 14 declaraciones" is never cut short
        status.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("status-progress");
        progress.progressProperty().bind(viewModel.loadProgressProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        progress.managedProperty().bind(viewModel.loadingProperty());
        Button cancel = new Button();
        cancel.textProperty().bind(language.text("window.cancelLoading"));
        cancel.setId("cancel-loading");
        cancel.getStyleClass().add("status-cancel");
        cancel.setOnAction(e -> viewModel.cancelLoading());
        cancel.visibleProperty().bind(viewModel.loadingProperty());
        cancel.managedProperty().bind(viewModel.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        hint.getStyleClass().add("status-hint");
        // the hint gives way to the status on a narrow window, whole or not at all: never cut short
        hint.setMinWidth(0);
        hint.visibleProperty()
                .bind(hint.widthProperty()
                        .greaterThanOrEqualTo(Bindings.createDoubleBinding(
                                () -> hint.prefWidth(-1) - 0.5, hint.textProperty(), hint.fontProperty())));
        Label matches = new Label();
        matches.setId("search-matches");
        matches.getStyleClass().add("status-search");
        matches.textProperty().bind(viewModel.search().matchTextProperty());
        matches.visibleProperty().bind(matches.textProperty().isNotEmpty());
        matches.managedProperty().bind(matches.visibleProperty());
        matches.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(progress, status, cancel, matches, spacer, hint);
        getStyleClass().add("status-bar");
    }

    /**
     * What a file dragged over the window, or an event dragged along the timeline, would do, in place of the keyboard
     * hint; empty for the keyboard hint again.
     */
    void showHint(String text) {
        hint.setText(text.isEmpty() ? keyboardHint() : text);
    }

    /** The keyboard hint again, once the drag has left or dropped. */
    void showKeyboardHint() {
        hint.setText(keyboardHint());
    }

    /** The status line's reminder of the timeline's keys, in the window's language. */
    private String keyboardHint() {
        return language.get("window.hint");
    }
}
