package app.counterpoint.viewmodel;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The main window's state: the open story, the shared filter and selection, and the view models of the timeline,
 * the comparison and the details pane. Loading runs on a background executor and publishes on the UI executor; a
 * file that fails validation changes nothing but {@link #lastFailureProperty()}.
 */
public final class MainViewModel {

    /** The classpath location of the story shown when none is named. */
    public static final String BUNDLED_STORY = "stories/trump-putin-2017.json";

    private final StoryReader reader;
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(this, "story");
    private final ReadOnlyStringWrapper storyName = new ReadOnlyStringWrapper(this, "storyName", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<LoadFailure> lastFailure = new ReadOnlyObjectWrapper<>(this, "lastFailure");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");

    private final ObservableList<Event> eventsInTimeOrder = FXCollections.observableArrayList();
    private final FilteredList<Event> shownEvents = new FilteredList<>(eventsInTimeOrder);
    private final FilterViewModel filter = new FilterViewModel();
    private final ComparisonViewModel comparison;
    private final DetailsViewModel details;
    private final TimelineViewModel timeline;

    public MainViewModel(StoryReader reader, Executor background, Executor ui) {
        this.reader = reader;
        this.background = background;
        this.ui = ui;
        shownEvents.predicateProperty().bind(filter.eventFilterProperty());
        comparison = new ComparisonViewModel(story.getReadOnlyProperty(), selectedEvent,
                filter.statementFilterProperty());
        details = new DetailsViewModel(story.getReadOnlyProperty(), selectedEvent);
        timeline = new TimelineViewModel(story.getReadOnlyProperty(), eventsInTimeOrder, shownEvents,
                selectedEvent);
        filter.eventFilterProperty().addListener((Observable o) -> dropHiddenSelection());
        shownEvents.addListener((Observable o) -> updateStatus());
    }

    /** Opens a story file in the background; on success it replaces the story, on failure it reports why. */
    public void open(Path file) {
        load(file.getFileName().toString(), () -> reader.read(file));
    }

    /** Opens the story shipped with the app: the spring 2017 Trump–Putin exchange. */
    public void openBundledStory() {
        openResource(BUNDLED_STORY);
    }

    /** Opens a story shipped on the classpath, such as the bundled default story. */
    public void openResource(String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        load(name, () -> reader.readResource(resource));
    }

    private void load(String name, Supplier<LoadResult> read) {
        loading.set(true);
        status.set("Opening " + name + "\u2026");
        background.execute(() -> {
            LoadResult result = read.get();
            ui.execute(() -> finishLoad(name, result));
        });
    }

    private void finishLoad(String name, LoadResult result) {
        loading.set(false);
        if (result.isValid()) {
            lastFailure.set(null);
            show(name, result.story());
        } else {
            lastFailure.set(new LoadFailure(name, result.problems()));
            updateStatus();
        }
    }

    /** Shows an already validated story. */
    public void show(String name, Story newStory) {
        selectedEvent.set(null);
        filter.setStory(newStory);
        eventsInTimeOrder.setAll(newStory.events().stream()
                .sorted(EventTimeOrder.COMPARATOR)
                .toList());
        storyName.set(name);
        story.set(newStory);
        selectedEvent.set(mostDiscussedEvent(newStory));
        updateStatus();
    }

    /** The event with the most statements: the one worth comparing first when a story opens. */
    private static Event mostDiscussedEvent(Story s) {
        Map<String, Integer> counts = new HashMap<>();
        for (Statement st : s.statements()) {
            counts.merge(st.eventId(), 1, Integer::sum);
        }
        return s.events().stream()
                .filter(e -> counts.containsKey(e.id()))
                .max(Comparator.comparingInt((Event e) -> counts.get(e.id()))
                        .thenComparing(Comparator.comparingLong(Event::startEpochSecond).reversed()))
                .orElse(null);
    }

    private void dropHiddenSelection() {
        Event selected = selectedEvent.get();
        if (selected != null && !filter.eventFilterProperty().get().test(selected)) {
            selectedEvent.set(null);
        }
    }

    private void updateStatus() {
        Story s = story.get();
        if (s == null) {
            status.set("");
            return;
        }
        int total = eventsInTimeOrder.size();
        int shown = shownEvents.size();
        status.set(shown == total
                ? total + " events, " + s.statements().size() + " statements"
                : shown + " of " + total + " events shown");
    }

    public ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    /** The file name of the open story, for the window title. */
    public ReadOnlyStringProperty storyNameProperty() {
        return storyName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last file that failed to open, or null after a success; the view shows its problems. */
    public ReadOnlyObjectProperty<LoadFailure> lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }

    /** A one-line summary for the status bar: "5 events, 12 statements" or "3 of 5 events shown". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The selected event, shared by the timeline, the comparison and the details pane. */
    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /** The events the filter lets through, in time order. */
    public ObservableList<Event> shownEvents() {
        return shownEvents;
    }

    public FilterViewModel filter() {
        return filter;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    public DetailsViewModel details() {
        return details;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }
}
