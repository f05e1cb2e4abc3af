package app.counterpoint.view.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.view.Colours;
import app.counterpoint.view.MainWindow;
import app.counterpoint.viewmodel.compare.CoverageCell;
import app.counterpoint.viewmodel.compare.CoverageViewModel;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import app.counterpoint.viewmodel.settings.Theme;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In every theme a coverage cell's count and its side's shape stand out from the cell's colour: the dark theme's
 * light text once sat on a cell washed nearly white, where neither could be read, and a pale side's deep cells had
 * white counts on yellow. A dark and a pale side both have cells of every depth.
 */
@ExtendWith(ApplicationExtension.class)
class CoverageThemesTest {

    /** Large bold text (the counts are 20px bold): WCAG AA asks 3:1; the shapes are graphics, also 3:1. */
    private static final double LARGE_TEXT = 3.0;

    /** A dark side, a pale one (its deep cells once had white counts, 1.3:1) and a middle one. */
    private static final String[] SIDE_COLOURS = {"#0B3D91", "#FFE082", "#8E24AA"};

    private Scene scene;
    private CoveragePane pane;

    @Start
    void start(Stage stage) {
        List<Actor> sides = new ArrayList<>();
        for (int i = 0; i < SIDE_COLOURS.length; i++) {
            sides.add(new Actor("s" + i, "Side " + i, SIDE_COLOURS[i]));
        }
        // counts 4 1 / 2 3 / 1 0: cells of every depth of colour, from a quarter to full
        int[][] counts = {{4, 1}, {2, 3}, {1, 0}};
        List<Statement> said = new ArrayList<>();
        for (int s = 0; s < counts.length; s++) {
            for (int t = 0; t < 2; t++) {
                for (int n = 0; n < counts[s][t]; n++) {
                    said.add(new Statement(
                            "st" + s + t + n,
                            "talks",
                            "s" + s,
                            List.of(t == 0 ? "water" : "power"),
                            "words " + n,
                            StatementKind.QUOTE,
                            "src",
                            null));
                }
            }
        }
        Story story = StoryBuilder.story("Depths")
                .sources(new Source("src", "A report", "Wire", null, StoryDate.parse("2020"), null))
                .actors(sides)
                .topics(new Topic("water", "Water", "#0072B2"), new Topic("power", "Power", "#D55E00"))
                .events(EventBuilder.event("talks")
                        .titled("Talks")
                        .on("2020-01-10")
                        .topics("water", "power")
                        .build())
                .statements(said)
                .build();
        PreparedStory prepared = PreparedStory.of(story);
        FilterViewModel filter = new FilterViewModel();
        filter.setStory(prepared);
        CoverageViewModel coverage =
                new CoverageViewModel(new javafx.beans.property.ReadOnlyObjectWrapper<>(prepared), filter);
        pane = new CoveragePane(coverage, new LanguageViewModel(), e -> {}, link -> {});
        // as in the window: the theme on the scene, the comparison's sheet on the tabs that hold the matrix
        StackPane tabs = new StackPane(pane);
        tabs.getStylesheets().add(ComparisonTabs.STYLESHEET);
        scene = new Scene(tabs, 900, 600);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void countsAndShapesStandOutFromTheirCellsInEveryTheme(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Theme theme : Theme.values()) {
            AtomicReference<List<String>> found = new AtomicReference<>();
            robot.interact(() -> scene.getStylesheets().setAll(MainWindow.stylesheetsOf(theme)));
            // a cell's ink follows its colour as styled, at the next pulse
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                pane.applyCss();
                List<String> cells = new ArrayList<>();
                for (var node : pane.lookupAll(".coverage-cell")) {
                    Button cell = (Button) node;
                    CoverageCell data = (CoverageCell) cell.getUserData();
                    if (data.count() == 0) {
                        continue;
                    }
                    Color under = shownColour(cell);
                    Color text = (Color) cell.getTextFill();
                    Color mark = (Color) ((Region) cell.getGraphic())
                            .getBackground()
                            .getFills()
                            .get(0)
                            .getFill();
                    cells.add(String.format(
                            java.util.Locale.ROOT,
                            "%s %s/%s: text %.2f, shape %.2f on %s",
                            theme,
                            data.actor().id(),
                            data.topic().id(),
                            contrast(text, under),
                            contrast(mark, under),
                            under));
                    assertTrue(
                            contrast(text, under) >= LARGE_TEXT,
                            theme + ": the count of " + data + " reads on " + under + " in " + text);
                    assertTrue(
                            contrast(mark, under) >= LARGE_TEXT,
                            theme + ": the shape in " + data + " shows on " + under + " in " + mark);
                }
                found.set(cells);
            });
            assertEquals(5, found.get().size(), theme + ": every cell with statements was looked at");
        }
    }

    /** The cell's background as seen: its fills laid over each other, the first opaque. */
    private static Color shownColour(Region cell) {
        Color seen = Color.WHITE;
        for (BackgroundFill fill : cell.getBackground().getFills()) {
            seen = Colours.over((Color) fill.getFill(), seen);
        }
        return seen;
    }

    private static double contrast(Color a, Color b) {
        return Colours.contrast(a, b);
    }
}
