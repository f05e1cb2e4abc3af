package app.counterpoint.view;

import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.settings.TextSizeViewModel;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.Region;

/** The main window's look: its theme's stylesheets on its scene, and its text sizes on the window and timeline. */
final class WindowStyling {

    private final MainViewModel viewModel;
    private final Region window;
    private final TimelineView timeline;

    WindowStyling(MainViewModel viewModel, Region window, TimelineView timeline) {
        this.viewModel = viewModel;
        this.window = window;
        this.timeline = timeline;
    }

    /** The window's text size (View › Text Size), times the presentation's while presenting. */
    void applyFontScale() {
        TextSizeViewModel size = viewModel.textSize();
        window.setStyle(String.format(
                Locale.ROOT,
                "-fx-font-size: %.2fpx;",
                size.windowFontSizeProperty().get()));
        timeline.setStyle(String.format(
                Locale.ROOT,
                "-timeline-font-size: %.2f;",
                size.timelineFontSizeProperty().get()));
    }

    /** The stylesheets of the current theme: the base look, then the theme's own on top. */
    List<String> themeStylesheets() {
        return MainWindow.stylesheetsOf(viewModel.settings().themeProperty().get());
    }

    void applyTheme() {
        if (window.getScene() != null) {
            window.getScene().getStylesheets().setAll(themeStylesheets());
        }
    }
}
