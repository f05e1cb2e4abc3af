package app.counterpoint.viewmodel.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** Who said it? Pure logic, no toolkit. */
class QuizViewModelTest {

    private static final Actor WH = new Actor("wh", "White House", "#0072B2");
    private static final Actor KR = new Actor("kr", "Kremlin", "#D55E00");
    private static final Actor UN = new Actor("un", "United Nations", "#009E73");

    private final ObservableList<Actor> columns = FXCollections.observableArrayList(WH, KR, UN);
    private final SimpleStringProperty event = new SimpleStringProperty("call");
    private final QuizViewModel quiz = new QuizViewModel(columns, event, 7);

    @Test
    void outsideTheQuizTheColumnsKeepTheStorysOrderAndTheirNames() {
        assertEquals(List.of(WH, KR, UN), quiz.shownColumns());
        assertEquals("Kremlin", quiz.header(KR));
        assertFalse(quiz.isHidden(KR));
        assertEquals("", quiz.statusProperty().get());
        assertFalse(quiz.revealNext(), "nothing to reveal outside the quiz");
    }

    @Test
    void theQuizShufflesTheColumnsAndHidesEverySideBehindALetter() {
        quiz.quizProperty().set(true);
        List<Actor> order = List.copyOf(quiz.shownColumns());
        assertEquals(Set.of(WH, KR, UN), new HashSet<>(order));
        assertNotEquals(List.of(WH, KR, UN), order, "a quiz never keeps the story's order");
        for (int i = 0; i < order.size(); i++) {
            Actor side = order.get(i);
            String letter = String.valueOf((char) ('A' + i));
            assertTrue(quiz.isHidden(side));
            assertEquals(letter, quiz.letter(side));
            assertEquals("Side " + letter, quiz.header(side), "no name while hidden");
            assertEquals(letter, quiz.letter(statementBy(side)), "each statement shows its side's letter");
        }
        assertEquals(
                "Who said it? 0 of 3 sides revealed: R reveals the next",
                quiz.statusProperty().get());
    }

    @Test
    void revealShowsTheSidesOneByOneFromSideAThenAllAtOnce() {
        quiz.quizProperty().set(true);
        List<Actor> order = List.copyOf(quiz.shownColumns());
        assertTrue(quiz.revealNext());
        assertFalse(quiz.isHidden(order.get(0)));
        assertEquals("Side A: " + order.get(0).name(), quiz.header(order.get(0)));
        assertTrue(quiz.isHidden(order.get(1)));
        assertTrue(quiz.isHidden(order.get(2)));
        assertEquals(
                "Who said it? 1 of 3 sides revealed: R reveals the next",
                quiz.statusProperty().get());
        quiz.revealAll();
        order.forEach(side -> assertFalse(quiz.isHidden(side)));
        assertFalse(quiz.revealNext(), "none left");
        assertEquals("Who said it? Every side revealed", quiz.statusProperty().get());
        assertEquals(order, quiz.shownColumns(), "revealing does not move the columns");
    }

    @Test
    void theSameSeedGivesTheSameOrderAndEachEventItsOwn() {
        quiz.quizProperty().set(true);
        QuizViewModel again = new QuizViewModel(columns, new SimpleStringProperty("call"), 7);
        again.quizProperty().set(true);
        assertEquals(quiz.shownColumns(), again.shownColumns(), "seeded: a prepared lesson shows the same order");
        Set<List<Actor>> orders = new HashSet<>();
        for (String id : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
            event.set(id);
            orders.add(List.copyOf(quiz.shownColumns()));
        }
        assertTrue(orders.size() > 1, "events get different orders: " + orders);
    }

    @Test
    void aNewEventStartsHiddenAgain() {
        quiz.quizProperty().set(true);
        quiz.revealAll();
        event.set("strike");
        quiz.shownColumns().forEach(side -> assertTrue(quiz.isHidden(side)));
        assertEquals(0, quiz.revealedProperty().get());
    }

    @Test
    void reshuffleGivesAnotherOrderAndHidesTheSides() {
        quiz.quizProperty().set(true);
        quiz.revealNext();
        Set<List<Actor>> orders = new HashSet<>();
        orders.add(List.copyOf(quiz.shownColumns()));
        for (int i = 0; i < 10; i++) {
            quiz.reshuffle();
            orders.add(List.copyOf(quiz.shownColumns()));
        }
        assertTrue(orders.size() > 1, "reshuffling changes the order");
        assertEquals(0, quiz.revealedProperty().get());
    }

    @Test
    void shuffleSidesOutsideTheQuizKeepsTheNames() {
        quiz.shuffleSidesProperty().set(true);
        assertNotEquals(List.of(WH, KR, UN), quiz.shownColumns());
        quiz.shownColumns().forEach(side -> {
            assertFalse(quiz.isHidden(side));
            assertEquals(side.name(), quiz.header(side));
        });
        quiz.shuffleSidesProperty().set(false);
        assertEquals(List.of(WH, KR, UN), quiz.shownColumns());
    }

    @Test
    void columnsThatChangeAreShuffledAgainAndOneSideStaysPut() {
        quiz.quizProperty().set(true);
        columns.setAll(WH, KR);
        assertEquals(List.of(KR, WH), quiz.shownColumns(), "two sides: swapped, never left in place");
        columns.setAll(UN);
        assertEquals(List.of(UN), quiz.shownColumns());
        assertEquals("Side A", quiz.header(UN));
    }

    @Test
    void lettersGoOnPastZ() {
        List<Actor> many = new java.util.ArrayList<>();
        for (int i = 0; i < 28; i++) {
            many.add(new Actor("s" + i, "S" + i, "#000000"));
        }
        columns.setAll(many);
        assertEquals("Z", quiz.letter(quiz.shownColumns().get(25)));
        assertEquals("AA", quiz.letter(quiz.shownColumns().get(26)));
        assertEquals("AB", quiz.letter(quiz.shownColumns().get(27)));
    }

    private static Statement statementBy(Actor side) {
        return new Statement(
                "s-" + side.id(), "call", side.id(), List.of("t"), "words", StatementKind.QUOTE, null, null);
    }

    @Test
    void theQuizSpeaksTheWindowsLanguage() {
        quiz.quizProperty().set(true);
        quiz.messagesProperty().set(app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.GERMAN));
        assertEquals(
                "Wer hat es gesagt? 0 von 3 Seiten aufgedeckt: R deckt die nächste auf",
                quiz.statusProperty().get());
        List<Actor> order = List.copyOf(quiz.shownColumns());
        assertEquals("Seite A", quiz.header(order.get(0)));
        quiz.revealNext();
        assertEquals("Seite A: " + order.get(0).name(), quiz.header(order.get(0)));
        quiz.messagesProperty().set(app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.ARABIC));
        assertEquals(
                "من قالها؟ الأطراف المكشوفة: ١ من ٣، R يكشف التالي",
                quiz.statusProperty().get());
    }
}
