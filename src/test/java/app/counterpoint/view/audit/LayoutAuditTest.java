package app.counterpoint.view.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.viewmodel.settings.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout audit (issue #11): the real main window on the screens classrooms have, in every theme, normal and
 * presenting, on stories of every shape, walked by {@link LayoutAudit}. A case fails on anything cut, overlapping,
 * ellipsised or out of reach, on a side header that cannot be reached, and, when presenting, on any node that is
 * not where it was after F5 and Esc three times.
 *
 * <p>Which cases: the screen size is one factor per JVM, since presenting fills the screen and Monocle's headless
 * screen has one size per JVM; the build runs this class once per size ({@code headless.geometry} in the pom's
 * {@code layout-audit-*} executions). In each JVM every story is opened (so every size meets every story), with
 * theme {@code (story + size) mod 3} and presenting when {@code (story + size)} is odd. That covering array holds
 * every pair of factors: size and story by construction; size and theme, size and mode because each size runs all
 * eight stories through consecutive values of {@code story + size}; story and theme, story and mode because each
 * story meets the four sizes, i.e. four consecutive values; and theme and mode because {@code story + size} runs
 * over 0..10, which covers every residue mod 6. Thirty-two cases instead of 192, each normal-mode layout audited in
 * all of them. Run alone (the default 1280x800 screen, {@code -Dtest=LayoutAuditTest}) it audits the two smaller
 * sizes in normal mode only, with the stage sized to them.
 */
@org.junit.jupiter.api.extension.ExtendWith(ApplicationExtension.class)
class LayoutAuditTest {

    private static final Set<String> MUST_BE_REACHABLE = Set.of("comparison-column-header");

    /** Every story shape of the matrix; the bundled story is two sides, three topics. */
    private static final List<String> STORIES = List.of(
            "bundled",
            "sides-1.json",
            "sides-3.json",
            "sides-5.json",
            "topics-8.json",
            "topics-30.json",
            "long-titles.json",
            "crowded-cell.json");

    /** The screens of the matrix, in the order of the size factor. */
    private static final List<String> SIZES = List.of("1024x768", "1280x720", "1366x768", "1920x1080");

    /** What a maximised window loses to its title bar; the audience's full screen does not. */
    private static final double TITLE_BAR = 28;

    record Case(String size, String story, Theme theme, boolean presenting) {
        double width() {
            return Double.parseDouble(size.substring(0, size.indexOf('x')));
        }

        double height() {
            return Double.parseDouble(size.substring(size.indexOf('x') + 1));
        }

        @Override
        public String toString() {
            return size + " " + story + " " + theme.name().toLowerCase(Locale.ROOT)
                    + (presenting ? " presenting" : " normal");
        }
    }

    private Stage stage;

    /**
     * A stage of the test's own, closed after it: the tests size their stage, and a stage sized by hand keeps that
     * size for the next scene, so the shared primary stage would carry it into other test classes.
     */
    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @AfterEach
    void closeStage(FxRobot robot) {
        robot.interact(stage::close);
    }

    static Stream<Case> cases() {
        String geometry = System.getProperty("headless.geometry", "");
        String screen = geometry.contains("-") ? geometry.substring(0, geometry.indexOf('-')) : geometry;
        List<Case> cases = new ArrayList<>();
        for (int z = 0; z < SIZES.size(); z++) {
            boolean thisScreen = SIZES.get(z).equals(screen);
            boolean fitsDefault = screen.isEmpty() && z < 2;
            if (!thisScreen && !fitsDefault) {
                continue;
            }
            for (int s = 0; s < STORIES.size(); s++) {
                Theme theme = Theme.values()[(s + z) % 3];
                boolean presenting = thisScreen && (s + z) % 2 == 1;
                cases.add(new Case(SIZES.get(z), STORIES.get(s), theme, presenting));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nothingIsCutOverlappingOrOutOfReach(Case c, FxRobot robot) {
        AtomicReference<MainWindowFixture> fixture = new AtomicReference<>();
        robot.interact(() -> {
            MainWindowFixture f = MainWindowFixture.empty(stage, c.width(), c.height() - TITLE_BAR, Runnable::run);
            f.viewModel().settings().themeProperty().set(c.theme());
            if (c.story().equals("bundled")) {
                f.viewModel().openBundledStory();
            } else {
                f.open("stories/window/" + c.story());
            }
            stage.setWidth(c.width());
            stage.setHeight(c.height() - TITLE_BAR);
            fixture.set(f);
        });
        settle(robot);
        List<String> findings = new ArrayList<>(audit(robot, fixture.get(), "normal"));
        if (c.presenting()) {
            AtomicReference<Map<String, Bounds>> before = new AtomicReference<>();
            robot.interact(() -> before.set(LayoutAudit.bounds(stage.getScene())));
            for (int round = 0; round < 3; round++) {
                robot.interact(() -> fixture.get().window().presentation().enter());
                settle(robot);
                if (round == 0) {
                    findings.addAll(audit(robot, fixture.get(), "presenting"));
                }
                robot.interact(() -> fixture.get().viewModel().presentation().leave());
                settle(robot);
            }
            robot.interact(() -> LayoutAudit.differences(before.get(), LayoutAudit.bounds(stage.getScene())).stream()
                    .map(d -> "after F5 and Esc three times: " + d)
                    .forEach(findings::add));
        }
        assertEquals(List.of(), findings, c.toString());
    }

    private List<String> audit(FxRobot robot, MainWindowFixture fixture, String mode) {
        List<String> findings = new ArrayList<>();
        robot.interact(() -> {
            LayoutAudit.audit(stage.getScene(), MUST_BE_REACHABLE).stream()
                    .map(f -> mode + ": " + f)
                    .forEach(findings::add);
            int headers = robot.lookup("#comparison .comparison-column-header")
                    .queryAll()
                    .size();
            int columns = fixture.viewModel().comparison().columns().size();
            if (headers != columns) {
                findings.add(mode + ": " + headers + " side headers for " + columns + " sides");
            }
        });
        return findings;
    }

    private static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {});
        WaitForAsyncUtils.waitForFxEvents();
    }
}
