package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Topic;
import java.util.List;

/** One topic of the comparison: a cell per column, in the order of the columns. */
public record ComparisonRow(Topic topic, List<ComparisonCell> cells) {

    public ComparisonRow {
        cells = List.copyOf(cells);
    }

    /** True when at least one side said nothing on this topic: the asymmetry a class should notice. */
    public boolean isOneSided() {
        return cells.stream().anyMatch(ComparisonCell::isNotMentioned);
    }
}
