package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Actor;
import java.util.List;

/** What one actor said on one topic about the selected event; empty when that side did not mention it. */
public record ComparisonCell(Actor actor, List<ComparisonEntry> entries) {

    public ComparisonCell {
        entries = List.copyOf(entries);
    }

    public boolean isNotMentioned() {
        return entries.isEmpty();
    }
}
