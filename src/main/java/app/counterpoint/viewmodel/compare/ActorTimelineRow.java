package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.common.MarkerShape;
import java.util.List;
import java.util.Objects;

/**
 * One actor's statements on one topic, earliest event first.
 *
 * @param topicShape the topic's shape by its place in the story's topics, drawn beside its name as on the timeline
 */
public record ActorTimelineRow(Topic topic, MarkerShape topicShape, List<StatementListing> statements) {

    public ActorTimelineRow {
        Objects.requireNonNull(topicShape, "topicShape");
        statements = List.copyOf(statements);
    }
}
