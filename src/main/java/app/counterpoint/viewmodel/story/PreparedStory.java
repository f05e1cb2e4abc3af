package app.counterpoint.viewmodel.story;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A story with what every view needs to know about it worked out once: events and statements in time order, look-ups
 * by id, the counts beside each filter choice, the lower-cased text the search looks in, the event to open on. Made
 * on the loader thread right after reading ({@link #of} is the slow part, linear in the story plus two sorts), so
 * that showing a story on the FX thread only swaps references. After an edit, {@link #edited} works out the next
 * version from this one in time that follows the change, not the story. Immutable.
 */
public final class PreparedStory {

    /** Past this many events touched by one edit (a renamed topic of a big story), the next version is built anew. */
    private static final int MOST_TOUCHED = 2048;

    private static final int MOST_SEARCH_EDITS = 4096;

    private final Story story;
    /** Shared by a story as opened and every edited version of it: the views keep their place across edits. */
    private final Object lineage;

    private final List<Event> eventsInTimeOrder;
    /** Worked out when asked for after an edit (only the coverage and across-events views need it). */
    private volatile List<Statement> statementsInTimeOrder;

    private final LayeredMap<String, Event> eventsById;
    private final Map<String, Source> sourcesById;
    private final LayeredMap<String, List<Statement>> statementsByEvent;
    private final Map<String, Integer> eventsPerTopic;
    private final Map<String, Integer> eventsPerActor;
    /** Each event's place in the search index's own order, by id, as the index was built. */
    private final Map<String, Integer> searchRankById;

    private final SearchIndex search;
    private final Event mostDiscussedEvent;
    private final TimeExtent extent;
    /** The instants of {@link #eventsInTimeOrder}, as the sort worked them out; null after an edit. */
    private final EventInstants instants;

    private PreparedStory(Story story, Object lineage) {
        this.story = Objects.requireNonNull(story, "story");
        this.lineage = lineage;
        EventTimeOrder.Sorted sorted = EventTimeOrder.sortedWithEnd(story.events());
        eventsInTimeOrder = Collections.unmodifiableList(sorted.events());
        instants = new EventInstants(eventsInTimeOrder, sorted.starts(), sorted.ends());
        extent = eventsInTimeOrder.isEmpty()
                ? null
                : new TimeExtent(
                        sorted.firstStart(),
                        sorted.lastEnd(),
                        TimeExtent.finestOf(eventsInTimeOrder, DatePrecision.coarsest()));

        Map<String, Event> events = new HashMap<>(capacity(story.events().size()));
        Map<String, Integer> rank = new HashMap<>(capacity(story.events().size()));
        for (int i = 0; i < eventsInTimeOrder.size(); i++) {
            Event e = eventsInTimeOrder.get(i);
            events.put(e.id(), e);
            rank.put(e.id(), i);
        }
        eventsById = LayeredMap.of(events);
        searchRankById = Collections.unmodifiableMap(rank);
        sourcesById = sourcesById(story);

        Map<String, List<Statement>> byEvent =
                new HashMap<>(capacity(story.events().size()));
        for (Statement st : story.statements()) {
            byEvent.computeIfAbsent(st.eventId(), k -> new ArrayList<>(2)).add(st);
        }

        // one walk in time order does what needed a sort, a look-up per statement and a set per event before
        Map<String, int[]> perTopic = new HashMap<>();
        Map<String, int[]> perActor = new HashMap<>();
        SearchIndex.Builder texts = new SearchIndex.Builder(eventsInTimeOrder.size(), SearchIndex.searchLength(story));
        List<Statement> inTimeOrder = new ArrayList<>(story.statements().size());
        Event mostDiscussed = null;
        int most = 0;
        for (Event e : eventsInTimeOrder) {
            List<Statement> said = byEvent.get(e.id());
            if (said == null) {
                said = List.of();
            } else {
                inTimeOrder.addAll(said);
                byEvent.put(e.id(), Collections.unmodifiableList(said));
            }
            EventCounts.count(e, said, perTopic, perActor, 1);
            SearchIndex.appendSearchText(texts, e, said);
            if (said.size() > most) {
                mostDiscussed = e;
                most = said.size();
            }
        }
        mostDiscussed = OpeningEvent.firstInFile(story.events(), eventsInTimeOrder, mostDiscussed, byEvent);
        if (inTimeOrder.size() < story.statements().size()) {
            // statements about no event of the story (the reader never lets one through) come last, in file order
            for (Statement st : story.statements()) {
                if (!events.containsKey(st.eventId())) {
                    inTimeOrder.add(st);
                }
            }
            byEvent.replaceAll((id, list) -> Collections.unmodifiableList(list));
        }
        statementsByEvent = LayeredMap.of(byEvent);
        statementsInTimeOrder = Collections.unmodifiableList(inTimeOrder);
        mostDiscussedEvent = mostDiscussed;
        eventsPerTopic = EventCounts.counts(perTopic);
        eventsPerActor = EventCounts.counts(perActor);
        search = texts.build(eventsInTimeOrder);
    }

    /** The next version of {@code before} after an edit; see {@link #edited}. */
    private PreparedStory(
            PreparedStory before,
            Story story,
            List<Event> eventsInTimeOrder,
            LayeredMap<String, Event> eventsById,
            LayeredMap<String, List<Statement>> statementsByEvent,
            Map<String, Integer> eventsPerTopic,
            Map<String, Integer> eventsPerActor,
            SearchIndex search,
            TimeExtent extent) {
        this.story = story;
        this.lineage = before.lineage;
        this.eventsInTimeOrder = eventsInTimeOrder;
        this.extent = extent;
        this.instants = null;
        this.eventsById = eventsById;
        this.sourcesById = story.sources() == before.story.sources() ? before.sourcesById : sourcesById(story);
        this.statementsByEvent = statementsByEvent;
        this.eventsPerTopic = eventsPerTopic;
        this.eventsPerActor = eventsPerActor;
        this.searchRankById = before.searchRankById;
        this.search = search;
        this.mostDiscussedEvent = before.mostDiscussedEvent;
    }

    /** Works everything out; takes a while for a big story, so call it off the FX thread. */
    public static PreparedStory of(Story story) {
        return new PreparedStory(story, new Object());
    }

    /**
     * The prepared version of {@code next}, this story after an edit that took {@code eventsOut} and
     * {@code statementsOut} out of it and put {@code eventsIn} and {@code statementsIn} into it (a changed item is
     * in both: its old version out, its new one in). Costs about the changed items plus a copy of the time order,
     * so that an edit of a 100,000-event story is on screen at once; an edit that touches thousands of events is
     * prepared anew.
     */
    public PreparedStory edited(
            Story next,
            Collection<Event> eventsOut,
            Collection<Event> eventsIn,
            Collection<Statement> statementsOut,
            Collection<Statement> statementsIn) {
        Set<String> touched = new HashSet<>();
        eventsOut.forEach(e -> touched.add(e.id()));
        eventsIn.forEach(e -> touched.add(e.id()));
        statementsOut.forEach(s -> touched.add(s.eventId()));
        statementsIn.forEach(s -> touched.add(s.eventId()));
        if (touched.size() > MOST_TOUCHED || search.editedCount() + touched.size() > MOST_SEARCH_EDITS) {
            return new PreparedStory(next, lineage);
        }

        List<Event> order = new ArrayList<>(eventsInTimeOrder);
        for (Event e : eventsOut) {
            order.remove(placeOf(order, e));
        }
        Map<String, Event> byId = new HashMap<>();
        eventsOut.forEach(e -> byId.put(e.id(), null));
        for (Event e : eventsIn) {
            int place = Collections.binarySearch(order, e, EventTimeOrder.COMPARATOR);
            order.add(place < 0 ? -place - 1 : place, e);
            byId.put(e.id(), e);
        }
        LayeredMap<String, Event> events = eventsById.with(byId);

        LayeredMap<String, List<Statement>> said = statementsByEvent;
        // an event edited in place (its title, its date) keeps its statements: no walk through all of them, which was
        // a third of such an edit's time on screen at 200,000 statements; an event gone takes its list with it
        Set<String> gone = new HashSet<>();
        eventsOut.forEach(e -> gone.add(e.id()));
        eventsIn.forEach(e -> gone.remove(e.id()));
        if (!statementsOut.isEmpty() || !statementsIn.isEmpty() || !gone.isEmpty()) {
            said = statementsByEvent.with(statementsAbout(next, touched));
        }

        Map<String, int[]> perTopic = EventCounts.tallies(eventsPerTopic);
        Map<String, int[]> perActor = EventCounts.tallies(eventsPerActor);
        List<Event> searchOut = new ArrayList<>();
        Map<Event, String> searchIn = new IdentityHashMap<>();
        for (String id : touched) {
            Event old = eventsById.get(id);
            if (old != null) {
                EventCounts.count(old, statementsAbout(id), perTopic, perActor, -1);
                searchOut.add(old);
            }
            Event now = events.get(id);
            if (now != null) {
                List<Statement> nowSaid = said.getOrDefault(id, List.of());
                EventCounts.count(now, nowSaid, perTopic, perActor, 1);
                searchIn.put(now, SearchIndex.searchTextOf(now, nowSaid));
            }
        }
        return new PreparedStory(
                this,
                next,
                Collections.unmodifiableList(order),
                events,
                said,
                EventCounts.counts(perTopic),
                EventCounts.counts(perActor),
                search.edited(searchOut, searchIn),
                TimeExtent.edited(Optional.ofNullable(extent), eventsOut, eventsIn, order)
                        .orElse(null));
    }

    /** Whether this is the same opened story as {@code other}, edited or not: then the views keep their place. */
    public boolean isEditOf(PreparedStory other) {
        return other != null && other.lineage == lineage;
    }

    /** Where {@code event} is in a list in time order: found by binary search, confirmed by identity. */
    private static int placeOf(List<Event> order, Event event) {
        int place = Collections.binarySearch(order, event, EventTimeOrder.COMPARATOR);
        if (place >= 0 && order.get(place) == event) {
            return place;
        }
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == event) {
                return i;
            }
        }
        throw new IllegalArgumentException("event " + event.id() + " is not in this story");
    }

    /** The statements about each of {@code eventIds} in the story's file order; an empty list for none. */
    private static Map<String, List<Statement>> statementsAbout(Story story, Set<String> eventIds) {
        Map<String, List<Statement>> found = new HashMap<>();
        eventIds.forEach(id -> found.put(id, new ArrayList<>(2)));
        for (Statement st : story.statements()) {
            List<Statement> list = found.get(st.eventId());
            if (list != null) {
                list.add(st);
            }
        }
        found.replaceAll((id, list) -> list.isEmpty() ? null : Collections.unmodifiableList(list));
        return found;
    }

    private static Map<String, Source> sourcesById(Story story) {
        Map<String, Source> sources = new HashMap<>();
        story.sources().forEach(s -> sources.put(s.id(), s));
        return Collections.unmodifiableMap(sources);
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

    public Story story() {
        return story;
    }

    /** The story's events in {@link EventTimeOrder}. */
    public List<Event> eventsInTimeOrder() {
        return eventsInTimeOrder;
    }

    /** The story's statements in the time order of their events, in file order within an event. */
    public List<Statement> statementsInTimeOrder() {
        List<Statement> known = statementsInTimeOrder;
        if (known == null) {
            Map<String, Integer> rank = new HashMap<>(capacity(eventsInTimeOrder.size()));
            for (int i = 0; i < eventsInTimeOrder.size(); i++) {
                rank.put(eventsInTimeOrder.get(i).id(), i);
            }
            known = statementsInTimeOrder(story.statements(), rank);
            statementsInTimeOrder = known;
        }
        return known;
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
        String edited = search.editedTextOf(event);
        if (edited != null) {
            return edited;
        }
        Integer rank = searchRankById.get(event.id());
        return rank == null || !search.isCurrent(rank) || search.eventAt(rank) != event ? "" : search.textOf(rank);
    }

    /**
     * The events whose search text contains {@code query} (trimmed and lower-cased, one line), found in one pass
     * over the whole story when this is called; asked about an event, the hits only look it up, and the list of the
     * story's events in time order can read them by place ({@link SearchHits#placesIn}).
     */
    public SearchHits eventsMatching(String query) {
        return search.matching(query);
    }

    /**
     * The instants of {@link #eventsInTimeOrder()} as preparing the story worked them out, for the timeline's index;
     * empty after an edit (the timeline takes its instants from its index before the edit then).
     */
    public Optional<EventInstants> instantsInTimeOrder() {
        return Optional.ofNullable(instants);
    }

    /** The stretch of time all the story's events cover; empty for a story without events. */
    public Optional<TimeExtent> extent() {
        return Optional.ofNullable(extent);
    }

    /**
     * The event with the most statements (the earliest of equals), or empty when nobody said anything; of the story as
     * opened, since only opening a story asks for it.
     */
    public Optional<Event> mostDiscussedEvent() {
        return Optional.ofNullable(mostDiscussedEvent);
    }
}
