package app.counterpoint.viewmodel.export;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.compare.ComparisonRow;
import app.counterpoint.viewmodel.compare.ComparisonViewModel;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * What the printed handout says: the story's title and description, then for each event the filter shows its
 * heading, summary and the comparison of what each side said, as the window's comparison would show it under the
 * same filter. The view only lays these out on pages.
 */
public final class HandoutViewModel {

    /**
     * One event of the handout.
     *
     * @param summary     the event's summary, or null
     * @param placeholder why there is no table (no statements, or the filter hides them), or empty when there is one
     * @param sides       the table's columns, left to right
     * @param rows        a row per topic, its cells in the order of {@code sides}
     */
    public record Section(
            String heading, String summary, String placeholder, List<Actor> sides, List<ComparisonRow> rows) {

        public Section {
            sides = List.copyOf(sides);
            rows = List.copyOf(rows);
        }
    }

    private final boolean storyOpen;
    private final String title;
    private final String description;
    private final List<Section> sections;
    private final Messages messages;

    private HandoutViewModel(
            boolean storyOpen, String title, String description, List<Section> sections, Messages messages) {
        this.messages = messages;
        this.storyOpen = storyOpen;
        this.title = title;
        this.description = description;
        this.sections = List.copyOf(sections);
    }

    /**
     * The handout of {@code story} as shown now.
     *
     * @param story  the open story, or null when none is open (the handout is then empty)
     * @param events the events the filter shows, in time order
     * @param filter the shared filter, which chooses each comparison's rows and columns
     * @param dates  how the window writes dates and its words (View › Language), for the headings and the tables
     */
    public static HandoutViewModel of(
            ObservableValue<PreparedStory> story,
            List<Event> events,
            ObservableValue<FilterState> filter,
            DisplayDates dates) {
        PreparedStory prepared = story.getValue();
        if (prepared == null) {
            return new HandoutViewModel(false, "", null, List.of(), dates.messages());
        }
        SimpleObjectProperty<Event> event = new SimpleObjectProperty<>();
        // the window's own rules for rows, columns and placeholders, one event after the other; nothing is copied
        ComparisonViewModel comparison = new ComparisonViewModel(story, event, filter, text -> {});
        comparison.datesProperty().set(dates);
        List<Section> sections = new ArrayList<>(events.size());
        for (Event e : events) {
            event.set(e);
            sections.add(new Section(
                    dates.heading(e),
                    e.summary(),
                    comparison.rows().isEmpty()
                            ? comparison.placeholderProperty().get()
                            : "",
                    comparison.columns(),
                    comparison.rows()));
        }
        Story s = prepared.story();
        return new HandoutViewModel(true, s.title(), s.description(), sections, dates.messages());
    }

    /** The window's words (View › Language), for what the pages say around the story's own. */
    public Messages messages() {
        return messages;
    }

    /** The story's title; empty when no story is open. */
    public String title() {
        return title;
    }

    /** The story's description, or null. */
    public String description() {
        return description;
    }

    /** True when no story is open: there is nothing to print. */
    public boolean isEmpty() {
        return !storyOpen;
    }

    /** An event per section, in time order. */
    public List<Section> sections() {
        return sections;
    }
}
