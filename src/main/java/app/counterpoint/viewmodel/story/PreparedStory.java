package app.counterpoint.viewmodel.story;

import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A story with what every view needs to know about it worked out once: events and statements in time order, look-ups
 * by id, the counts beside each filter choice, the lower-cased text the search looks in, the event to open on. Made
 * on the loader thread right after reading ({@link #of} is the slow part, linear in the story plus two sorts), so
 * that showing a story on the FX thread only swaps references. Immutable.
 */
public final class PreparedStory {

    private final Story story;
    private final List<Event> eventsInTimeOrder;
    private final List<Statement> statementsInTimeOrder;
    private final Map<String, Event> eventsById;
    private final Map<String, Source> sourcesById;
    private final Map<String, List<Statement>> statementsByEvent;
    private final Map<String, Integer> eventsPerTopic;
    private final Map<String, Integer> eventsPerActor;
    /** Each event's place in {@link #eventsInTimeOrder}, by id. */
    private final Map<String, Integer> rankById;

    private final SearchIndex search;
    private final Event mostDiscussedEvent;
    private final TimeExtent extent;

    private PreparedStory(Story story) {
        this.story = Objects.requireNonNull(story, "story");
        eventsInTimeOrder = Collections.unmodifiableList(EventTimeOrder.sorted(story.events()));
        extent = TimeExtent.of(eventsInTimeOrder).orElse(null);

        Map<String, Event> events = new HashMap<>(capacity(story.events().size()));
        Map<String, Integer> rank = new HashMap<>(capacity(story.events().size()));
        for (int i = 0; i < eventsInTimeOrder.size(); i++) {
            Event e = eventsInTimeOrder.get(i);
            events.put(e.id(), e);
            rank.put(e.id(), i);
        }
        eventsById = Collections.unmodifiableMap(events);
        rankById = Collections.unmodifiableMap(rank);

        Map<String, Source> sources = new HashMap<>();
        story.sources().forEach(s -> sources.put(s.id(), s));
        sourcesById = Collections.unmodifiableMap(sources);

        Map<String, List<Statement>> byEvent =
                new HashMap<>(capacity(story.events().size()));
        for (Statement st : story.statements()) {
            byEvent.computeIfAbsent(st.eventId(), k -> new ArrayList<>(2)).add(st);
        }
        byEvent.replaceAll((id, list) -> Collections.unmodifiableList(list));
        statementsByEvent = Collections.unmodifiableMap(byEvent);

        statementsInTimeOrder = statementsInTimeOrder(story.statements(), rank);
        mostDiscussedEvent = mostDiscussed(story.events(), byEvent);

        Map<String, Integer> perTopic = new HashMap<>();
        Map<String, Integer> perActor = new HashMap<>();
        List<String> texts = new ArrayList<>(eventsInTimeOrder.size());
        for (Event e : eventsInTimeOrder) {
            for (String t : e.topicIds()) {
                perTopic.merge(t, 1, Integer::sum);
            }
            List<Statement> said = byEvent.getOrDefault(e.id(), List.of());
            Set<String> involved = new HashSet<>(e.actorIds());
            StringBuilder text = new StringBuilder(e.title());
            if (e.summary() != null) {
                text.append('\n').append(e.summary());
            }
            for (Statement st : said) {
                involved.add(st.actorId());
                text.append('\n').append(st.text());
            }
            for (String a : involved) {
                perActor.merge(a, 1, Integer::sum);
            }
            texts.add(text.toString());
        }
        eventsPerTopic = Collections.unmodifiableMap(perTopic);
        eventsPerActor = Collections.unmodifiableMap(perActor);
        search = new SearchIndex(eventsInTimeOrder, texts);
    }

    /** Works everything out; takes a while for a big story, so call it off the FX thread. */
    public static PreparedStory of(Story story) {
        return new PreparedStory(story);
    }

    private static int capacity(int entries) {
        return entries * 4 / 3 + 1;
    }

    /** Statements by the time order of their events; each rank looked up once, not at every comparison. */
    private static List<Statement> statementsInTimeOrder(List<Statement> statements, Map<String, Integer> rank) {
        record Ranked(int rank, Statement statement) {}
        List<Ranked> ranked = new ArrayList<>(statements.size());
        for (Statement st : statements) {
            ranked.add(new Ranked(rank.getOrDefault(st.eventId(), Integer.MAX_VALUE), st));
        }
        ranked.sort((a, b) -> Integer.compare(a.rank(), b.rank())); // stable: file order within an event
        List<Statement> result = new ArrayList<>(ranked.size());
        ranked.forEach(r -> result.add(r.statement()));
        return Collections.unmodifiableList(result);
    }

    /** The event with the most statements, the earliest of equals: the one worth comparing first. */
    private static Event mostDiscussed(List<Event> events, Map<String, List<Statement>> byEvent) {
        Event best = null;
        int most = 0;
        for (Event e : events) {
            int n = byEvent.getOrDefault(e.id(), List.of()).size();
            if (n > most || (n == most && n > 0 && e.startEpochSecond() < best.startEpochSecond())) {
                best = e;
                most = n;
            }
        }
        return best;
    }

    public Story story() {
        return story;
    }

    /** The story's events in {@link EventTimeOrder}. */
    public List<Event> eventsInTimeOrder() {
        return eventsInTimeOrder;
    }

    /** The story's statements in the time order of their events, in file order within an event. */
    public List<Statement> statementsInTimeOrder() {
        return statementsInTimeOrder;
    }

    /** The statements about one event, in file order; empty for an event nobody spoke about. */
    public List<Statement> statementsAbout(String eventId) {
        return statementsByEvent.getOrDefault(eventId, List.of());
    }

    public Optional<Event> event(String id) {
        return Optional.ofNullable(eventsById.get(id));
    }

    /** The event {@code statement} is about (the reader guarantees it exists). */
    public Event eventOf(Statement statement) {
        return eventsById.get(statement.eventId());
    }

    public Optional<Source> source(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(sourcesById.get(id));
    }

    /** How many events have this topic. */
    public int eventsOnTopic(String topicId) {
        return eventsPerTopic.getOrDefault(topicId, 0);
    }

    /** How many events this side is involved in: named on the event or speaking about it. */
    public int eventsOfActor(String actorId) {
        return eventsPerActor.getOrDefault(actorId, 0);
    }

    /** An event's title, summary and statement texts, lower-cased, one per line: what the search looks in. */
    public String searchText(Event event) {
        Integer rank = rankById.get(event.id());
        return rank == null ? "" : search.textOf(rank);
    }

    /**
     * The events whose search text contains {@code query} (trimmed and lower-cased, one line), found in one pass
     * over the whole story when this is called; the predicate it gives only looks the event up.
     */
    public Predicate<Event> eventsMatching(String query) {
        return search.matching(query);
    }

    /** The stretch of time all the story's events cover; empty for a story without events. */
    public Optional<TimeExtent> extent() {
        return Optional.ofNullable(extent);
    }

    /** The event with the most statements (the earliest of equals), or empty when nobody said anything. */
    public Optional<Event> mostDiscussedEvent() {
        return Optional.ofNullable(mostDiscussedEvent);
    }
}
