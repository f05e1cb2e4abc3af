package app.counterpoint.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.counterpoint.io.StoryReader;
import app.counterpoint.viewmodel.compare.CoverageMatrix;
import org.junit.jupiter.api.Test;

/** The coverage and across-events views skip filter work while hidden and catch up when shown. */
class InactiveTabsTest {

    private final MainViewModel main = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);

    @Test
    void hiddenViewsCatchUpWhenShownAgain() {
        main.show("call.json", SampleStories.phoneCall());
        main.coverage().onlyFilteredProperty().set(true);
        CoverageMatrix before = main.coverage().matrixProperty().get();
        int rowsBefore = main.actorTimeline().rows().size();

        main.coverage().activeProperty().set(false);
        main.actorTimeline().activeProperty().set(false);
        main.filter().setTopicSelected("syria", false);
        assertEquals(before, main.coverage().matrixProperty().get(), "no work while hidden");
        assertEquals(rowsBefore, main.actorTimeline().rows().size());

        main.coverage().activeProperty().set(true);
        main.actorTimeline().activeProperty().set(true);
        assertNotEquals(before, main.coverage().matrixProperty().get(), "caught up");
        assertEquals(rowsBefore - 1, main.actorTimeline().rows().size(), "the Syria row is gone");
    }
}
