package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What an edit of events, statements or topics does to the story's tours, so that no tour is left pointing at what
 * is gone: a renamed id is carried into every step, a step on a deleted event goes (and a tour left with no step
 * with it), a step's deleted topic or statement, or a statement moved to another event, is dropped from the step.
 */
final class TourReferences {

    private TourReferences() {}

    static ListChange<Tour> follow(
            Story story, ListChange<Topic> topics, ListChange<Event> events, ListChange<Statement> statements) {
        if (story.tours().isEmpty() || (topics.isEmpty() && events.isEmpty() && statements.isEmpty())) {
            return ListChange.none();
        }
        Ids eventIds = Ids.of(events, Event::id);
        Ids topicIds = Ids.of(topics, Topic::id);
        Ids statementIds = Ids.of(statements, Statement::id);
        Map<String, String> statementEvent = new HashMap<>();
        for (ListChange.Placed<Statement> p : statements.replaced()) {
            if (!p.before().eventId().equals(p.item().eventId())) {
                statementEvent.put(p.item().id(), p.item().eventId());
            }
        }
        for (ListChange.Placed<Statement> p : statements.inserted()) {
            statementEvent.put(p.item().id(), p.item().eventId());
        }
        List<ListChange.Placed<Tour>> replaced = new ArrayList<>();
        List<ListChange.Placed<Tour>> removed = new ArrayList<>();
        List<Tour> tours = story.tours();
        for (int i = 0; i < tours.size(); i++) {
            Tour tour = tours.get(i);
            List<TourStep> steps = new ArrayList<>();
            for (TourStep step : tour.steps()) {
                String event = eventIds.after(step.eventId());
                if (event == null) {
                    continue;
                }
                String topic = step.topicId() == null ? null : topicIds.after(step.topicId());
                String statement = step.statementId() == null ? null : statementIds.after(step.statementId());
                if (statement != null && !event.equals(statementEvent.getOrDefault(statement, event))) {
                    statement = null;
                }
                steps.add(
                        new TourStep(event, topic, statement, step.zoom(), step.caption(), step.notes(), step.type()));
            }
            if (steps.isEmpty()) {
                removed.add(new ListChange.Placed<>(i, null, tour));
            } else if (!steps.equals(tour.steps())) {
                replaced.add(new ListChange.Placed<>(i, tour, tour.withSteps(steps)));
            }
        }
        return new ListChange<>(replaced, removed, List.of());
    }

    /** The ids an edit renames and the ids it removes (an item removed and inserted again is moved, not gone). */
    private record Ids(Map<String, String> renamed, Set<String> gone) {

        static <T> Ids of(ListChange<T> change, Function<T, String> id) {
            Map<String, String> renamed = new HashMap<>();
            for (ListChange.Placed<T> p : change.replaced()) {
                String before = id.apply(p.before());
                String after = id.apply(p.item());
                if (!before.equals(after)) {
                    renamed.put(before, after);
                }
            }
            Set<String> gone = new HashSet<>();
            change.removed().forEach(p -> gone.add(id.apply(p.item())));
            change.inserted().forEach(p -> gone.remove(id.apply(p.item())));
            return new Ids(renamed, gone);
        }

        /** The id after the edit, or {@code null} when it is gone. */
        String after(String before) {
            if (gone.contains(before)) {
                return null;
            }
            return renamed.getOrDefault(before, before);
        }
    }
}
