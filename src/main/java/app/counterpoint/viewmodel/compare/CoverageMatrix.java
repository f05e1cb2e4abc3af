package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Topic;
import java.util.List;

/** Who talks about what: a cell per actor (row) and topic (column), in the story's orders. */
public record CoverageMatrix(List<Actor> actors, List<Topic> topics, List<CoverageCell> cells) {

    public static final CoverageMatrix EMPTY = new CoverageMatrix(List.of(), List.of(), List.of());

    public CoverageMatrix {
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
        cells = List.copyOf(cells);
    }

    /** The cell of an actor and topic by their positions. */
    public CoverageCell cell(int actorIndex, int topicIndex) {
        return cells.get(actorIndex * topics.size() + topicIndex);
    }

    public int total() {
        return cells.stream().mapToInt(CoverageCell::count).sum();
    }
}
