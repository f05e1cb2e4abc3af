package app.counterpoint.view;

import app.counterpoint.io.StoryReader;
import app.counterpoint.viewmodel.MainViewModel;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a shown stage, wired as the app wires it, for tests and test tools. The window puts the
 * theme's stylesheets on its scene itself. Call from a TestFX {@code @Start} method (on the FX thread).
 */
public final class MainWindowFixture {

    /** The size the window tests use unless they need another. */
    public static final double WIDTH = 1280;

    public static final double HEIGHT = 800;

    private final MainViewModel viewModel;
    private final MainWindow window;
    private final Stage stage;

    private MainWindowFixture(Stage stage, double width, double height, Executor background) {
        this.stage = stage;
        // results are handed over inline: a test sees the finished state once a load has run
        viewModel = new MainViewModel(new StoryReader(), background, Runnable::run);
        window = new MainWindow(viewModel, stage);
        stage.setScene(new Scene(window, width, height));
        stage.show();
        // the headless screen mis-reuses frame buffers when a window shrinks and grows again (presenting, resizing)
        HeadlessFrameBuffers.keepWhole(stage.getScene());
    }

    /** The window at 1280x800 on the bundled story, loaded inline so every assertion sees the finished state. */
    public static MainWindowFixture onBundledStory(Stage stage) {
        return onBundledStory(stage, WIDTH, HEIGHT);
    }

    /** The window at the given size on the bundled story, loaded inline. */
    public static MainWindowFixture onBundledStory(Stage stage, double width, double height) {
        MainWindowFixture fixture = new MainWindowFixture(stage, width, height, Runnable::run);
        fixture.viewModel.openBundledStory();
        return fixture;
    }

    /**
     * The window at the given size on a story of the test resources (e.g. {@code stories/layout/sides-3.json}),
     * loaded inline.
     */
    public static MainWindowFixture onStory(Stage stage, double width, double height, String resource) {
        MainWindowFixture fixture = new MainWindowFixture(stage, width, height, Runnable::run);
        fixture.open(resource);
        return fixture;
    }

    /** Opens a story of the test resources inline, as File › Open would. */
    public void open(String resource) {
        try {
            viewModel.open(
                    Path.of(MainWindowFixture.class.getResource("/" + resource).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(resource, e);
        }
    }

    /**
     * The window with no story yet.
     *
     * @param background runs loads: {@code Runnable::run} inline, or a list the test runs when it chooses
     */
    public static MainWindowFixture empty(Stage stage, double width, double height, Executor background) {
        return new MainWindowFixture(stage, width, height, background);
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainWindow window() {
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Drafts a story from the seed article (published 2 May 2017) as File › New from Article does, and waits until
     * the review list is up.
     */
    public void draftTheSeedArticle(FxRobot robot) throws Exception {
        String article;
        try (InputStream in = MainWindowFixture.class.getResourceAsStream("/draft/seed-trump-putin.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var drafts = viewModel.drafts();
        var form = drafts.newFromArticle();
        robot.interact(() -> {
            form.articleProperty().set(article);
            form.publishedProperty().set("2017-05-02");
            form.draft(drafts::reviewDraft);
        });
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> drafts.draftReviewProperty().get() != null);
    }
}
