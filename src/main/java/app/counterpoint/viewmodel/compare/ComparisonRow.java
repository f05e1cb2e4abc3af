package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.common.MarkerShape;
import java.util.List;
import java.util.Objects;

/**
 * One topic of the comparison: a cell per column, in the order of the columns.
 *
 * @param topicShape the topic's shape by its place in the story's topics, drawn beside its name as on the timeline
 */
public record ComparisonRow(Topic topic, MarkerShape topicShape, List<ComparisonCell> cells) {

    public ComparisonRow {
        Objects.requireNonNull(topicShape, "topicShape");
        cells = List.copyOf(cells);
    }

    /** True when at least one side said nothing on this topic: the asymmetry a class should notice. */
    public boolean isOneSided() {
        return cells.stream().anyMatch(ComparisonCell::isNotMentioned);
    }
}
