package app.counterpoint.viewmodel.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extent after an edit, worked out from the changed events, is the extent of the edited events every time. */
class TimeExtentEditedTest {

    private static Event event(String id, String start, String end) {
        return EventBuilder.event(id).titled(id).on(start).until(end).build();
    }

    private static final List<Event> BEFORE = List.of(
            event("first", "2017-04", null),
            event("middle", "2017-05-02", null),
            event("long", "2017-05-03", "2017-07-08"),
            event("last", "2017-08-01", null));

    private static void assertEditedIsOf(List<Event> out, List<Event> in) {
        assertEditedIsOf(BEFORE, out, in);
    }

    private static void assertEditedIsOf(List<Event> before, List<Event> out, List<Event> in) {
        List<Event> after = new ArrayList<>(before);
        after.removeAll(out);
        after.addAll(in);
        after = EventTimeOrder.sorted(after);
        assertEquals(TimeExtent.of(after), TimeExtent.edited(TimeExtent.of(before), out, in, after));
    }

    @Test
    void anInnerEventMovedInsideLeavesTheExtent() {
        assertEditedIsOf(List.of(BEFORE.get(1)), List.of(event("middle", "2017-06-01", null)));
    }

    @Test
    void anEventMovedPastAnEdgeWidensIt() {
        assertEditedIsOf(List.of(BEFORE.get(1)), List.of(event("middle", "2016-01-01", null)));
        assertEditedIsOf(List.of(BEFORE.get(1)), List.of(event("middle", "2018-01-01", null)));
    }

    @Test
    void theEdgeEventMovedInwardsNarrowsIt() {
        assertEditedIsOf(List.of(BEFORE.get(3)), List.of(event("last", "2017-06-01", null)));
        assertEditedIsOf(List.of(BEFORE.get(0)), List.of(event("first", "2017-05-10", null)));
    }

    @Test
    void deletingTheEventOfTheFinestPrecisionCoarsensIt() {
        assertEditedIsOf(List.of(BEFORE.get(1), BEFORE.get(2)), List.of());
    }

    @Test
    void aNewEventOfAFinerPrecisionRefinesIt() {
        assertEditedIsOf(List.of(), List.of(event("minute", "2017-05-02T14:30", null)));
    }

    @Test
    void deletingTheOnlyOrdinaryDateOfADeepTimeStoryLeavesItsCoarserPrecision() {
        List<Event> deep = List.of(
                event("big-bang", "-13800000000", null),
                event("dinosaurs", "-66000000", null),
                event("call", "2017-05-02", null));
        assertEditedIsOf(deep, List.of(deep.get(2)), List.of());
    }
}
