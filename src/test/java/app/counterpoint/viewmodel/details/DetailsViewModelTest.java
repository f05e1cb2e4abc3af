package app.counterpoint.viewmodel.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.common.ShapedTopic;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class DetailsViewModelTest {

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(SampleStories.phoneCall());
    private final SimpleObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private final DetailsViewModel details = new DetailsViewModel(story.getReadOnlyProperty(), selected);

    @Test
    void withoutSelectionItDescribesTheStory() {
        assertFalse(details.hasEventProperty().get());
        assertEquals("Call", details.titleProperty().get());
        assertEquals("Two accounts of one call", details.summaryProperty().get());
        assertTrue(details.topics().isEmpty());
    }

    @Test
    void aMonthPrecisionEventReadsAsItsMonth() {
        selected.set(story.get().event("summit").orElseThrow());
        assertTrue(details.hasEventProperty().get());
        assertEquals("Summit", details.titleProperty().get());
        assertEquals("July 2017", details.dateProperty().get());
        assertEquals(
                List.of("Syria", "North Korea"),
                details.topics().stream().map(ShapedTopic::label).toList());
        assertEquals(
                List.of("The article"),
                details.sources().stream().map(Source::title).toList());
    }

    @Test
    void aRangeShowsBothEndsSayingTheirSharedMonthOnce() {
        selected.set(story.get().event("talks").orElseThrow());
        assertEquals("3\u20134 May 2017", details.dateProperty().get());
        assertEquals("Summary of Talks", details.summaryProperty().get());
    }

    /** Each topic carries its shape by its place in the story's topics, as on the timeline: not by its place here. */
    @Test
    void eachTopicCarriesTheShapeOfItsPlaceInTheStory() {
        selected.set(story.get().event("summit").orElseThrow());
        assertEquals(
                List.of(MarkerShape.forIndex(0), MarkerShape.forIndex(2)),
                details.topics().stream().map(ShapedTopic::shape).toList(),
                "Syria is the story's first topic, North Korea its third");
        assertEquals(
                List.of(
                        story.get().topics().get(0).color(),
                        story.get().topics().get(2).color()),
                details.topics().stream().map(ShapedTopic::color).toList());
    }
}
