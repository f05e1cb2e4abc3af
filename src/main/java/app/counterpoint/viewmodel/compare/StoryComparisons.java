package app.counterpoint.viewmodel.compare;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The comparison of every event that has statements, in time order, exported as the app exports one comparison
 * (File › Export › Comparison as Markdown or HTML): for {@code convert --to markdown|html}, which journalists script.
 * Uses the comparison view model itself, with nothing filtered, so a terminal and the window never disagree; its
 * words, labels and dates are in the language of the {@link DisplayDates} given (the terminal's, for convert).
 */
public final class StoryComparisons {

    private StoryComparisons() {}

    /** A Markdown document in English: the story's title, then a heading and a table per event. */
    public static String markdown(Story story) {
        return markdown(story, new DisplayDates(Messages.of(Language.ENGLISH)));
    }

    /** A Markdown document in the language of {@code dates}: the story's title, then a heading and a table per event. */
    public static String markdown(Story story, DisplayDates dates) {
        return ComparisonExporter.markdown(story.title(), sections(story, dates), dates.messages());
    }

    /** A standalone HTML page in English: the story's title, then a heading and a table per event. */
    public static String html(Story story) {
        return html(story, new DisplayDates(Messages.of(Language.ENGLISH)));
    }

    /** A standalone HTML page in the language of {@code dates}: the story's title, then a table per event. */
    public static String html(Story story, DisplayDates dates) {
        return ComparisonExporter.html(story.title(), sections(story, dates), dates.messages());
    }

    private static List<ComparisonExporter.Section> sections(Story story, DisplayDates dates) {
        PreparedStory prepared = PreparedStory.of(story);
        ObjectProperty<Event> selected = new SimpleObjectProperty<>();
        // a command line has no clipboard: nothing here copies
        ComparisonViewModel comparison = new ComparisonViewModel(
                new SimpleObjectProperty<>(prepared),
                selected,
                new SimpleObjectProperty<>(FilterState.everything()),
                text -> {});
        comparison.datesProperty().set(dates);
        List<ComparisonExporter.Section> sections = new ArrayList<>();
        for (Event event : prepared.eventsInTimeOrder()) {
            if (prepared.statementsAbout(event.id()).isEmpty()) {
                continue; // nothing to compare
            }
            selected.set(event);
            sections.add(new ComparisonExporter.Section(
                    comparison.titleProperty().get(), comparison.columns(), comparison.rows()));
        }
        return sections;
    }
}
