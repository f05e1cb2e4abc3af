package app.counterpoint.viewmodel.events;

import app.counterpoint.model.Statement;
import app.counterpoint.viewmodel.filter.FilterState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements about each event as the filter sees them. The filter looks at a statement's side and topics only
 * ({@link FilterState#statementFilter()}), a story has few such kinds of statement, and its events fewer patterns of
 * them still: a filter change asks the filter about each pattern once, instead of about each of a million
 * statements (whose look-ups, scattered over the heap, were most of a filter change at 1,000,000 events).
 */
final class StatementPatterns {

    private static final byte UNASKED = 0;
    private static final byte ALL_SHOWN = 1;
    private static final byte SOME_HIDDEN = 2;

    /** Each kind's number, by side and then by topics. */
    private final Map<String, Map<List<String>, Integer>> kinds = new HashMap<>();
    /** One statement of each kind, by number: what the filter is asked about for all of that kind. */
    private final List<Statement> examples = new ArrayList<>();

    private final Map<List<Integer>, Integer> patternIds = new HashMap<>();
    /** Each pattern's kinds, by pattern number. */
    private final List<int[]> patterns = new ArrayList<>();
    /** What {@link #asked} answered for each pattern so far. */
    private byte[] answers = new byte[0];

    private FilterState asked;

    /** The number of the pattern of {@code said}, the statements about one event. */
    int patternOf(List<Statement> said) {
        List<Integer> kindsSaid = new ArrayList<>(said.size());
        for (Statement st : said) {
            kindsSaid.add(kindOf(st));
        }
        return patternIds.computeIfAbsent(kindsSaid, k -> {
            patterns.add(k.stream().mapToInt(Integer::intValue).toArray());
            return patterns.size() - 1;
        });
    }

    private int kindOf(Statement st) {
        return kinds.computeIfAbsent(st.actorId(), a -> new HashMap<>()).computeIfAbsent(st.topicIds(), t -> {
            examples.add(st);
            return examples.size() - 1;
        });
    }

    /** Whether {@code filter} shows every statement of an event whose statements are of {@code pattern}. */
    boolean showsAll(int pattern, FilterState filter) {
        if (filter != asked) {
            asked = filter;
            Arrays.fill(answers, UNASKED);
        }
        if (pattern >= answers.length) {
            answers = Arrays.copyOf(answers, Math.max(pattern + 1, 2 * answers.length));
        }
        if (answers[pattern] == UNASKED) {
            boolean all = true;
            for (int kind : patterns.get(pattern)) {
                all &= filter.shows(examples.get(kind));
            }
            answers[pattern] = all ? ALL_SHOWN : SOME_HIDDEN;
        }
        return answers[pattern] == ALL_SHOWN;
    }
}
