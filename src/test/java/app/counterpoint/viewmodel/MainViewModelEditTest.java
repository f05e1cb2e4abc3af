package app.counterpoint.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.viewmodel.edit.EditName;
import app.counterpoint.viewmodel.edit.EventEdits;
import app.counterpoint.viewmodel.edit.StatementEdits;
import app.counterpoint.viewmodel.edit.StoryEditor;
import app.counterpoint.viewmodel.story.EventTimeOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every view keeps showing the current story through its view model while it is edited, undone and redone. */
class MainViewModelEditTest {

    private final MainViewModel viewModel = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);
    private final StoryEditor editor = viewModel.editor();

    MainViewModelEditTest() {
        viewModel.show("call.json", SampleStories.phoneCall());
    }

    private Story story() {
        return viewModel.storyProperty().get();
    }

    private Event event(String id) {
        return story().event(id).orElseThrow();
    }

    private static Event movedTo(Event e, String start) {
        return EventBuilder.event(e.id())
                .like(e)
                .on(start)
                .until((StoryDate) null)
                .build();
    }

    @Test
    void aMovedEventMovesInEveryViewAndStaysSelected() {
        viewModel.selectedEventProperty().set(event("strike"));
        viewModel.timeline().setWindow(1_490_000_000, 1_500_000_000);
        Event strike = event("strike");
        editor.execute(EventEdits.change(
                story(), strike, movedTo(strike, "2017-06-15"), EditName.of("editName.event.move", "Strike")));

        assertEquals(
                List.of("call", "talks", "strike", "summit"),
                viewModel.shownEvents().stream().map(Event::id).toList());
        assertEquals(
                "2017-06-15", viewModel.selectedEventProperty().get().start().toIsoString());
        assertSame(event("strike"), viewModel.selectedEventProperty().get());
        assertEquals("15 June 2017", viewModel.details().dateProperty().get());
        assertEquals(1_490_000_000, viewModel.timeline().getVisibleStart(), 1e-6, "the window stays");
        assertEquals(
                EventTimeOrder.sorted(story().events()), viewModel.timeline().getEventsInTimeOrder());

        editor.undo();
        assertEquals("7 April 2017", viewModel.details().dateProperty().get());
        assertEquals("strike", viewModel.shownEvents().get(0).id());
    }

    @Test
    void anEditKeepsTheFilterAndTheComparisonFollows() {
        viewModel.filter().setTopicSelected("nk", false);
        viewModel.selectedEventProperty().set(event("call"));
        int rows = viewModel.comparison().rows().size();
        editor.execute(StatementEdits.add(
                story(),
                new Statement(
                        "s8", "call", "kr", List.of("syria"), "no more strikes", StatementKind.QUOTE, null, null)));
        assertFalse(
                viewModel.filter().topics().stream()
                        .filter(c -> c.id().equals("nk"))
                        .findFirst()
                        .orElseThrow()
                        .isSelected(),
                "North Korea stays switched off");
        assertEquals(rows, viewModel.comparison().rows().size());
        assertTrue(viewModel.comparison().rows().get(0).cells().stream()
                .anyMatch(c ->
                        c.entries().stream().anyMatch(e -> e.statement().id().equals("s8"))));
        assertEquals("call", viewModel.selectedEventProperty().get().id());
        assertEquals("4 events, 8 statements", viewModel.statusProperty().get());
    }

    @Test
    void aDeletedEventLeavesTheSelectionAndTheSearchFindsNewWords() {
        viewModel.selectedEventProperty().set(event("talks"));
        editor.execute(EventEdits.delete(story(), event("talks")));
        assertNull(viewModel.selectedEventProperty().get());
        assertEquals(3, viewModel.shownEvents().size());

        Event summit = event("summit");
        editor.execute(EventEdits.change(
                story(),
                summit,
                EventBuilder.event("summit")
                        .titled("Hamburg summit")
                        .on(summit.start())
                        .topics(summit.topicIds())
                        .build()));
        viewModel.filter().searchTextProperty().set("hamburg");
        assertEquals(
                List.of("summit"),
                viewModel.shownEvents().stream().map(Event::id).toList());
        editor.undo();
        assertEquals(List.of(), viewModel.shownEvents().stream().map(Event::id).toList(), "the old title again");
    }
}
