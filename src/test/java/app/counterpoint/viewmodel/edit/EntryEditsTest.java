package app.counterpoint.viewmodel.edit;

import static app.counterpoint.viewmodel.edit.EditAssertions.appliesAndReverts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.SampleStories;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryEditsTest {

    private final Story story = SampleStories.phoneCall();

    private Topic topic(Story s, String id) {
        return s.topic(id).orElseThrow();
    }

    @Test
    void addAppendsARecolourableTopic() {
        Topic economy = new Topic(EntryEdits.freshId(story, EntryKind.TOPICS, "Economy"), "Economy", "#56B4E9");
        Story after = appliesAndReverts(story, EntryEdits.add(story, EntryKind.TOPICS, economy));
        assertEquals(economy, after.topics().get(3));
        Story recoloured = appliesAndReverts(
                after, EntryEdits.change(after, EntryKind.TOPICS, economy, new Topic("economy", "Economy", "crimson")));
        assertEquals("crimson", topic(recoloured, "economy").color());
        assertThrows(
                InvalidEditException.class,
                () -> EntryEdits.change(after, EntryKind.TOPICS, economy, new Topic("economy", "Economy", "#12")));
    }

    @Test
    void renamingATopicIdUpdatesEveryReference() {
        Topic syria = topic(story, "syria");
        StoryEdit edit =
                EntryEdits.change(story, EntryKind.TOPICS, syria, new Topic("syrian-war", "Syria", syria.color()));
        Story after = appliesAndReverts(story, edit);
        assertEquals("Rename topic 'Syria'", edit.name());
        assertTrue(after.events().stream().noneMatch(e -> e.topicIds().contains("syria")));
        assertTrue(after.statements().stream().noneMatch(s -> s.topicIds().contains("syria")));
        assertEquals(
                List.of("syrian-war", "terrorism", "nk"),
                after.event("call").orElseThrow().topicIds());
        assertEquals(
                4,
                after.statements().stream()
                        .filter(s -> s.topicIds().contains("syrian-war"))
                        .count());
    }

    @Test
    void renamingASideOrSourceIdUpdatesEveryReference() {
        Actor kremlin = story.actor("kr").orElseThrow();
        Story after = appliesAndReverts(
                story, EntryEdits.change(story, EntryKind.SIDES, kremlin, new Actor("kremlin", "Kremlin", "#C0392B")));
        assertEquals(
                3,
                after.statements().stream()
                        .filter(s -> s.actorId().equals("kremlin"))
                        .count());
        Source article = story.sources().get(0);
        Story renamed = appliesAndReverts(
                story,
                EntryEdits.change(
                        story,
                        EntryKind.SOURCES,
                        article,
                        new Source("standard", article.title(), article.publisher(), null, article.date(), null)));
        assertTrue(renamed.events().stream().allMatch(e -> e.sourceIds().equals(List.of("standard"))));
        assertTrue(renamed.statements().stream().allMatch(s -> s.sourceId().equals("standard")));
    }

    @Test
    void deletingAUsedTopicRemovesItFromItsItemsAndSaysWhatGoes() {
        Topic nk = topic(story, "nk");
        EntryEdits.Impact impact = EntryEdits.impact(story, EntryKind.TOPICS, nk, null);
        assertEquals(new EntryEdits.Impact(2, 1, 1), impact, "two events, and s5, whose only topic it is");
        Story after = appliesAndReverts(story, EntryEdits.delete(story, EntryKind.TOPICS, nk, null));
        assertFalse(after.topic("nk").isPresent());
        assertEquals(
                List.of("syria", "terrorism"), after.event("call").orElseThrow().topicIds());
        assertTrue(after.statements().stream().noneMatch(s -> s.id().equals("s5")));
    }

    @Test
    void deletingAUsedTopicCanMoveItsItemsToAnother() {
        Topic terrorism = topic(story, "terrorism");
        assertEquals(new EntryEdits.Impact(1, 2, 0), EntryEdits.impact(story, EntryKind.TOPICS, terrorism, "syria"));
        Story after = appliesAndReverts(story, EntryEdits.delete(story, EntryKind.TOPICS, terrorism, "syria"));
        assertEquals(List.of("syria", "nk"), after.event("call").orElseThrow().topicIds(), "no topic twice");
        Statement s3 = after.statements().stream()
                .filter(s -> s.id().equals("s3"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("syria"), s3.topicIds());
        assertEquals(7, after.statements().size());
    }

    @Test
    void deletingASideMovesOrRemovesWhatItSaid() {
        Actor kremlin = story.actor("kr").orElseThrow();
        Story moved = appliesAndReverts(story, EntryEdits.delete(story, EntryKind.SIDES, kremlin, "wh"));
        assertTrue(moved.statements().stream().allMatch(s -> s.actorId().equals("wh")));
        Story removed = appliesAndReverts(story, EntryEdits.delete(story, EntryKind.SIDES, kremlin, null));
        assertEquals(4, removed.statements().size());
        Story alone = EntryEdits.delete(story, EntryKind.SIDES, kremlin, null)
                .change()
                .apply(story);
        InvalidEditException last = assertThrows(
                InvalidEditException.class,
                () -> EntryEdits.delete(alone, EntryKind.SIDES, alone.actors().get(0), null));
        assertEquals("Sides: a story needs at least one actor (one side that speaks)", last.getMessage());
    }

    @Test
    void deletingASourceLeavesNoReferenceToIt() {
        Source article = story.sources().get(0);
        assertEquals(new EntryEdits.Impact(4, 7, 0), EntryEdits.impact(story, EntryKind.SOURCES, article, null));
        Story after = appliesAndReverts(story, EntryEdits.delete(story, EntryKind.SOURCES, article, null));
        assertTrue(after.events().stream().allMatch(e -> e.sourceIds().isEmpty()));
        assertTrue(after.statements().stream().allMatch(s -> s.sourceId() == null));
    }

    @Test
    void reorderMovesAnEntryAndBack() {
        Story after = appliesAndReverts(story, EntryEdits.move(story, EntryKind.TOPICS, 2, 0));
        assertEquals(
                List.of("nk", "syria", "terrorism"),
                after.topics().stream().map(Topic::id).toList());
        Story down = appliesAndReverts(story, EntryEdits.move(story, EntryKind.SIDES, 0, 1));
        assertEquals(List.of("kr", "wh"), down.actors().stream().map(Actor::id).toList());
    }

    @Test
    void anEventOfAnotherKindIsUntouched() {
        Event strike = story.event("strike").orElseThrow();
        Story after = EntryEdits.delete(story, EntryKind.TOPICS, topic(story, "nk"), null)
                .change()
                .apply(story);
        assertTrue(strike == after.event("strike").orElseThrow(), "an event without the topic stays the same object");
    }
}
