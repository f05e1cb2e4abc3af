package app.counterpoint.viewmodel.edit;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The version of a prepared story worked out from the last one after each edit, undo and redo answers every question
 * the views ask exactly as a story prepared from scratch would.
 */
class PreparedStoryAfterEditsTest {

    private final StoryEditor editor = new StoryEditor();
    private PreparedStory prepared;

    PreparedStoryAfterEditsTest() {
        editor.setOnPublish(p -> {
            StoryChange c = p.change();
            boolean back = p.reverted();
            prepared = prepared.edited(
                    p.after(),
                    back ? c.events().itemsAfter() : c.events().itemsBefore(),
                    back ? c.events().itemsBefore() : c.events().itemsAfter(),
                    back ? c.statements().itemsAfter() : c.statements().itemsBefore(),
                    back ? c.statements().itemsBefore() : c.statements().itemsAfter());
        });
        Story story = SampleStories.phoneCall();
        editor.open(story);
        prepared = PreparedStory.of(story);
    }

    @Test
    void aSeededRunOfEditsUndosAndRedosAgreesWithPreparingAnew() {
        Random random = new Random(12);
        for (int step = 0; step < 300; step++) {
            Story s = editor.getStory();
            int what = random.nextInt(10);
            try {
                if (what == 0 && editor.canUndoProperty().get()) {
                    editor.undo();
                } else if (what == 1 && editor.canRedoProperty().get()) {
                    editor.redo();
                } else {
                    editor.execute(randomEdit(s, random));
                }
            } catch (InvalidEditException e) {
                continue; // a random edit may be one check refuses; the story stays
            }
            assertAgrees(editor.getStory(), step);
        }
        assertTrue(editor.undoDepth() > 50, "the run made real edits: " + editor.undoDepth());
    }

    private StoryEdit randomEdit(Story s, Random random) {
        List<Event> events = s.events();
        Event e = events.isEmpty() ? null : events.get(random.nextInt(events.size()));
        switch (random.nextInt(7)) {
            case 0 -> {
                String title = "Event " + random.nextInt(1000);
                return EventEdits.add(
                        s,
                        event(EventEdits.freshId(s, title))
                                .titled(title)
                                .on(StoryDate.ofDay(2017, 1 + random.nextInt(12), 1 + random.nextInt(28)))
                                .summary(random.nextBoolean() ? "about ceasefire" : null)
                                .topics(s.topics()
                                        .get(random.nextInt(s.topics().size()))
                                        .id())
                                .build());
            }
            case 1 -> {
                if (e == null) {
                    break;
                }
                return EventEdits.change(
                        s,
                        e,
                        event(e.id())
                                .like(e)
                                .titled(e.title() + " moved")
                                .on(StoryDate.ofDay(2016 + random.nextInt(3), 1 + random.nextInt(12), 1))
                                .until((StoryDate) null)
                                .build(),
                        EditName.of("editName.event.move", "x"));
            }
            case 2 -> {
                if (e == null || events.size() < 3) {
                    break;
                }
                return EventEdits.delete(s, e);
            }
            case 3 -> {
                if (e == null) {
                    break;
                }
                return EventEdits.duplicate(s, e);
            }
            case 4 -> {
                if (e == null) {
                    break;
                }
                Actor side = s.actors().get(random.nextInt(s.actors().size()));
                Topic topic = s.topics().get(random.nextInt(s.topics().size()));
                return StatementEdits.add(
                        s,
                        new Statement(
                                StatementEdits.freshId(s, e.id()),
                                e.id(),
                                side.id(),
                                List.of(topic.id()),
                                "a new ceasefire line " + random.nextInt(100),
                                StatementKind.PARAPHRASE,
                                null,
                                null));
            }
            case 5 -> {
                if (s.statements().isEmpty()) {
                    break;
                }
                return StatementEdits.delete(
                        s, s.statements().get(random.nextInt(s.statements().size())));
            }
            default -> {
                Topic topic = s.topics().get(random.nextInt(s.topics().size()));
                return EntryEdits.change(
                        s, EntryKind.TOPICS, topic, new Topic(topic.id() + "x", topic.label(), topic.color()));
            }
        }
        return EventEdits.add(
                s,
                event(EventEdits.freshId(s, "Filler"))
                        .titled("Filler")
                        .on("2017")
                        .build());
    }

    private void assertAgrees(Story story, int step) {
        PreparedStory fresh = PreparedStory.of(story);
        String at = "after step " + step;
        assertTrue(prepared.story() == story, at);
        assertEquals(fresh.eventsInTimeOrder(), prepared.eventsInTimeOrder(), at);
        assertEquals(fresh.statementsInTimeOrder(), prepared.statementsInTimeOrder(), at);
        assertEquals(fresh.extent(), prepared.extent(), at);
        for (Event e : story.events()) {
            assertEquals(fresh.statementsAbout(e.id()), prepared.statementsAbout(e.id()), at);
            assertTrue(prepared.event(e.id()).orElseThrow() == e, at);
            assertEquals(fresh.searchText(e), prepared.searchText(e), at + " " + e.id());
        }
        for (Statement st : story.statements()) {
            assertTrue(prepared.eventOf(st) == fresh.eventOf(st), at);
        }
        for (Topic t : story.topics()) {
            assertEquals(fresh.eventsOnTopic(t.id()), prepared.eventsOnTopic(t.id()), at + " topic " + t.id());
        }
        for (Actor a : story.actors()) {
            assertEquals(fresh.eventsOfActor(a.id()), prepared.eventsOfActor(a.id()), at + " side " + a.id());
        }
        for (String query : List.of("ceasefire", "moved", "talks", "event 1", "zzz")) {
            var a = fresh.eventsMatching(query);
            var b = prepared.eventsMatching(query);
            for (Event e : story.events()) {
                assertEquals(a.test(e), b.test(e), at + " search " + query + " " + e.id());
            }
        }
        assertTrue(prepared.isEditOf(prepared), at);
    }
}
