package app.counterpoint.viewmodel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Actor;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.compare.ComparisonRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The handout's content, prepared without a toolkit: what the printed pages will say, event by event. */
class HandoutViewModelTest {

    private final MainViewModel main = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);

    @Test
    void withoutAStoryThereIsNothingToPrint() {
        HandoutViewModel handout = main.handout();
        assertTrue(handout.isEmpty());
        assertEquals(List.of(), handout.sections());
    }

    @Test
    void everyShownEventHasItsHeadingAndTheComparisonTheWindowWouldShow() {
        main.show("call.json", SampleStories.phoneCall());
        HandoutViewModel handout = main.handout();
        assertEquals("Call", handout.title());
        assertEquals("Two accounts of one call", handout.description());
        assertEquals(
                List.of("Strike \u00B7 7 April 2017", "Phone call \u00B7 2 May 2017"),
                handout.sections().stream()
                        .limit(2)
                        .map(HandoutViewModel.Section::heading)
                        .toList());
        assertEquals(4, handout.sections().size());

        HandoutViewModel.Section strike = handout.sections().get(0);
        assertEquals("No statements are recorded for this event.", strike.placeholder());
        assertEquals(List.of(), strike.rows());

        HandoutViewModel.Section call = handout.sections().get(1);
        assertEquals("", call.placeholder());
        assertEquals(
                List.of("White House", "Kremlin"),
                call.sides().stream().map(Actor::name).toList());
        assertEquals(
                List.of("Syria", "Terrorism", "North Korea"),
                call.rows().stream().map(r -> r.topic().label()).toList());
        ComparisonRow syria = call.rows().get(0);
        assertEquals(
                "Quote: \u201Cend the violence\u201D",
                syria.cells().get(0).entries().get(0).labelledText());
    }

    @Test
    void theFilterChoosesTheEventsAndTheRows() {
        main.show("call.json", SampleStories.phoneCall());
        main.filter().setTopicSelected("nk", false);
        HandoutViewModel.Section call = main.handout().sections().stream()
                .filter(s -> s.heading().startsWith("Phone call"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("Syria", "Terrorism"),
                call.rows().stream().map(r -> r.topic().label()).toList());
        main.filter().setTopicSelected("syria", false);
        main.filter().setTopicSelected("terrorism", false);
        assertTrue(main.handout().sections().size() < 4, "events with none of the shown topics are left out");
    }
}
