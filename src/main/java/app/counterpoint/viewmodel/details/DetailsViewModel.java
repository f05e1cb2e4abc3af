package app.counterpoint.viewmodel.details;

import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.common.ShapedTopic;
import app.counterpoint.viewmodel.common.TopicShapes;
import app.counterpoint.viewmodel.common.WindowDates;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The details of the selected event: its date at its own precision, summary, topics and sources. */
public final class DetailsViewModel {

    private final ReadOnlyObjectProperty<Story> story;
    private final ObjectProperty<Event> selectedEvent;
    private final ReadOnlyBooleanWrapper hasEvent = new ReadOnlyBooleanWrapper(this, "hasEvent");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper(this, "date", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<ShapedTopic> topics = FXCollections.observableArrayList();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<app.counterpoint.i18n.DisplayDates> dates =
            WindowDates.property(this);

    public DetailsViewModel(ReadOnlyObjectProperty<Story> story, ObjectProperty<Event> selectedEvent) {
        this.story = story;
        this.selectedEvent = selectedEvent;
        story.addListener((Observable o) -> rebuild());
        selectedEvent.addListener((Observable o) -> rebuild());
        dates.addListener((Observable o) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        Story s = story.get();
        Event e = selectedEvent.get();
        hasEvent.set(s != null && e != null);
        if (s == null || e == null) {
            title.set(s == null ? "" : s.title());
            date.set("");
            summary.set(s == null || s.description() == null ? "" : s.description());
            topics.clear();
            sources.clear();
            return;
        }
        title.set(e.title());
        date.set(dates.get().range(e.start(), e.end()));
        summary.set(e.summary() == null ? "" : e.summary());
        TopicShapes shapes = new TopicShapes(s.topics());
        topics.setAll(e.topicIds().stream()
                .map(s::topic)
                .flatMap(Optional::stream)
                .map(shapes::shaped)
                .toList());
        sources.setAll(
                e.sourceIds().stream().map(s::source).flatMap(Optional::stream).toList());
    }

    /** How dates are written: the window binds it to View › Language. */
    public javafx.beans.property.ObjectProperty<app.counterpoint.i18n.DisplayDates> datesProperty() {
        return dates;
    }

    /** False while no event is selected: the pane then shows the story's own title and description. */
    public ReadOnlyBooleanProperty hasEventProperty() {
        return hasEvent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The event's date as a person reads it, at its precision ("May 2017", "3 May 2017 – 4 May 2017"). */
    public ReadOnlyStringProperty dateProperty() {
        return date.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The event's topics, each with its shape by its place in the story's topics (as on the timeline). */
    public ObservableList<ShapedTopic> topics() {
        return topics;
    }

    public ObservableList<Source> sources() {
        return sources;
    }
}
