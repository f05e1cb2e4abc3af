package app.counterpoint;

import app.counterpoint.io.StoryReader;
import app.counterpoint.view.AppIcons;
import app.counterpoint.view.MainWindow;
import app.counterpoint.viewmodel.MainViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application, where the layers are wired together: one main window on the story named on the command line, or on the bundled story. */
public final class CounterpointApp extends Application {

    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "story-loader");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Stage stage) {
        MainViewModel viewModel = new MainViewModel(new StoryReader(), loader, Platform::runLater);
        MainWindow window = new MainWindow(viewModel, stage);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.getIcons().setAll(AppIcons.forWindows());
        StartupTimer timer = new StartupTimer();
        timer.logFirstStory(viewModel.storyProperty());
        stage.show();
        // the story loads after the first frame: on two cores its thread would otherwise slow the window down
        timer.afterFirstFrame(() -> openFirstStory(viewModel));
    }

    private void openFirstStory(MainViewModel viewModel) {
        List<String> args = getParameters().getUnnamed();
        if (args.isEmpty()) {
            viewModel.openBundledStory();
        } else {
            viewModel.open(Path.of(args.get(0)));
        }
    }

    @Override
    public void stop() {
        loader.shutdownNow();
    }
}
