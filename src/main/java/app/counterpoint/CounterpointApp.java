package app.counterpoint;

import app.counterpoint.io.StoryReader;
import app.counterpoint.settings.SettingsStore;
import app.counterpoint.settings.WindowBounds;
import app.counterpoint.view.AppIcons;
import app.counterpoint.view.MainWindow;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.settings.SettingsViewModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop application, where the layers are wired together: one main window on a story. */
public final class CounterpointApp extends Application {

    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "story-loader");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Stage stage) {
        MainViewModel viewModel =
                new MainViewModel(new StoryReader(), loader, Platform::runLater, SettingsStore.forCurrentUser());
        SettingsViewModel settings = viewModel.settings();
        settings.load();
        MainWindow window =
                new MainWindow(viewModel, stage, url -> getHostServices().showDocument(url));
        WindowBounds bounds = settings.windowProperty().get();
        boolean restore = bounds != null && isOnAScreen(bounds);
        Scene scene = new Scene(window, restore ? bounds.width() : 1280, restore ? bounds.height() : 800);
        stage.setScene(scene);
        if (restore) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setMaximized(bounds.maximized());
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> {
            if (!stage.isFullScreen()) {
                settings.windowProperty()
                        .set(new WindowBounds(
                                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
            }
            settings.save();
        });
        settings.saveOnChange();
        StartupTimer timer = new StartupTimer();
        timer.logFirstStory(viewModel.storyProperty());
        stage.show();
        // arrow keys walk the events from the start, without a click into the timeline first
        window.timeline().requestFocus();
        // the story loads after the first frame: on two cores its thread would otherwise slow the window down
        timer.afterFirstFrame(() -> {
            // decoding the icon's seven PNGs need not delay the first frame: the window manager takes them later
            stage.getIcons().setAll(AppIcons.forWindows());
            viewModel.openFirstStory(getParameters().getUnnamed());
        });
    }

    /** A window restored onto a screen that has since been unplugged would open out of sight. */
    private static boolean isOnAScreen(WindowBounds b) {
        return !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height()))
                .isEmpty();
    }

    @Override
    public void stop() {
        loader.shutdownNow();
    }
}
