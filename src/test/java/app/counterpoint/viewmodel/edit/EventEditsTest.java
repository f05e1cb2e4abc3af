package app.counterpoint.viewmodel.edit;

import static app.counterpoint.viewmodel.edit.EditAssertions.appliesAndReverts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.SampleStories;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventEditsTest {

    private final Story story = SampleStories.phoneCall();

    private Event event(Story s, String id) {
        return s.event(id).orElseThrow();
    }

    private static Event with(Event e, String id, String title, String start, String end) {
        return EventBuilder.event(id).like(e).titled(title).on(start).until(end).build();
    }

    @Test
    void addPutsANewEventAtTheEnd() {
        Event astana = EventBuilder.event(EventEdits.freshId(story, "Astana talks"))
                .titled("Astana talks")
                .on("2017-05-04")
                .topics("syria")
                .build();
        StoryEdit edit = EventEdits.add(story, astana);
        Story after = appliesAndReverts(story, edit);
        assertEquals("astana-talks", astana.id());
        assertEquals(astana, after.events().get(after.events().size() - 1));
        assertEquals("Add 'Astana talks'", edit.name());
        assertEquals("astana-talks", edit.selectAfter());
    }

    @Test
    void changeReplacesTheEventInPlace() {
        Event talks = event(story, "talks");
        Story after = appliesAndReverts(
                story, EventEdits.change(story, talks, with(talks, "talks", "Talks in Astana", "2017-05", null)));
        assertEquals(2, after.events().indexOf(event(after, "talks")), "same place in the file");
        assertEquals("May 2017", event(after, "talks").start().toDisplayString());
    }

    @Test
    void aNewEventIdIsCarriedIntoEveryStatementAboutIt() {
        Event call = event(story, "call");
        Story after = appliesAndReverts(
                story, EventEdits.change(story, call, with(call, "phone-call", "Phone call", "2017-05-02", null)));
        assertEquals(
                6,
                after.statements().stream()
                        .filter(s -> s.eventId().equals("phone-call"))
                        .count());
        assertTrue(after.statements().stream().noneMatch(s -> s.eventId().equals("call")));
    }

    @Test
    void deleteTakesTheEventsStatementsWithIt() {
        Event call = event(story, "call");
        assertEquals(6, EventEdits.statementsOf(story, call).size());
        Story after = appliesAndReverts(story, EventEdits.delete(story, call));
        assertFalse(after.event("call").isPresent());
        assertEquals(
                List.of("s7"), after.statements().stream().map(Statement::id).toList());
    }

    @Test
    void duplicateMakesACopyWithAnIdOfItsOwnRightAfterIt() {
        Event talks = event(story, "talks");
        StoryEdit edit = EventEdits.duplicate(story, talks);
        Story after = appliesAndReverts(story, edit);
        Event copy = after.events().get(3);
        assertEquals("Talks (copy)", copy.title());
        assertEquals("talks-copy", copy.id());
        assertEquals(talks.start(), copy.start());
        assertEquals(talks.end(), copy.end());
        // twice: the second copy gets a number
        Event second = edit.change().apply(story).events().get(3);
        Story twice =
                EventEdits.duplicate(after, event(after, "talks")).change().apply(after);
        assertTrue(twice.event("talks-copy-2").isPresent(), twice.events().toString());
        assertEquals(second, copy);
    }

    @Test
    void anEditCheckWouldRejectIsRefusedWithTheReadersWords() {
        Event talks = event(story, "talks");
        InvalidEditException blank = assertThrows(
                InvalidEditException.class,
                () -> EventEdits.change(story, talks, with(talks, "talks", " ", "2017-05-03", null)));
        assertEquals("Title: must not be empty", blank.getMessage());
        InvalidEditException backwards = assertThrows(
                InvalidEditException.class,
                () -> EventEdits.change(story, talks, with(talks, "talks", "Talks", "2017-05-03", "2017-04-01")));
        assertEquals(
                "End: the end date 2017-04-01 is before the start date 2017-05-03; swap them or fix the end date",
                backwards.getMessage());
        InvalidEditException taken = assertThrows(
                InvalidEditException.class,
                () -> EventEdits.change(story, talks, with(talks, "call", "Talks", "2017-05-03", null)));
        assertEquals(
                "Id: the event id 'call' is already used by the event; every event needs its own id",
                taken.getMessage());
        Event stray =
                EventBuilder.event("x").titled("X").on("2017").topics("weather").build();
        InvalidEditException unknown = assertThrows(InvalidEditException.class, () -> EventEdits.add(story, stray));
        assertEquals("Topics: unknown topic 'weather' (known: syria, terrorism, nk)", unknown.getMessage());
    }

    @Test
    void anEditMadeForAnotherVersionOfTheStoryDoesNotApply() {
        StoryEdit delete = EventEdits.delete(story, event(story, "summit"));
        Story other = EventEdits.delete(story, event(story, "strike")).change().apply(story);
        assertThrows(IllegalStateException.class, () -> delete.change().apply(other));
    }
}
