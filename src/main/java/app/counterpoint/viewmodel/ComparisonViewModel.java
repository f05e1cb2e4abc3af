package app.counterpoint.viewmodel;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The side-by-side comparison of the selected event: one column per actor who spoke about it, one row per topic
 * anyone mentioned (in the story's topic order), and a "not mentioned" cell where a side said nothing on a topic.
 * Honours the filter: hidden topics lose their rows, hidden actors their columns.
 */
public final class ComparisonViewModel {

    private final ReadOnlyObjectProperty<Story> story;
    private final ObjectProperty<Event> selectedEvent;
    private final ReadOnlyObjectProperty<Predicate<Statement>> statementFilter;

    private final ObservableList<Actor> columns = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");

    /** Statements per event id, in file order, rebuilt when the story changes. */
    private Map<String, List<Statement>> statementsByEvent = Map.of();
    private Map<String, Source> sourcesById = Map.of();

    public ComparisonViewModel(ReadOnlyObjectProperty<Story> story, ObjectProperty<Event> selectedEvent,
                               ReadOnlyObjectProperty<Predicate<Statement>> statementFilter) {
        this.story = story;
        this.selectedEvent = selectedEvent;
        this.statementFilter = statementFilter;
        story.addListener((Observable o) -> indexStory());
        selectedEvent.addListener((Observable o) -> rebuild());
        statementFilter.addListener((Observable o) -> rebuild());
        indexStory();
    }

    /** The actors with a column, left to right in the story's actor order. */
    public ObservableList<Actor> columns() {
        return columns;
    }

    public ObservableList<ComparisonRow> rows() {
        return rows;
    }

    /** The selected event's title and date, or empty when nothing is selected. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What to show instead of the table when it has no rows, or empty when it has some. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    private void indexStory() {
        Story s = story.get();
        Map<String, List<Statement>> byEvent = new HashMap<>();
        Map<String, Source> sources = new HashMap<>();
        if (s != null) {
            for (Statement st : s.statements()) {
                byEvent.computeIfAbsent(st.eventId(), k -> new ArrayList<>()).add(st);
            }
            s.sources().forEach(src -> sources.put(src.id(), src));
        }
        statementsByEvent = byEvent;
        sourcesById = sources;
        rebuild();
    }

    private void rebuild() {
        Story s = story.get();
        Event event = selectedEvent.get();
        if (s == null || event == null) {
            title.set("");
            placeholder.set("Select an event on the timeline to compare what each side said.");
            columns.clear();
            rows.clear();
            return;
        }
        title.set(event.title() + " \u00B7 " + event.dateText());
        List<Statement> all = statementsByEvent.getOrDefault(event.id(), List.of());
        Predicate<Statement> filter = statementFilter.get();
        List<Statement> shown = all.stream().filter(filter).toList();

        Set<String> speaking = new LinkedHashSet<>();
        Set<String> mentioned = new LinkedHashSet<>();
        for (Statement st : shown) {
            speaking.add(st.actorId());
            mentioned.addAll(st.topicIds());
        }
        List<Actor> newColumns = s.actors().stream().filter(a -> speaking.contains(a.id())).toList();
        List<ComparisonRow> newRows = new ArrayList<>();
        for (Topic topic : s.topics()) {
            if (!mentioned.contains(topic.id())) {
                continue;
            }
            List<ComparisonCell> cells = new ArrayList<>();
            for (Actor actor : newColumns) {
                List<ComparisonEntry> entries = shown.stream()
                        .filter(st -> st.actorId().equals(actor.id()) && st.topicIds().contains(topic.id()))
                        .map(st -> new ComparisonEntry(st, st.sourceId() == null ? null : sourcesById.get(st.sourceId())))
                        .toList();
                cells.add(new ComparisonCell(actor, entries));
            }
            newRows.add(new ComparisonRow(topic, cells));
        }
        if (all.isEmpty()) {
            placeholder.set("No statements are recorded for this event.");
        } else if (shown.isEmpty()) {
            placeholder.set("The current filter hides all " + all.size() + " statements of this event.");
        } else {
            placeholder.set("");
        }
        columns.setAll(newColumns);
        rows.setAll(newRows);
    }
}
