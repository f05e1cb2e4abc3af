package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Story;
import app.counterpoint.view.export.Handout;
import app.counterpoint.viewmodel.MainViewModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The printed handout, laid out on A4-sized pages without a printer. */
@ExtendWith(ApplicationExtension.class)
class HandoutTest {

    private static final double WIDTH = 523; // A4 portrait, printable points
    private static final double HEIGHT = 770;
    /** How the handout writes dates: English, as the window's language is by default. */
    private static final DisplayDates ENGLISH_DATES = new DisplayDates(Messages.of(Language.ENGLISH));

    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);
        viewModel.openBundledStory();
    }

    private List<Region> pages(FxRobot robot) {
        AtomicReference<List<Region>> pages = new AtomicReference<>();
        robot.interact(() -> pages.set(
                Handout.pages(viewModel, new WritableImage(1600, 400), WIDTH, HEIGHT, List.of(MainWindow.STYLESHEET))));
        return pages.get();
    }

    private static List<String> texts(Region page, String styleClass) {
        return page.lookupAll("." + styleClass).stream()
                .map(n -> ((Label) n).getText())
                .toList();
    }

    @Test
    void everyShownEventGetsASectionInTimeOrderOnPagesThatFit(FxRobot robot) {
        Story story = viewModel.storyProperty().get();
        List<Region> pages = pages(robot);
        assertTrue(pages.size() >= 2, "five events with their statements do not fit on one page");
        assertEquals(List.of(story.title()), texts(pages.get(0), "handout-title"));

        List<String> eventTitles = pages.stream()
                .flatMap(p -> texts(p, "handout-event-title").stream())
                .toList();
        assertEquals(
                viewModel.shownEvents().stream()
                        .map(e -> e.title() + " \u00B7 " + ENGLISH_DATES.range(e.start(), e.end()))
                        .toList(),
                eventTitles);
        for (Region page : pages) {
            assertTrue(
                    page.getHeight() <= HEIGHT || page.getChildrenUnmodifiable().size() == 1,
                    "page height " + page.getHeight());
            assertEquals(WIDTH, page.getWidth(), 0.5);
        }
        List<String> statements = pages.stream()
                .flatMap(p -> texts(p, "handout-statement").stream())
                .toList();
        assertTrue(statements.contains("Quote: \u201Cbusiness-like\u201D"), statements.toString());
    }

    @Test
    void theHandoutFollowsTheFilter(FxRobot robot) {
        robot.interact(() -> viewModel.filter().setTopicSelected("north-korea", false));
        List<String> statements = pages(robot).stream()
                .flatMap(p -> p.lookupAll(".handout-statement").stream())
                .map(Node.class::cast)
                .map(n -> ((Label) n).getText())
                .toList();
        assertTrue(statements.stream().noneMatch(t -> t.contains("North Korea")), statements.toString());
        assertTrue(statements.stream().anyMatch(t -> t.contains("terrorism")));
    }
}
