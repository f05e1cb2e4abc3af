package app.counterpoint.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.counterpoint.view.MainWindow;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One source of each colour: the timeline and the overview take their colours from the app's {@code -cp-*} tokens,
 * so a theme reaches them by redefining tokens only, and their Java defaults (what a control shows without the app's
 * stylesheet) are the light theme's colours, the same as the stylesheet gives.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineColoursTest {

    private TimelineView timeline;
    private TimelineOverview overview;
    private Scene scene;

    @Start
    void start(Stage stage) {
        TimelineViewModel vm = new TimelineViewModel(
                new SimpleObjectProperty<>(), FXCollections.observableArrayList(), new SimpleObjectProperty<>());
        timeline = new TimelineView(vm);
        overview = new TimelineOverview(vm);
        scene = new Scene(new VBox(timeline, overview), 400, 200);
        stage.setScene(scene);
        stage.show();
    }

    /** "-timeline-grid = #eceef2" for each colour property of the control, as the CSS left it. */
    private static List<String> colours(Control control, List<CssMetaData<? extends Styleable, ?>> metaData) {
        List<String> result = new ArrayList<>();
        for (CssMetaData<? extends Styleable, ?> meta : metaData) {
            if (meta.getProperty().startsWith("-timeline-")
                    || meta.getProperty().startsWith("-overview-")) {
                Object value = value(meta, control);
                if (value instanceof Color) {
                    result.add(meta.getProperty() + " = " + value);
                }
            }
        }
        return result;
    }

    /** The same list from each property's Java default. */
    private static List<String> defaults(Control control, List<CssMetaData<? extends Styleable, ?>> metaData) {
        List<String> result = new ArrayList<>();
        for (CssMetaData<? extends Styleable, ?> meta : metaData) {
            if (meta.getProperty().startsWith("-timeline-")
                    || meta.getProperty().startsWith("-overview-")) {
                Object initial = initial(meta, control);
                if (initial instanceof Color) {
                    result.add(meta.getProperty() + " = " + initial);
                }
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <S extends Styleable> Object value(CssMetaData<S, ?> meta, Control control) {
        return meta.getStyleableProperty((S) control).getValue();
    }

    @SuppressWarnings("unchecked")
    private static <S extends Styleable> Object initial(CssMetaData<S, ?> meta, Control control) {
        return meta.getInitialValue((S) control);
    }

    private void style(FxRobot robot, List<String> stylesheets) {
        robot.interact(() -> {
            scene.getStylesheets().setAll(stylesheets);
            scene.getRoot().applyCss();
        });
    }

    private static String theme(String file) {
        return Objects.requireNonNull(MainWindow.class.getResource("/app/counterpoint/view/" + file))
                .toExternalForm();
    }

    @Test
    void theJavaDefaultsAreTheColoursTheLightThemeGives(FxRobot robot) {
        style(robot, List.of(MainWindow.STYLESHEET));
        List<String> timelineColours = colours(timeline, TimelineView.getClassCssMetaData());
        assertEquals(8, timelineColours.size(), timelineColours.toString());
        assertEquals(defaults(timeline, TimelineView.getClassCssMetaData()), timelineColours);
        List<String> overviewColours = colours(overview, TimelineOverview.getClassCssMetaData());
        assertEquals(5, overviewColours.size(), overviewColours.toString());
        assertEquals(defaults(overview, TimelineOverview.getClassCssMetaData()), overviewColours);
    }

    @Test
    void aTimelineWithoutTheAppsStylesheetKeepsItsJavaDefaultsInsteadOfBlack(FxRobot robot) {
        style(robot, List.of());
        assertEquals(
                defaults(timeline, TimelineView.getClassCssMetaData()),
                colours(timeline, TimelineView.getClassCssMetaData()),
                "its own timeline.css looks up no token it lacks");
        assertEquals(
                defaults(overview, TimelineOverview.getClassCssMetaData()),
                colours(overview, TimelineOverview.getClassCssMetaData()));
    }

    @Test
    void aThemeRecoloursTheTimelineThroughItsRootTokensAlone(FxRobot robot) {
        style(robot, List.of(MainWindow.STYLESHEET, theme("theme-dark.css")));
        List<String> light = defaults(timeline, TimelineView.getClassCssMetaData());
        List<String> dark = colours(timeline, TimelineView.getClassCssMetaData());
        for (int i = 0; i < light.size(); i++) {
            assertNotEquals(light.get(i), dark.get(i), "the dark theme reaches " + dark.get(i));
        }
        List<String> darkOverview = colours(overview, TimelineOverview.getClassCssMetaData());
        List<String> lightOverview = defaults(overview, TimelineOverview.getClassCssMetaData());
        for (int i = 0; i < lightOverview.size(); i++) {
            assertNotEquals(lightOverview.get(i), darkOverview.get(i), "the dark theme reaches " + darkOverview.get(i));
        }
        assertEquals(
                "-timeline-background = " + Color.web("#1e2126"),
                dark.stream()
                        .filter(c -> c.startsWith("-timeline-background"))
                        .findFirst()
                        .orElseThrow(),
                "the timeline's paper is the theme's paper");
    }

    @Test
    void noThemeNamesATimelineOrOverviewColourOfItsOwn() throws Exception {
        for (String file : List.of("theme-dark.css", "theme-high-contrast.css")) {
            String css = new String(
                    Objects.requireNonNull(MainWindow.class.getResourceAsStream("/app/counterpoint/view/" + file))
                            .readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(css.contains("-timeline-"), file);
            assertFalse(css.contains("-overview-"), file);
            assertFalse(css.contains(".timeline-toolbar"), file);
        }
    }
}
