package app.counterpoint.viewmodel.filter;

import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything the filter bar has chosen, as one immutable value: the topics and sides switched on, the search text,
 * and the predicates derived from them. {@link FilterViewModel} replaces it exactly once per change, so a view
 * that reads both predicates from one value can never see one half of a change without the other.
 *
 * @param topicIds        the ids of the topics switched on
 * @param actorIds        the ids of the sides switched on
 * @param searchText      the search as matched: trimmed and lower-cased, empty for no search
 * @param eventFilter     which events every view shows: exactly those {@code choicesFilter} and {@code searchFilter}
 *                        both let through
 * @param statementFilter which statements every view shows (by side and topic; the search narrows events only)
 * @param choicesFilter   the part of {@code eventFilter} that looks at an event's topics and sides, and at nothing
 *                        else of it: the shown events ask it once per such pattern, not once per event
 * @param searchFilter    the rest of {@code eventFilter}, asked of each event the choices let through; {@link
 *                        #EVERY_EVENT} when it lets every event through
 * @param searchedIn      the story whose texts {@code searchFilter} looked in, or null when not known: a search typed on
 *                        in the same story then only looks among the events the last one found (see {@link #narrows})
 */
public record FilterState(
        Set<String> topicIds,
        Set<String> actorIds,
        String searchText,
        Predicate<Event> eventFilter,
        Predicate<Statement> statementFilter,
        Predicate<Event> choicesFilter,
        Predicate<Event> searchFilter,
        PreparedStory searchedIn) {

    /** Lets every event through; a part of the event filter that is this one need not be asked at all. */
    public static final Predicate<Event> EVERY_EVENT = e -> true;

    private static final FilterState EVERYTHING =
            new FilterState(Set.of(), Set.of(), "", EVERY_EVENT, s -> true, EVERY_EVENT, EVERY_EVENT, null);

    public FilterState {
        topicIds = Set.copyOf(topicIds);
        actorIds = Set.copyOf(actorIds);
        Objects.requireNonNull(searchText, "searchText");
        Objects.requireNonNull(eventFilter, "eventFilter");
        Objects.requireNonNull(statementFilter, "statementFilter");
        Objects.requireNonNull(choicesFilter, "choicesFilter");
        Objects.requireNonNull(searchFilter, "searchFilter");
    }

    /** A state split by topics and sides whose search is not known to narrow another: every event is asked about. */
    public FilterState(
            Set<String> topicIds,
            Set<String> actorIds,
            String searchText,
            Predicate<Event> eventFilter,
            Predicate<Statement> statementFilter,
            Predicate<Event> choicesFilter,
            Predicate<Event> searchFilter) {
        this(topicIds, actorIds, searchText, eventFilter, statementFilter, choicesFilter, searchFilter, null);
    }

    /** A state whose event filter is not split by topics and sides: each event is asked about on its own. */
    public FilterState(
            Set<String> topicIds,
            Set<String> actorIds,
            String searchText,
            Predicate<Event> eventFilter,
            Predicate<Statement> statementFilter) {
        this(topicIds, actorIds, searchText, eventFilter, statementFilter, EVERY_EVENT, eventFilter, null);
    }

    /** The state before any story is open: nothing chosen, nothing hidden. */
    public static FilterState everything() {
        return EVERYTHING;
    }

    /** Whether {@code other} makes the same choices: then publishing it would change nothing anyone sees. */
    public boolean sameChoicesAs(FilterState other) {
        return topicIds.equals(other.topicIds)
                && actorIds.equals(other.actorIds)
                && searchText.equals(other.searchText);
    }

    /**
     * Whether every event this state lets through, {@code previous} let through too, as when a teacher types on in
     * the search: the same topics and sides, a search of the same story's texts, and this search containing that one
     * (an event whose text contains "nai" contains "na"). The shown events then look only among those shown before.
     */
    public boolean narrows(FilterState previous) {
        return searchedIn != null
                && searchedIn == previous.searchedIn
                && topicIds.equals(previous.topicIds)
                && actorIds.equals(previous.actorIds)
                && searchText.contains(previous.searchText);
    }

    public boolean shows(Event event) {
        return eventFilter.test(event);
    }

    public boolean shows(Statement statement) {
        return statementFilter.test(statement);
    }
}
