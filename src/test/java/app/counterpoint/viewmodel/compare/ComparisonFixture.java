package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.platform.ClipboardService;
import app.counterpoint.viewmodel.platform.MemoryClipboard;
import app.counterpoint.viewmodel.story.PreparedStory;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A {@link ComparisonViewModel} on its own, fed a story, a selected event and a filter as {@link MainViewModel}
 * feeds it, so a test needs no file reader.
 */
public final class ComparisonFixture {

    private final ReadOnlyObjectWrapper<PreparedStory> story = new ReadOnlyObjectWrapper<>();
    private final SimpleObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private final FilterViewModel filter = new FilterViewModel();
    private final MemoryClipboard clipboard = ClipboardService.inMemory();
    private final ComparisonViewModel comparison =
            new ComparisonViewModel(story.getReadOnlyProperty(), selected, filter.stateProperty(), clipboard);

    /** Opens the story with its filter and selects the event. */
    public void open(Story s, Event event) {
        PreparedStory prepared = PreparedStory.of(s);
        filter.setStory(prepared);
        story.set(prepared);
        selected.set(event);
    }

    /** Opens the story with its filter and selects the event with that id. */
    public void open(Story s, String eventId) {
        open(s, s.event(eventId).orElseThrow());
    }

    /** Sets the story alone: no filter set up, nothing selected. */
    public void setStory(Story s) {
        story.set(PreparedStory.of(s));
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    /** What the comparison's Copy put on the clipboard last. */
    public String copied() {
        return clipboard.text();
    }

    public FilterViewModel filter() {
        return filter;
    }

    public ObjectProperty<Event> selected() {
        return selected;
    }
}
