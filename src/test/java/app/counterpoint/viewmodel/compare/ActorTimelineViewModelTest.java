package app.counterpoint.viewmodel.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;

class ActorTimelineViewModelTest {

    private final ReadOnlyObjectWrapper<PreparedStory> story = new ReadOnlyObjectWrapper<>();
    private final FilterViewModel filter = new FilterViewModel();
    private final ActorTimelineViewModel timeline =
            new ActorTimelineViewModel(story.getReadOnlyProperty(), filter.stateProperty());

    private void open(Story s) {
        PreparedStory prepared = PreparedStory.of(s);
        filter.setStory(prepared);
        story.set(prepared);
    }

    /** Each row as "topic: event id/text, ...". */
    private List<String> rows() {
        return timeline.rows().stream()
                .map(r -> r.topic().id() + ": "
                        + String.join(
                                ", ",
                                r.statements().stream()
                                        .map(l -> l.event().id() + "/"
                                                + l.entry().statement().text())
                                        .toList()))
                .toList();
    }

    @Test
    void theFirstSideIsChosenAndItsStatementsFollowTimePerTopic() {
        open(SampleStories.phoneCall());
        assertEquals("White House", timeline.actorProperty().get().name());
        assertEquals(
                List.of(
                        "syria: call/end the violence, call/de-escalation zones, talks/will send a representative",
                        "terrorism: call/eradicate terrorism"),
                rows());
    }

    @Test
    void choosingAnotherSideShowsItsLine() {
        open(SampleStories.phoneCall());
        timeline.actorProperty().set(SampleStories.KREMLIN);
        assertEquals(
                List.of(
                        "syria: call/strengthen the ceasefire",
                        "terrorism: call/fight international terrorism",
                        "nk: call/Putin called for restraint"),
                rows());
    }

    @Test
    void aStatementOnAHiddenTopicLeavesThatRowButStaysInItsOthers() {
        open(SampleStories.threeSides());
        timeline.actorProperty().set(SampleStories.KREMLIN);
        assertEquals(List.of("syria: meeting/a Kremlin line", "terrorism: meeting/a Kremlin line"), rows());
        filter.setTopicSelected("terrorism", false);
        assertEquals(List.of("syria: meeting/a Kremlin line"), rows());
    }

    @Test
    void aSideTheFilterHidesSaysSo() {
        open(SampleStories.phoneCall());
        filter.setActorSelected("wh", false);
        assertTrue(timeline.rows().isEmpty());
        assertEquals(
                "White House has no statements under the current filter.",
                timeline.placeholderProperty().get());
    }

    @Test
    void theSearchLeavesOutStatementsAboutEventsItHides() {
        open(SampleStories.phoneCall());
        filter.searchTextProperty().set("representative");
        assertEquals(List.of("syria: talks/will send a representative"), rows());
    }

    /** A row keeps its topic's shape, by the topic's place in the story, while the filter hides another topic. */
    @Test
    void eachRowKeepsTheShapeOfItsTopicsPlaceInTheStory() {
        open(SampleStories.threeSides());
        timeline.actorProperty().set(SampleStories.KREMLIN);
        filter.setTopicSelected("syria", false);
        assertEquals(List.of("terrorism: meeting/a Kremlin line"), rows());
        assertEquals(MarkerShape.forIndex(1), timeline.rows().get(0).topicShape());
    }
}
