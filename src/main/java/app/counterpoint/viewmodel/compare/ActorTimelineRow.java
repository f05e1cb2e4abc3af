package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Topic;
import java.util.List;

/** One actor's statements on one topic, earliest event first. */
public record ActorTimelineRow(Topic topic, List<StatementListing> statements) {

    public ActorTimelineRow {
        statements = List.copyOf(statements);
    }
}
