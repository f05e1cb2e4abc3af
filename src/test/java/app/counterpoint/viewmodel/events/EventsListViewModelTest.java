package app.counterpoint.viewmodel.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.counterpoint.i18n.Language;
import app.counterpoint.io.StoryReader;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.SampleStories;
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
}
