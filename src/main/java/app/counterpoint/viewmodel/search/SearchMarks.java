package app.counterpoint.viewmodel.search;

import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * What the views mark for a search: every stretch of a text that matches it, and the one match that is current
 * (which the views mark more strongly and scroll to). Immutable: {@link SearchViewModel} publishes a new one at
 * each change, and a view redraws when it does.
 *
 * @param query   the search as matched: trimmed and lower-cased; empty for no search
 * @param current the match F3 and Enter moved to, or null
 */
public record SearchMarks(String query, SearchMatch current) {

    private static final SearchMarks NONE = new SearchMarks("", null);

    /** No search: nothing marked. */
    public static SearchMarks none() {
        return NONE;
    }

    public boolean isEmpty() {
        return query.isEmpty();
    }

    /** The stretches of {@code text} the search matches, in order, not overlapping; ignoring case. */
    public List<TextRange> in(String text) {
        if (query.isEmpty() || text == null || text.length() < query.length()) {
            return List.of();
        }
        List<TextRange> found = new ArrayList<>();
        int last = text.length() - query.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                found.add(new TextRange(i, i + query.length()));
                i += query.length() - 1;
            }
        }
        return found;
    }

    /** The marks in an event's title, as the timeline and the details pane draw them. */
    public List<TextRange> inTitle(Event event) {
        return in(event.title());
    }

    public List<TextRange> inSummary(Event event) {
        return in(event.summary());
    }

    public List<TextRange> inStatement(Statement statement) {
        return in(statement.text());
    }

    /** The current match's stretch when it lies in this statement; null otherwise. */
    public TextRange currentIn(Statement statement) {
        return current != null && current.place() == MatchPlace.STATEMENT && statement.equals(current.statement())
                ? current.range()
                : null;
    }

    /** The current match's stretch when it lies in this event's title or summary; null otherwise. */
    public TextRange currentIn(Event event, MatchPlace place) {
        return current != null && current.place() == place && event.equals(current.event()) ? current.range() : null;
    }
}
