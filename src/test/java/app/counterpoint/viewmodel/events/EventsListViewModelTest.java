package app.counterpoint.viewmodel.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.i18n.Language;
import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.edit.EditName;
import app.counterpoint.viewmodel.edit.EntryEdits;
import app.counterpoint.viewmodel.edit.EntryKind;
import app.counterpoint.viewmodel.edit.EventEdits;
import app.counterpoint.viewmodel.edit.StatementEdits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Events list follows the filter and the selection both ways, in the window's language; no toolkit. */
class EventsListViewModelTest {

    private final MainViewModel main = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);
    private final EventsListViewModel list = main.eventsList();

    private List<String> lines() {
        return list.rows().stream()
                .map(r ->
                        r.date() + " | " + r.title() + " | " + r.topics() + " | " + r.sides() + " | " + r.statements())
                .toList();
    }

    @Test
    void listsTheShownEventsInTimeOrderWithTheirDatesTopicsSidesAndCounts() {
        main.show("call.json", SampleStories.phoneCall());
        assertEquals(
                List.of(
                        "7 April 2017 | Strike | Syria |  | 0",
                        "2 May 2017 | Phone call | Syria, Terrorism, North Korea | White House, Kremlin | 6",
                        "3\u20134 May 2017 | Talks | Syria | White House | 1",
                        "July 2017 | Summit | Syria, North Korea |  | 0"),
                lines());

        main.filter().setActorSelected("kr", false);
        assertEquals(
                "2 May 2017 | Phone call | Syria, Terrorism, North Korea | White House | 3",
                lines().get(1),
                "the statements the filter hides are not counted");
        main.filter().setTopicSelected("syria", false);
        assertEquals(
                List.of(
                        "2 May 2017 | Phone call | Syria, Terrorism, North Korea | White House | 1",
                        "July 2017 | Summit | Syria, North Korea |  | 0"),
                lines(),
                "the events the filter hides are not listed");
    }

    @Test
    void whileItsTabIsHiddenTheListSkipsItsRowsAndCatchesUpWhenShown() {
        list.activeProperty().set(false);
        List<String> changes = new java.util.ArrayList<>();
        list.rows().addListener((javafx.beans.Observable o) -> changes.add("rows"));
        main.show("call.json", SampleStories.phoneCall());
        main.language().languageProperty().set(Language.GERMAN);
        assertEquals(List.of(), changes, "a hidden list writes no rows (on a big story, seconds per edit)");
        list.activeProperty().set(true);
        assertEquals(List.of("rows"), changes);
        assertEquals(main.shownEvents().size(), list.rows().size());
    }

    @Test
    void choosingARowSelectsItsEventAndTheSelectionIsFoundInTheList() {
        main.show("call.json", SampleStories.phoneCall());
        EventRow talks = list.rows().get(2);
        list.choose(talks);
        assertEquals("talks", main.selectedEventProperty().get().id());
        main.selectedEventProperty().set(list.rows().get(0).event());
        assertEquals("Strike", list.selectedRow().title());
        main.filter().setTopicSelected("syria", false);
        main.filter().setTopicSelected("terrorism", false);
        main.filter().setTopicSelected("nk", false);
        assertNull(list.selectedRow(), "a hidden event has no row");
    }

    @Test
    void theListIsWrittenInTheWindowsLanguageAndARowIsSpokenWhole() {
        main.show("call.json", SampleStories.phoneCall());
        main.language().languageProperty().set(Language.RUSSIAN);
        EventRow call = list.rows().get(1);
        assertEquals("2 мая 2017 г.", call.date());
        assertEquals("6 высказываний", list.statementsText(call));
        main.language().languageProperty().set(Language.ENGLISH);
        call = list.rows().get(1);
        assertEquals(
                "Phone call, 2 May 2017, Syria, Terrorism, North Korea, 6 statements",
                call.spoken(list.statementsText(call)));
    }

    @Test
    void aFilterChangeThenALanguageThenEditsKeepEveryRowRight() {
        main.show("call.json", SampleStories.phoneCall());
        main.filter().setActorSelected("kr", false);
        assertEquals(
                List.of(
                        "7 April 2017 | Strike | Syria |  | 0",
                        "2 May 2017 | Phone call | Syria, Terrorism, North Korea | White House | 3",
                        "3\u20134 May 2017 | Talks | Syria | White House | 1",
                        "July 2017 | Summit | Syria, North Korea |  | 0"),
                lines());

        main.language().languageProperty().set(Language.GERMAN);
        assertEquals(
                List.of(
                        "7. April 2017 | Strike | Syria |  | 0",
                        "2. Mai 2017 | Phone call | Syria, Terrorism, North Korea | White House | 3",
                        "3.\u20134. Mai 2017 | Talks | Syria | White House | 1",
                        "Juli 2017 | Summit | Syria, North Korea |  | 0"),
                lines(),
                "the dates in the new language, the filter still applied");

        Story story = main.storyProperty().get();
        EventRow strikeBefore = list.rows().get(0);
        main.editor()
                .execute(StatementEdits.add(
                        story,
                        new Statement("s8", "talks", "kr", List.of("syria"), "no", StatementKind.QUOTE, null, null)));
        assertEquals(
                "3.\u20134. Mai 2017 | Talks | Syria | White House | 1",
                lines().get(2),
                "the new statement is the Kremlin's, which the filter hides");
        assertSame(strikeBefore, list.rows().get(0), "an event the edit left alone keeps its row");
        main.filter().setActorSelected("kr", true);
        assertEquals(
                List.of(
                        "7. April 2017 | Strike | Syria |  | 0",
                        "2. Mai 2017 | Phone call | Syria, Terrorism, North Korea | White House, Kremlin | 6",
                        "3.\u20134. Mai 2017 | Talks | Syria | White House, Kremlin | 2",
                        "Juli 2017 | Summit | Syria, North Korea |  | 0"),
                lines());

        story = main.storyProperty().get();
        Event strike = story.event("strike").orElseThrow();
        main.editor()
                .execute(EventEdits.change(
                        story,
                        strike,
                        EventBuilder.event("strike")
                                .like(strike)
                                .titled("Air strike")
                                .on("2017-06-15")
                                .build(),
                        EditName.of("editName.event.move", "Strike")));
        main.editor()
                .execute(EntryEdits.change(
                        main.storyProperty().get(),
                        EntryKind.TOPICS,
                        SampleStories.SYRIA,
                        new Topic("syria", "Syrien", SampleStories.SYRIA.color())));
        assertEquals(
                List.of(
                        "2. Mai 2017 | Phone call | Syrien, Terrorism, North Korea | White House, Kremlin | 6",
                        "3.\u20134. Mai 2017 | Talks | Syrien | White House, Kremlin | 2",
                        "15. Juni 2017 | Air strike | Syrien |  | 0",
                        "Juli 2017 | Summit | Syrien, North Korea |  | 0"),
                lines(),
                "a moved and renamed event in its new place, a renamed topic in every row");

        main.selectedEventProperty()
                .set(main.storyProperty().get().event("strike").orElseThrow());
        assertEquals("Air strike", list.selectedRow().title());
        main.filter().setTopicSelected("terrorism", false);
        main.filter().setTopicSelected("syria", false);
        assertEquals(
                List.of(
                        "2. Mai 2017 | Phone call | Syrien, Terrorism, North Korea | Kremlin | 1",
                        "Juli 2017 | Summit | Syrien, North Korea |  | 0"),
                lines());
        main.selectedEventProperty()
                .set(main.storyProperty().get().event("call").orElseThrow());
        assertEquals(lines().get(0), line(list.selectedRow()), "the selected row counts what the filter shows");
    }

    private static String line(EventRow r) {
        return r.date() + " | " + r.title() + " | " + r.topics() + " | " + r.sides() + " | " + r.statements();
    }
}
