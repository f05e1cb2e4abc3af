package app.counterpoint.viewmodel.story;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.bench.StoryGenerator;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.SampleStories;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PreparedStory#of} works out in one walk in time order what it used to work out with a sort of the
 * statements, a set per event and a text per event: the results must be those of that way, written out here, for a
 * generated story and for the corner cases (texts beyond ASCII, a final sigma, equal events in file order, a side
 * named twice, a statement about no event).
 */
class PreparedStoryOnePassTest {

    @TempDir
    Path dir;

    @Test
    void aGeneratedStoryIsPreparedAsBefore() throws Exception {
        Path file = dir.resolve("story.json");
        new StoryGenerator(7).write(3000, 2, true, file);
        LoadResult read = new StoryReader().read(file);
        assertTrue(read.isValid(), () -> read.problems().toString());
        assertPreparedAsBefore(read.story());
    }

    @Test
    void cornerCasesArePreparedAsBefore() {
        Story s = SampleStories.phoneCall();
        List<Event> events = new ArrayList<>(s.events());
        // same first instant, same number of statements: the first in the file is the one to open on, though
        // in time order (by end, then id) it comes second
        events.add(
                day("zz-first-in-file", "ΟΔΥΣΣΕΥΣ ΚΑΙ ΣΙΣΥΦΟΣ", "2017-05-02", "2017-05-09", List.of("kr", "kr", "wh")));
        events.add(day("aa-later-in-file", "İstanbul STRASSE Straße", "2017-05-02", null, List.of()));
        List<Statement> statements = new ArrayList<>(s.statements());
        for (String event : List.of("zz-first-in-file", "aa-later-in-file")) {
            for (int i = 0; i < 7; i++) { // one more than the phone call on the same day
                statements.add(SampleStories.says(
                        event + i,
                        event,
                        i % 2 == 0 ? SampleStories.KREMLIN : SampleStories.WHITE_HOUSE,
                        i % 2 == 0 ? "Said ΣΑΣ: İstanbul " + i : "ÅNGSTRÖM CAFÉ STRASSE Straße " + i,
                        StatementKind.QUOTE,
                        "syria"));
            }
        }
        statements.add(
                0,
                SampleStories.says("lost", "no-such-event", SampleStories.KREMLIN, "X", StatementKind.QUOTE, "syria"));
        Story story = new Story(s.title(), s.description(), s.sources(), s.actors(), s.topics(), events, statements);

        PreparedStory p = assertPreparedAsBefore(story);
        assertEquals("zz-first-in-file", p.mostDiscussedEvent().orElseThrow().id());
        assertEquals(
                "lost",
                p.statementsInTimeOrder()
                        .get(p.statementsInTimeOrder().size() - 1)
                        .id());
    }

    @Test
    void anEmptyStoryIsPreparedAsBefore() {
        Story s = SampleStories.phoneCall();
        assertPreparedAsBefore(
                new Story(s.title(), s.description(), s.sources(), s.actors(), s.topics(), List.of(), List.of()));
    }

    private static Event day(String id, String title, String start, String end, List<String> actors) {
        return event(id)
                .titled(title)
                .on(start)
                .until(end)
                .summary("ΣΟΦΊΑ Σ")
                .topics("syria", "nk")
                .actors(actors)
                .sources("article")
                .build();
    }

    /** Compares what {@link PreparedStory#of} worked out with the former way of working it out. */
    private static PreparedStory assertPreparedAsBefore(Story story) {
        PreparedStory p = PreparedStory.of(story);
        List<Event> order = EventTimeOrder.sorted(story.events());
        assertEquals(order, p.eventsInTimeOrder());

        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i).id(), i);
        }
        List<Statement> statements = new ArrayList<>(story.statements());
        statements.sort((a, b) -> Integer.compare(
                rank.getOrDefault(a.eventId(), Integer.MAX_VALUE), rank.getOrDefault(b.eventId(), Integer.MAX_VALUE)));
        assertEquals(statements, p.statementsInTimeOrder());

        Map<String, List<Statement>> byEvent = new HashMap<>();
        story.statements()
                .forEach(st -> byEvent.computeIfAbsent(st.eventId(), k -> new ArrayList<>())
                        .add(st));
        Map<String, Integer> perTopic = new HashMap<>();
        Map<String, Integer> perActor = new HashMap<>();
        for (Event e : order) {
            List<Statement> said = byEvent.getOrDefault(e.id(), List.of());
            assertEquals(said, p.statementsAbout(e.id()), e.id());
            e.topicIds().forEach(t -> perTopic.merge(t, 1, Integer::sum));
            Set<String> involved = new HashSet<>(e.actorIds());
            said.forEach(st -> involved.add(st.actorId()));
            involved.forEach(a -> perActor.merge(a, 1, Integer::sum));
            StringBuilder text = new StringBuilder(e.title());
            if (e.summary() != null) {
                text.append('\n').append(e.summary());
            }
            said.forEach(st -> text.append('\n').append(st.text()));
            assertEquals(text.toString().toLowerCase(Locale.ROOT), p.searchText(e), e.id());
        }
        Set<String> topics = new HashSet<>(perTopic.keySet());
        story.topics().forEach(t -> topics.add(t.id()));
        topics.forEach(t -> assertEquals(perTopic.getOrDefault(t, 0), p.eventsOnTopic(t), t));
        Set<String> actors = new HashSet<>(perActor.keySet());
        story.actors().forEach(a -> actors.add(a.id()));
        actors.forEach(a -> assertEquals(perActor.getOrDefault(a, 0), p.eventsOfActor(a), a));

        Event best = null;
        int most = 0;
        for (Event e : story.events()) {
            int n = byEvent.getOrDefault(e.id(), List.of()).size();
            if (n > most || (n == most && n > 0 && e.startEpochSecond() < best.startEpochSecond())) {
                best = e;
                most = n;
            }
        }
        if (best == null) {
            assertTrue(p.mostDiscussedEvent().isEmpty());
        } else {
            assertSame(best, p.mostDiscussedEvent().orElseThrow());
        }
        assertEquals(TimeExtent.of(order), p.extent());
        if (!order.isEmpty()) {
            assertEquals(
                    order.stream()
                            .map(e -> e.start().precision())
                            .max(DatePrecision::compareTo)
                            .orElseThrow(),
                    p.extent().orElseThrow().finest());
            // the search finds what it found before: every event by a word of its own title
            String word =
                    order.get(order.size() - 1).title().toLowerCase(Locale.ROOT).split(" ")[0];
            assertTrue(p.eventsMatching(word).test(order.get(order.size() - 1)), word);
        }
        return p;
    }
}
