package app.counterpoint.draft;

import app.counterpoint.model.Actor;
import app.counterpoint.model.ColorPalette;
import app.counterpoint.model.Event;
import app.counterpoint.model.Excerpt;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The user's review of a draft: each proposal (side, statement, event, topic) is accepted, edited or rejected, and
 * side aliases merged; nothing enters the story unaccepted. {@link #build()} makes the story of what is accepted,
 * valid by construction: unique ids, every reference to an accepted item, colours from the palette. A statement
 * enters only when it, its side, its event and at least one of its topics are accepted.
 */
public final class DraftReview {

    /** What the user decided about one proposal. */
    public enum Decision {
        PENDING,
        ACCEPTED,
        REJECTED
    }

    private final Draft draft;
    private final Map<String, SideProposal> sides = new LinkedHashMap<>();
    private final Map<String, StatementProposal> statements = new LinkedHashMap<>();
    private final Map<String, EventProposal> events = new LinkedHashMap<>();
    private final Map<String, TopicProposal> topics = new LinkedHashMap<>();
    private final Map<String, Decision> decisions = new HashMap<>();

    /** What the story names that the article does not, in the teacher's language. */
    private final DraftNames names;

    /** A review whose story is titled in English when the article has no title. */
    public DraftReview(Draft draft) {
        this(draft, DraftNames.ENGLISH);
    }

    public DraftReview(Draft draft, DraftNames names) {
        this.names = names;
        this.draft = Objects.requireNonNull(draft);
        draft.sides().forEach(s -> sides.put(s.id(), s));
        draft.statements().forEach(s -> statements.put(s.id(), s));
        draft.events().forEach(e -> events.put(e.id(), e));
        draft.topics().forEach(t -> topics.put(t.id(), t));
        for (String id : allIds()) {
            decisions.put(id, Decision.PENDING);
        }
    }

    public List<SideProposal> sides() {
        return List.copyOf(sides.values());
    }

    public List<StatementProposal> statements() {
        return List.copyOf(statements.values());
    }

    public List<EventProposal> events() {
        return List.copyOf(events.values());
    }

    public List<TopicProposal> topics() {
        return List.copyOf(topics.values());
    }

    public Decision decision(String id) {
        Decision d = decisions.get(id);
        if (d == null) {
            throw new NoSuchElementException("no proposal " + id);
        }
        return d;
    }

    public void accept(String id) {
        decide(id, Decision.ACCEPTED);
    }

    public void reject(String id) {
        decide(id, Decision.REJECTED);
    }

    /** Accepts every proposal still pending (what {@code draft} on the command line does). */
    public void acceptAllPending() {
        decisions.replaceAll((id, d) -> d == Decision.PENDING ? Decision.ACCEPTED : d);
    }

    private void decide(String id, Decision decision) {
        decision(id); // fails for an unknown id
        decisions.put(id, decision);
    }

    public void editStatement(String id, String text, StatementKind kind) {
        StatementProposal s = statement(id);
        requireText(text, "a statement's text");
        statements.put(
                id,
                new StatementProposal(
                        id,
                        s.sideId(),
                        Objects.requireNonNull(kind),
                        text.strip(),
                        s.excerpt(),
                        s.eventId(),
                        s.topicIds(),
                        s.speaker()));
    }

    /** Moves a statement to another proposed event. */
    public void moveStatement(String id, String eventId) {
        StatementProposal s = statement(id);
        event(eventId);
        statements.put(
                id,
                new StatementProposal(
                        id, s.sideId(), s.kind(), s.text(), s.excerpt(), eventId, s.topicIds(), s.speaker()));
    }

    public void setStatementTopics(String id, List<String> topicIds) {
        StatementProposal s = statement(id);
        topicIds.forEach(this::topic);
        statements.put(
                id,
                new StatementProposal(
                        id,
                        s.sideId(),
                        s.kind(),
                        s.text(),
                        s.excerpt(),
                        s.eventId(),
                        List.copyOf(topicIds),
                        s.speaker()));
    }

    public void renameSide(String id, String name) {
        SideProposal s = side(id);
        requireText(name, "a side's name");
        sides.put(id, new SideProposal(id, name.strip(), s.aliases()));
    }

    public void renameTopic(String id, String label) {
        TopicProposal t = topic(id);
        requireText(label, "a topic's label");
        topics.put(id, new TopicProposal(id, label.strip(), t.statements()));
    }

    public void editEvent(String id, String title, StoryDate start, StoryDate end) {
        EventProposal e = event(id);
        requireText(title, "an event's title");
        Objects.requireNonNull(start, "start");
        if (end != null && end.compareTo(start) < 0) {
            throw new IllegalArgumentException("an event cannot end before it starts");
        }
        events.put(id, new EventProposal(id, title.strip(), start, end, e.sentence(), e.excerpt()));
    }

    /**
     * Merges a side into another ("Moscow" into "Kremlin"): its statements move to the side kept, its names join
     * the kept side's aliases, and it is no longer proposed.
     */
    public void mergeSides(String keptId, String mergedId) {
        if (keptId.equals(mergedId)) {
            return;
        }
        SideProposal kept = side(keptId);
        SideProposal merged = side(mergedId);
        Set<String> aliases = new LinkedHashSet<>(kept.aliases());
        aliases.addAll(merged.aliases());
        sides.put(keptId, new SideProposal(keptId, kept.name(), List.copyOf(aliases)));
        sides.remove(mergedId);
        decisions.remove(mergedId);
        statements.replaceAll((id, s) -> s.sideId().equals(mergedId)
                ? new StatementProposal(
                        id, keptId, s.kind(), s.text(), s.excerpt(), s.eventId(), s.topicIds(), s.speaker())
                : s);
    }

    /**
     * The story of everything accepted: the article is its source, with its text and publication date, and every
     * statement carries its excerpt.
     *
     * @throws IllegalStateException when no side is accepted (a story needs one)
     */
    public Story build() {
        ArticleText article = draft.article();
        LocalDate published = draft.published();
        StoryDate day = StoryDate.ofDay(published.getYear(), published.getMonthValue(), published.getDayOfMonth());
        String title = article.title().isBlank() ? names.draftedStory() : article.title();
        String sourceId = Ids.slug(title).isEmpty() ? "article" : "article-" + Ids.slug(title);
        Source source = new Source(sourceId, title, null, null, day, null, article.text(), null, day);

        List<Actor> actors = new ArrayList<>();
        for (SideProposal s : sides.values()) {
            if (accepted(s.id())) {
                actors.add(new Actor(s.id(), s.name(), ColorPalette.colorFor(actors.size())));
            }
        }
        List<Topic> topicList = new ArrayList<>();
        for (TopicProposal t : topics.values()) {
            if (accepted(t.id())) {
                topicList.add(new Topic(t.id(), t.label(), ColorPalette.colorFor(actors.size() + topicList.size())));
            }
        }
        if (actors.isEmpty()) {
            throw new IllegalStateException("accept at least one side: a story needs one");
        }
        Set<String> actorIds = ids(actors.stream().map(Actor::id).toList());
        Set<String> topicIds = ids(topicList.stream().map(Topic::id).toList());

        List<Statement> statementList = new ArrayList<>();
        Map<String, Set<String>> actorsOfEvent = new HashMap<>();
        Map<String, Set<String>> topicsOfEvent = new HashMap<>();
        for (StatementProposal s : statements.values()) {
            List<String> topicsOf =
                    s.topicIds().stream().filter(topicIds::contains).toList();
            if (!accepted(s.id()) || !actorIds.contains(s.sideId()) || !accepted(s.eventId()) || topicsOf.isEmpty()) {
                continue;
            }
            EventProposal event = events.get(s.eventId());
            StoryDate said = event.start().precision() == app.counterpoint.model.DatePrecision.DAY
                            && event.start().compareTo(day) <= 0
                    ? event.start()
                    : day;
            TextQuote q = s.excerpt();
            Excerpt excerpt = new Excerpt(
                    q.exact(),
                    q.prefix().isEmpty() ? null : q.prefix(),
                    q.suffix().isEmpty() ? null : q.suffix());
            statementList.add(new Statement(
                    s.id(), s.eventId(), s.sideId(), topicsOf, s.text(), s.kind(), sourceId, said, excerpt));
            actorsOfEvent
                    .computeIfAbsent(s.eventId(), k -> new LinkedHashSet<>())
                    .add(s.sideId());
            topicsOfEvent
                    .computeIfAbsent(s.eventId(), k -> new LinkedHashSet<>())
                    .addAll(topicsOf);
        }
        List<Event> eventList = new ArrayList<>();
        for (EventProposal e : events.values()) {
            if (accepted(e.id())) {
                List<String> eventTopics = topicList.stream()
                        .map(Topic::id)
                        .filter(topicsOfEvent.getOrDefault(e.id(), Set.of())::contains)
                        .toList();
                List<String> eventActors = actors.stream()
                        .map(Actor::id)
                        .filter(actorsOfEvent.getOrDefault(e.id(), Set.of())::contains)
                        .toList();
                eventList.add(new Event(
                        e.id(),
                        e.title(),
                        e.start(),
                        e.end(),
                        e.sentence(),
                        eventTopics,
                        eventActors,
                        List.of(sourceId)));
            }
        }
        String description = "Drafted from the article \"" + title + "\", published " + day.toDisplayString()
                + ". Check every statement against the article before you use the story.";
        return new Story(title, description, List.of(source), actors, topicList, eventList, statementList);
    }

    private boolean accepted(String id) {
        return decisions.get(id) == Decision.ACCEPTED;
    }

    private static Set<String> ids(List<String> ids) {
        return new LinkedHashSet<>(ids);
    }

    private List<String> allIds() {
        List<String> ids = new ArrayList<>();
        ids.addAll(sides.keySet());
        ids.addAll(statements.keySet());
        ids.addAll(events.keySet());
        ids.addAll(topics.keySet());
        return ids;
    }

    private StatementProposal statement(String id) {
        return find(statements, id, "statement");
    }

    private SideProposal side(String id) {
        return find(sides, id, "side");
    }

    private EventProposal event(String id) {
        return find(events, id, "event");
    }

    private TopicProposal topic(String id) {
        return find(topics, id, "topic");
    }

    private static <T> T find(Map<String, T> map, String id, String kind) {
        T value = map.get(id);
        if (value == null) {
            throw new NoSuchElementException("no " + kind + " " + id);
        }
        return value;
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " cannot be empty");
        }
    }
}
