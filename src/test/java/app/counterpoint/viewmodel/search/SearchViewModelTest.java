package app.counterpoint.viewmodel.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Event;
import app.counterpoint.text.TextRange;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.SampleStories;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search matches and next / previous match, on the view models alone (no toolkit). */
class SearchViewModelTest {

    private final MainViewModel viewModel = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);
    private SearchViewModel search;

    @BeforeEach
    void open() {
        viewModel.show("call.json", SampleStories.phoneCall());
        search = viewModel.search();
    }

    private void type(String query) {
        viewModel.filter().searchTextProperty().set(query);
    }

    private SearchMatch current() {
        return search.marksProperty().get().current();
    }

    /** Where the current match is: "call s3 10-19", "talks SUMMARY 11-16". */
    private String where() {
        SearchMatch m = current();
        if (m == null) {
            return "none";
        }
        String in = m.place() == MatchPlace.STATEMENT
                ? m.statement().id()
                : m.place().name();
        return m.event().id() + " " + in + " " + m.range().start() + "-"
                + m.range().end();
    }

    @Test
    void aSearchMarksEveryPlaceItIsFoundIgnoringCase() {
        type("TERRORISM");
        SearchMarks marks = search.marksProperty().get();
        assertEquals("terrorism", marks.query());
        assertEquals(List.of(new TextRange(0, 9), new TextRange(15, 24)), marks.in("Terrorism, and terrorism."));
        assertEquals(List.of(), marks.in("terror"));
        assertEquals(List.of(), SearchMarks.none().in("terrorism"));
    }

    @Test
    void theSelectedEventsFirstMatchIsCurrentAndF3StepsThroughItsStatements() {
        type("terrorism");
        assertEquals("call s3 10-19", where(), "the call stays selected: it matches");
        assertEquals(
                "Match 1 of 2 in the one event found",
                search.matchTextProperty().get());

        search.next();
        assertEquals("call s4 20-29", where());
        assertEquals(
                "Match 2 of 2 in the one event found",
                search.matchTextProperty().get());
        search.next();
        assertEquals("call s3 10-19", where(), "round to the first");
        search.previous();
        assertEquals("call s4 20-29", where(), "and back round to the last");
    }

    @Test
    void stepsGoOnToTheNextShownEventInTimeOrderAndSelectIt() {
        type("summary");
        assertEquals("call SUMMARY 0-7", where());
        assertEquals(
                "Match 1 of 1 in event 2 of 4 found", search.matchTextProperty().get());

        search.next();
        assertEquals("talks SUMMARY 0-7", where());
        assertEquals("talks", viewModel.selectedEventProperty().get().id(), "the comparison follows");
        search.next();
        search.next();
        assertEquals("strike SUMMARY 0-7", where(), "after the last event, the first");
        search.previous();
        assertEquals("summit SUMMARY 0-7", where());
    }

    @Test
    void choosingAnotherEventMakesItsFirstMatchCurrent() {
        type("summary");
        Event talks = viewModel.shownEvents().stream()
                .filter(e -> e.id().equals("talks"))
                .findFirst()
                .orElseThrow();
        viewModel.selectedEventProperty().set(talks);
        assertEquals("talks SUMMARY 0-7", where());
        viewModel.selectedEventProperty().set(null);
        assertEquals("none", where());
        assertEquals(
                "4 events found \u00B7 F3 or Enter: first match",
                search.matchTextProperty().get());
        search.next();
        assertEquals("strike SUMMARY 0-7", where(), "with nothing selected, the first event's first match");
    }

    @Test
    void statementsTheFilterHidesAreNoMatches() {
        viewModel.filter().setActorSelected(SampleStories.WHITE_HOUSE.id(), false);
        type("terrorism");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            seen.add(where());
            search.next();
        }
        assertTrue(seen.stream().noneMatch(w -> w.contains(" s3 ")), seen.toString());
        assertEquals(List.of("call s4 20-29", "call s4 20-29", "call s4 20-29"), seen);
    }

    @Test
    void noSearchMarksNothingAndStepsDoNothing() {
        search.next();
        assertEquals(SearchMarks.none(), search.marksProperty().get());
        assertEquals("", search.matchTextProperty().get());
        assertEquals("call", viewModel.selectedEventProperty().get().id());

        type("zebra");
        assertEquals(
                "No event contains \u201Czebra\u201D",
                search.matchTextProperty().get());
        search.next();
        assertNull(current());
        type("");
        assertTrue(search.marksProperty().get().isEmpty());
    }

    @Test
    void whatTheSearchFoundIsSaidInTheWindowsLanguageWithItsPluralForms() {
        type("summary");
        viewModel.selectedEventProperty().set(null);
        viewModel.language().languageProperty().set(app.counterpoint.i18n.Language.RUSSIAN);
        assertEquals(
                "Найдено 4 события · F3 или Enter: первое совпадение",
                search.matchTextProperty().get());
        viewModel.language().languageProperty().set(app.counterpoint.i18n.Language.GERMAN);
        assertEquals(
                "4 Ereignisse gefunden · F3 oder Eingabe: erster Treffer",
                search.matchTextProperty().get());
        type("zebra");
        assertEquals("Kein Ereignis enthält „zebra“", search.matchTextProperty().get());
    }
}
