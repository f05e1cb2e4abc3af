package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.settings.Theme;
import java.util.Arrays;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline's own chrome follows the theme as drawn on screen, not only in the stylesheets' variables: the
 * toolbar's text stays readable on the toolbar, and the overview strip is not a light band under a dark timeline.
 */
@ExtendWith(ApplicationExtension.class)
class ThemedChromeTest {

    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = MainWindowFixture.onBundledStory(stage).viewModel();
    }

    private void use(Theme theme) {
        WaitForAsyncUtils.asyncFx(() -> viewModel.settings().themeProperty().set(theme));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Color background(Region region) {
        return (Color) region.getBackground().getFills().get(0).getFill();
    }

    /** The whole scene as drawn. */
    private static WritableImage snapshot(FxRobot robot, Node anyNode) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = anyNode.getScene().snapshot(null));
        return shot[0];
    }

    /** The colour drawn at a point of a node, in a snapshot of its scene. */
    private static Color pixel(WritableImage shot, Node node, double x, double y) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        PixelReader reader = shot.getPixelReader();
        return reader.getColor((int) (b.getMinX() + x), (int) (b.getMinY() + y));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void toolbarTextIsReadableOnTheToolbar(Theme theme, FxRobot robot) {
        use(theme);
        Region toolbar = robot.lookup(".timeline-toolbar").queryAs(Region.class);
        CheckBox dim = robot.lookup("#dim-filtered").queryAs(CheckBox.class);
        double ratio = ThemeContrastTest.contrast((Color) dim.getTextFill(), background(toolbar));
        assertTrue(
                ratio >= 4.5,
                String.format("%s: \"%s\" has contrast %.2f on the toolbar", theme, dim.getText(), ratio));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void overviewStripBelongsToTheTimelineAboveIt(Theme theme, FxRobot robot) {
        use(theme);
        Node timeline = robot.lookup("#timeline").query();
        Node overview = robot.lookup("#timeline-overview").query();
        // the timeline's plain background below its axis, and the strip between the brush's top edge and the bars'
        // tops at three places (the median, in case one falls on a bar)
        WritableImage shot = snapshot(robot, timeline);
        Color timelineBackground =
                pixel(shot, timeline, 4, timeline.getBoundsInLocal().getHeight() - 6);
        Bounds strip = overview.getBoundsInLocal();
        double[] ratios = new double[3];
        for (int i = 0; i < 3; i++) {
            Color c = pixel(shot, overview, strip.getWidth() * (i + 1) / 4 + 0.5, 6);
            ratios[i] = ThemeContrastTest.contrast(c, timelineBackground);
        }
        Arrays.sort(ratios);
        assertTrue(
                ratios[1] < 1.6,
                String.format(
                        "%s: the overview strip stands apart from the timeline (contrast" + " %.2f)",
                        theme, ratios[1]));
    }
}
