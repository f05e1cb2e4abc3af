package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Statement;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether the filter shows a statement under one of its topics. The filter lets a statement through when any of
 * its topics is on, but a statement on Syria and terrorism must not bring back a terrorism row the user hid.
 */
final class StatementTopics {

    private StatementTopics() {}

    static boolean shownOn(Predicate<Statement> filter, Statement st, String topicId) {
        if (!st.topicIds().contains(topicId)) {
            return false;
        }
        if (st.topicIds().size() == 1) {
            return filter.test(st);
        }
        return filter.test(st.withTopicIds(List.of(topicId)));
    }
}
