package app.counterpoint.viewmodel.story;

import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The event a story opens on: the one with the most statements, the one worth comparing first. Of equals the first in
 * the file, so that the same story always opens on the same event.
 */
final class OpeningEvent {

    private OpeningEvent() {}

    /**
     * Of the events as many statements as {@code found} (the first such in time order) and the same start, the
     * first in the file: "the earliest of equals" as it always was, events of the same first instant in file order.
     */
    static Event firstInFile(
            List<Event> inFile, List<Event> inTimeOrder, Event found, Map<String, List<Statement>> byEvent) {
        if (found == null) {
            return null;
        }
        int most = byEvent.get(found.id()).size();
        long start = found.startEpochSecond();
        List<Event> equals = new ArrayList<>(1);
        for (int i = inTimeOrder.indexOf(found); i < inTimeOrder.size(); i++) {
            Event e = inTimeOrder.get(i);
            if (e.startEpochSecond() != start) {
                break;
            }
            if (byEvent.getOrDefault(e.id(), List.of()).size() == most) {
                equals.add(e);
            }
        }
        if (equals.size() == 1) {
            return found;
        }
        for (Event e : inFile) {
            if (equals.contains(e)) {
                return e;
            }
        }
        return found;
    }
}
