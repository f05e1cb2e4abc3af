package app.counterpoint.viewmodel.events;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.story.EventTimeOrder;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every event's row of one version of a story in one language, in time order, each written once when first asked
 * for: a filter change only picks rows, and writes again only the sides and count of an event whose statements it
 * partly hides. Writing 100,000 rows' dates, topics and sides was nearly all of a filter change's time. An edit
 * keeps the rows of the events it left alone ({@link #after}).
 */
final class StoryRows {

    private final PreparedStory story;
    private final DisplayDates dates;
    private final List<Event> events;
    /** Each event's row with all its statements, by place in time order; null until first asked for. */
    private final EventRow[] rows;
    /** The statements each row was written from, by place in time order (an edit that changes them drops the row). */
    private final List<?>[] said;
    /**
     * Each text written once and shared: the same few combinations of topics and of sides, and the same dates, recur
     * over thousands of events, so a big story's rows do not hold a million copies of them.
     */
    private final Map<List<String>, String> topicTexts = new HashMap<>();

    private final Map<List<String>, String> sideTexts = new HashMap<>();
    private final Map<List<StoryDate>, String> dateTexts = new HashMap<>();

    /** Each written row's statements as the filter sees them, by place in time order. */
    private final int[] patternOf;

    private final StatementPatterns patterns;

    private StoryRows(PreparedStory story, DisplayDates dates, StatementPatterns patterns) {
        this.story = story;
        this.dates = dates;
        this.patterns = patterns;
        this.events = story.eventsInTimeOrder();
        this.rows = new EventRow[events.size()];
        this.said = new List<?>[events.size()];
        this.patternOf = new int[events.size()];
    }

    /**
     * The rows of {@code story} in {@code dates}' language, keeping those of {@code before} (may be null) whose event
     * and statements an edit left as they were, when it is the same story in the same language with the same topics
     * and sides.
     */
    static StoryRows after(StoryRows before, PreparedStory story, DisplayDates dates) {
        boolean edit = before != null && story.isEditOf(before.story);
        StoryRows next = new StoryRows(story, dates, edit ? before.patterns : new StatementPatterns());
        if (edit && before.dates == dates && sameNames(before, story)) {
            next.keep(before);
        }
        return next;
    }

    boolean isOf(PreparedStory story, DisplayDates dates) {
        return this.story == story && this.dates == dates;
    }

    /** The topics' labels and the sides' names the rows were written with are still the story's. */
    private static boolean sameNames(StoryRows before, PreparedStory story) {
        Story was = before.story.story();
        Story now = story.story();
        return was.topics().equals(now.topics()) && was.actors().equals(now.actors());
    }

    /** Takes over the rows of {@code before} for the same events with the same statements: both lists are in time order. */
    private void keep(StoryRows before) {
        List<Event> old = before.events;
        int i = 0;
        int j = 0;
        while (i < old.size() && j < events.size()) {
            Event was = old.get(i);
            Event now = events.get(j);
            if (was == now) {
                if (before.rows[i] != null && before.said[i] == story.statementsAbout(now.id())) {
                    rows[j] = before.rows[i];
                    said[j] = before.said[i];
                    patternOf[j] = before.patternOf[i];
                }
                i++;
                j++;
            } else {
                int c = EventTimeOrder.COMPARATOR.compare(was, now);
                if (c <= 0) {
                    i++;
                }
                if (c >= 0) {
                    j++;
                }
            }
        }
    }

    int size() {
        return events.size();
    }

    Event event(int place) {
        return events.get(place);
    }

    /** Where the story's current version of {@code event} is in time order, or -1 when it is not in the story. */
    int placeOf(Event event) {
        Event current = story.event(event.id()).orElse(null);
        if (current == null) {
            return -1;
        }
        int place = Collections.binarySearch(events, current, EventTimeOrder.COMPARATOR);
        return place >= 0 && events.get(place) == current ? place : -1;
    }

    /**
     * The row of the event at {@code place} under {@code filter} (null for none): its row with every statement when
     * the filter hides none of them, else one counting and naming only the sides of the statements it shows.
     */
    EventRow shown(int place, FilterState filter) {
        EventRow whole = whole(place);
        if (filter == null) {
            return whole;
        }
        if (patterns.showsAll(patternOf[place], filter)) {
            return whole;
        }
        @SuppressWarnings("unchecked") // said holds each event's statements
        List<Statement> all = (List<Statement>) said[place];
        List<Statement> kept = all.stream().filter(filter::shows).toList();
        Event e = whole.event();
        return new EventRow(
                e, whole.date(), whole.startSecond(), whole.title(), whole.topics(), sides(e, kept), kept.size());
    }

    private EventRow whole(int place) {
        EventRow row = rows[place];
        if (row == null) {
            Event e = events.get(place);
            List<Statement> all = story.statementsAbout(e.id());
            row = new EventRow(
                    e,
                    dateTexts.computeIfAbsent(
                            Arrays.asList(e.start(), e.end()), span -> dates.range(span.get(0), span.get(1))),
                    e.start().startEpochSecond(),
                    e.title(),
                    topics(e),
                    sides(e, all),
                    all.size());
            rows[place] = row;
            said[place] = all;
            patternOf[place] = patterns.patternOf(all);
        }
        return row;
    }

    private String topics(Event e) {
        Story s = story.story();
        return topicTexts.computeIfAbsent(
                e.topicIds(),
                ids -> ids.stream()
                        .map(id -> s.topic(id).map(Topic::label).orElse(id))
                        .collect(Collectors.joining(", ")));
    }

    /** The sides named on the event, then those who spoke about it, by name. */
    private String sides(Event e, List<Statement> said) {
        Story s = story.story();
        Set<String> sideIds = new LinkedHashSet<>(e.actorIds());
        said.forEach(st -> sideIds.add(st.actorId()));
        return sideTexts.computeIfAbsent(
                new ArrayList<>(sideIds),
                ids -> ids.stream()
                        .map(id -> s.actor(id).map(Actor::name).orElse(id))
                        .collect(Collectors.joining(", ")));
    }
}
