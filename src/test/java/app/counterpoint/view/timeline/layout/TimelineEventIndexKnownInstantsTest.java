package app.counterpoint.view.timeline.layout;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.viewmodel.story.EventInstants;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A story just opened gives the timeline its events' instants as preparing it worked them out, so that its index
 * needs no calendar arithmetic on the FX thread; that index must be exactly the one built from nothing, and instants
 * of other events (a filtered list, another order, an edited story) must never be taken.
 */
class TimelineEventIndexKnownInstantsTest {

    private static PreparedStory story(int events) {
        Random random = new Random(5);
        List<Event> list = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            StoryDate start = switch (i % 4) {
                case 0 -> StoryDate.ofYear(1990 + random.nextInt(30), false);
                case 1 -> StoryDate.parse(String.format("%d-%02d", 1990 + random.nextInt(30), 1 + random.nextInt(12)));
                case 2 -> StoryDate.ofDay(1990 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
                default ->
                    StoryDate.parse(String.format(
                            "%d-%02d-%02dT%02d:%02d",
                            1990 + random.nextInt(30),
                            1 + random.nextInt(12),
                            1 + random.nextInt(28),
                            random.nextInt(24),
                            random.nextInt(60)));
            };
            StoryDate end = i % 5 == 0 ? StoryDate.ofYear(2021 + random.nextInt(5), false) : null;
            list.add(event("e" + i).titled("Event " + i).on(start).until(end).build());
        }
        Collections.shuffle(list, random);
        return PreparedStory.of(new Story("t", null, List.of(), List.of(), List.of(), list, List.of()));
    }

    private static void assertSameIndex(TimelineEventIndex fresh, TimelineEventIndex index) {
        assertEquals(fresh.all().events(), index.all().events());
        assertArrayEquals(fresh.starts(), index.starts());
        assertArrayEquals(fresh.all().ends(), index.all().ends());
        for (int i = 0; i < fresh.size(); i++) {
            assertEquals(fresh.latestEndThrough(i), index.latestEndThrough(i), "latest end through " + i);
        }
        assertEquals(fresh.lastEnd(), index.lastEnd());
    }

    @Test
    void theInstantsOfAStoryJustPreparedGiveTheIndexBuiltFromNothing() {
        PreparedStory p = story(3000);
        Optional<EventInstants> known = p.instantsInTimeOrder();
        assertTrue(known.isPresent());
        List<Event> events = new ArrayList<>(p.eventsInTimeOrder());
        TimelineEventIndex index = TimelineEventIndex.of(events, null, known);
        assertSameIndex(TimelineEventIndex.of(events), index);
        // taken, not worked out again
        assertSame(known.get().starts(), index.starts());
    }

    @Test
    void otherEventsThanTheKnownOnesAreIndexedFromTheirOwnDates() {
        PreparedStory p = story(500);
        Optional<EventInstants> known = p.instantsInTimeOrder();
        List<Event> filtered = p.eventsInTimeOrder().subList(0, 400);
        assertSameIndex(TimelineEventIndex.of(filtered), TimelineEventIndex.of(filtered, null, known));
        List<Event> reversed = new ArrayList<>(p.eventsInTimeOrder());
        Collections.reverse(reversed);
        assertSameIndex(TimelineEventIndex.of(reversed), TimelineEventIndex.of(reversed, null, known));
        // the same ids and dates but other objects (a story read again): not the known events
        List<Event> copies = new ArrayList<>();
        p.eventsInTimeOrder().forEach(e -> copies.add(event(e.id()).like(e).build()));
        TimelineEventIndex ofCopies = TimelineEventIndex.of(copies, null, known);
        assertSameIndex(TimelineEventIndex.of(copies), ofCopies);
        assertTrue(ofCopies.starts() != known.get().starts());
    }

    @Test
    void anEditedStoryHasNoInstantsToGive() {
        PreparedStory p = story(50);
        Event first = p.eventsInTimeOrder().get(0);
        Event renamed = event(first.id())
                .titled("Renamed")
                .on(first.start())
                .until(first.end())
                .build();
        List<Event> events = new ArrayList<>(p.story().events());
        events.set(events.indexOf(first), renamed);
        Story next = new Story("t", null, List.of(), List.of(), List.of(), events, List.of());
        PreparedStory edited = p.edited(next, List.of(first), List.of(renamed), List.of(), List.of());
        assertTrue(edited.instantsInTimeOrder().isEmpty());
    }
}
