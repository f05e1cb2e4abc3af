package app.counterpoint;

import app.counterpoint.io.StoryReader;
import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.io.recovery.OwnLargeFiles;
import app.counterpoint.io.recovery.RecoveryStore;
import app.counterpoint.model.Story;
import app.counterpoint.settings.SettingsStore;
import app.counterpoint.settings.WindowBounds;
import app.counterpoint.settings.WindowPlacement;
import app.counterpoint.view.AppIcons;
import app.counterpoint.view.MainWindow;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.edit.EditScript;
import app.counterpoint.viewmodel.settings.SettingsViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop application, where the layers are wired together: one main window on a story. */
public final class CounterpointApp extends Application {

    private static final double MIN_WIDTH = 1024;
    private static final double MIN_HEIGHT = 600;

    private static final System.Logger LOG = System.getLogger(CounterpointApp.class.getName());

    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "story-loader");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Stage stage) {
        MainViewModel viewModel = new MainViewModel(
                new StoryReader(readLimits(getParameters().getNamed().get(ReadLimits.OPTION.substring(2)))),
                loader,
                Platform::runLater,
                SettingsStore.forCurrentUser(),
                RecoveryStore.ofCurrentUser(),
                OwnLargeFiles.ofCurrentUser());
        SettingsViewModel settings = viewModel.settings();
        settings.load();
        MainWindow window =
                new MainWindow(viewModel, stage, url -> getHostServices().showDocument(url));
        WindowBounds saved = settings.windowProperty().get();
        Rectangle2D area = screenFor(saved).getVisualBounds();
        WindowBounds bounds =
                WindowPlacement.place(saved, area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        // the scene's size, not the stage's: a stage sized by hand would keep that size for any later scene
        stage.setScene(new Scene(window, bounds.width(), bounds.height()));
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setMaximized(bounds.maximized());
        // a small projector's screen is the smallest window Counterpoint is made for
        stage.setMinWidth(Math.min(MIN_WIDTH, area.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, area.getHeight()));
        stage.setOnHidden(e -> {
            if (!stage.isFullScreen()) {
                settings.windowProperty()
                        .set(new WindowBounds(
                                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
            }
            settings.save();
            if (!viewModel.editor().isModified()) {
                viewModel.recovery().closeCleanly(); // nothing unsaved: the recovery slot goes
            } else {
                viewModel.recovery().keepUnsavedNow(); // the last edits, not yet kept for want of a pause
            }
        });
        settings.saveOnChange();
        runEditScript(viewModel);
        StartupTimer timer = new StartupTimer();
        timer.logOpens(viewModel.lastLoadTimesProperty());
        stage.show();
        // arrow keys walk the events from the start, without a click into the timeline first
        window.timeline().requestFocus();
        // the story loads after the first frame: on two cores its thread would otherwise slow the window down
        timer.afterFirstFrame(() -> {
            // decoding the icon's seven PNGs need not delay the first frame: the window manager takes them later
            stage.getIcons().setAll(AppIcons.forWindows());
            window.offerRecoveryOr(
                    () -> viewModel.openFirstStory(getParameters().getUnnamed()));
        });
    }

    /**
     * The limit on the files this window opens: the default, unless the user started it with
     * {@code --max-size=MEGABYTES} to open a story larger than a stranger's file may be.
     */
    static ReadLimits readLimits(String megabytes) {
        if (megabytes == null) {
            return ReadLimits.DEFAULT;
        }
        int asked = ReadLimits.megabytesIn(megabytes);
        if (asked < 0) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "--max-size={0} is not a whole number of megabytes from 1 to {1};"
                            + " files are held to the usual limit",
                    megabytes,
                    ReadLimits.HIGHEST_MEGABYTES);
            return ReadLimits.DEFAULT;
        }
        return ReadLimits.ofMegabytes(asked);
    }

    /**
     * The edits of the script named by {@value EditScript#PROPERTY}, made once the first story is open: how a test
     * that kills the app makes its edits in the real app.
     */
    private static void runEditScript(MainViewModel viewModel) {
        String script = System.getProperty(EditScript.PROPERTY);
        if (script == null) {
            return;
        }
        viewModel.storyProperty().addListener(new ChangeListener<Story>() {
            @Override
            public void changed(ObservableValue<? extends Story> o, Story old, Story now) {
                if (now == null) {
                    return;
                }
                o.removeListener(this);
                try {
                    EditScript.run(
                            Files.readAllLines(Path.of(script), StandardCharsets.UTF_8),
                            viewModel.editor(),
                            viewModel::newStory);
                } catch (IOException | IllegalArgumentException e) {
                    LOG.log(System.Logger.Level.ERROR, "The edit script could not be run", e);
                }
            }
        });
    }

    /** The screen a saved window was on, if it is still there (not unplugged since); else the primary screen. */
    private static Screen screenFor(WindowBounds b) {
        if (b == null) {
            return Screen.getPrimary();
        }
        List<Screen> screens = Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height()));
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }

    @Override
    public void stop() {
        loader.shutdownNow();
    }
}
