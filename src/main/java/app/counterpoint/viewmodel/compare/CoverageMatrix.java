package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.common.MarkerShape;
import java.util.List;

/**
 * Who talks about what: a cell per actor (row) and topic (column), in the story's orders.
 *
 * @param actorShapes each row's side's shape, by its place among the story's sides (not among the rows shown), so a
 *     side keeps its shape while the filter hides others: with the wash of its colour, what tells its cells apart
 * @param topicShapes each column's topic's shape, by its place among the story's topics, as on the timeline
 */
public record CoverageMatrix(
        List<Actor> actors,
        List<Topic> topics,
        List<CoverageCell> cells,
        List<MarkerShape> actorShapes,
        List<MarkerShape> topicShapes) {

    public static final CoverageMatrix EMPTY =
            new CoverageMatrix(List.of(), List.of(), List.of(), List.of(), List.of());

    public CoverageMatrix {
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
        cells = List.copyOf(cells);
        actorShapes = List.copyOf(actorShapes);
        topicShapes = List.copyOf(topicShapes);
        if (actorShapes.size() != actors.size()) {
            throw new IllegalArgumentException(
                    "a shape for each side: " + actorShapes.size() + " for " + actors.size());
        }
        if (topicShapes.size() != topics.size()) {
            throw new IllegalArgumentException(
                    "a shape for each topic: " + topicShapes.size() + " for " + topics.size());
        }
    }

    /** The shape of the topic of column {@code topicIndex}. */
    public MarkerShape topicShape(int topicIndex) {
        return topicShapes.get(topicIndex);
    }

    /** The shape of the side of row {@code actorIndex}. */
    public MarkerShape actorShape(int actorIndex) {
        return actorShapes.get(actorIndex);
    }

    /** The cell of an actor and topic by their positions. */
    public CoverageCell cell(int actorIndex, int topicIndex) {
        return cells.get(actorIndex * topics.size() + topicIndex);
    }

    public int total() {
        return cells.stream().mapToInt(CoverageCell::count).sum();
    }
}
