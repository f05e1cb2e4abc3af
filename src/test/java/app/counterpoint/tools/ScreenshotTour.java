package app.counterpoint.tools;

import app.counterpoint.view.MainWindow;
import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.view.export.PngExporter;
import app.counterpoint.viewmodel.settings.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a tool that renders the layout audit's matrix to PNGs for looking at and for the README: every story
 * shape of the audit, normal and presenting, in the light theme, and the bundled and three-side stories in every
 * theme, on the JVM's screen. Run with {@code mvn test -Dtest=ScreenshotTour -Dtour=/tmp/tour
 * -Dheadless.geometry=1024x768-32} (once per screen size; presenting fills the screen).
 */
@EnabledIfSystemProperty(named = "tour", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

    private static final List<String> STORIES = List.of(
            "bundled",
            "sides-1.json",
            "sides-3.json",
            "sides-5.json",
            "topics-8.json",
            "topics-30.json",
            "long-titles.json",
            "crowded-cell.json");

    private Stage stage;
    private MainWindowFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = Screenshots.bundledStoryOnTheScreen(stage);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Path dir = Screenshots.directory("tour");
        Rectangle2D screen = Screen.getPrimary().getBounds();
        String size = Screenshots.screenSize();
        for (String story : STORIES) {
            boolean allThemes = story.equals("bundled") || story.equals("sides-3.json");
            for (Theme theme : allThemes ? List.of(Theme.values()) : List.of(Theme.LIGHT)) {
                String name = size + "-" + story.replace(".json", "") + "-"
                        + theme.name().toLowerCase(Locale.ROOT);
                robot.interact(() -> {
                    fixture = MainWindowFixture.empty(stage, screen.getWidth(), screen.getHeight(), Runnable::run);
                    fixture.viewModel().settings().themeProperty().set(theme);
                    if (story.equals("bundled")) {
                        fixture.viewModel().openBundledStory();
                    } else {
                        fixture.open("stories/window/" + story);
                    }
                    stage.setWidth(screen.getWidth());
                    stage.setHeight(screen.getHeight());
                });
                shoot(robot, dir.resolve(name + "-normal.png"));
                robot.interact(() -> fixture.window().presentation().enter());
                shoot(robot, dir.resolve(name + "-presenting.png"));
                robot.interact(() -> fixture.viewModel().presentation().leave());
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
    }

    @Test
    void handout(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("tour"));
        Files.createDirectories(dir);
        robot.interact(() -> {
            try {
                var pages = app.counterpoint.view.export.Handout.pages(
                        fixture.viewModel(),
                        PngExporter.snapshot(fixture.window().timeline(), 2),
                        523,
                        770,
                        java.util.List.of(MainWindow.STYLESHEET));
                for (int i = 0; i < pages.size(); i++) {
                    java.nio.file.Files.write(
                            dir.resolve("handout-" + (i + 1) + ".png"),
                            PngExporter.encode(PngExporter.snapshot(pages.get(i), 1.5)));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * Editing in the comparison: a statement's card turned editor, on the three-side story at the screen's size (the
     * README's picture at 1024x768).
     */
    @Test
    void editing(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("tour"));
        Files.createDirectories(dir);
        robot.interact(() -> fixture.open("stories/window/three-sides.json"));
        Rectangle2D screen = Screen.getPrimary().getBounds();
        var vm = fixture.viewModel();
        var row = vm.comparison().rows().get(0);
        var statement = row.cells().stream()
                .filter(c -> !c.isNotMentioned())
                .findFirst()
                .orElseThrow()
                .entries()
                .get(0)
                .statement();
        robot.interact(() -> vm.editing().inline().edit(statement, row.topic().id()));
        String size = (int) screen.getWidth() + "x" + (int) screen.getHeight();
        shoot(robot, dir.resolve("edit-statement-" + size + ".png"));
        robot.interact(() -> vm.editing().inline().cancel());
    }

    private void shoot(FxRobot robot, Path file) throws Exception {
        Screenshots.shoot(robot, fixture, file, 300);
    }
}
