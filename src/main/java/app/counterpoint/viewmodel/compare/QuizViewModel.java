package app.counterpoint.viewmodel.compare;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Who said it?": the comparison's columns in the order they are shown, and what each column's header says. In the
 * quiz the columns are shuffled, their headers and colours hidden, and each side is known by a letter (Side A, Side
 * B, …) until it is revealed, one by one (R) or all at once; outside the quiz the columns may be shuffled too ("Shuffle
 * sides"), headers shown. Each event gets its own order from one seed, and every new event starts unrevealed.
 */
public final class QuizViewModel {

    private final ObservableList<Actor> columns;
    private final ObservableValue<String> subject;
    private final BooleanProperty quiz = new SimpleBooleanProperty(this, "quiz");
    private final BooleanProperty shuffleSides = new SimpleBooleanProperty(this, "shuffleSides");
    private final ObservableList<Actor> shownColumns = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revealed = new ReadOnlyIntegerWrapper(this, "revealed");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<Messages> messages =
            new SimpleObjectProperty<>(this, "messages", Messages.of(Language.ENGLISH));
    private final Map<String, Integer> positionById = new HashMap<>();
    private long seed;

    /**
     * @param columns the comparison's columns in the story's order
     * @param subject what is compared (the selected event's id): a new subject is shuffled anew and starts hidden
     * @param seed    the first shuffle's seed; {@link #reshuffle()} moves on from it
     */
    public QuizViewModel(ObservableList<Actor> columns, ObservableValue<String> subject, long seed) {
        this.columns = columns;
        this.subject = subject;
        this.seed = seed;
        columns.addListener((Observable o) -> rebuild());
        subject.addListener((Observable o) -> {
            revealed.set(0);
            rebuild();
        });
        quiz.addListener((Observable o) -> {
            revealed.set(0);
            rebuild();
        });
        shuffleSides.addListener((Observable o) -> rebuild());
        messages.addListener((Observable o) -> updateStatus());
        rebuild();
    }

    /** The language of the quiz's status line: the comparison binds it to the window's. */
    public ObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    /** Whether the quiz is on: columns shuffled, sides hidden behind letters. */
    public BooleanProperty quizProperty() {
        return quiz;
    }

    public boolean isQuiz() {
        return quiz.get();
    }

    /** Whether the columns are shuffled outside the quiz too. */
    public BooleanProperty shuffleSidesProperty() {
        return shuffleSides;
    }

    /** The columns left to right as shown: shuffled in the quiz and with "Shuffle sides", else the story's order. */
    public ObservableList<Actor> shownColumns() {
        return shownColumns;
    }

    /** How many sides are revealed, counting from Side A. */
    public ReadOnlyIntegerProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** A line saying where the quiz stands ("Who said it? 1 of 3 sides revealed"), or empty outside it. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reveals the next hidden side; the last reveal shows them all. Returns whether one was left to reveal. */
    public boolean revealNext() {
        if (!quiz.get() || revealed.get() >= shownColumns.size()) {
            return false;
        }
        revealed.set(revealed.get() + 1);
        updateStatus();
        return true;
    }

    public void revealAll() {
        if (quiz.get()) {
            revealed.set(shownColumns.size());
            updateStatus();
        }
    }

    /** Hides every side again. */
    public void hideAll() {
        revealed.set(0);
        updateStatus();
    }

    /** A new order for every event, from the next seed; sides are hidden again. */
    public void reshuffle() {
        seed++;
        revealed.set(0);
        rebuild();
    }

    /** Whether {@code actor}'s name and colour are hidden: in the quiz, until its letter is revealed. */
    public boolean isHidden(Actor actor) {
        Integer position = positionById.get(actor.id());
        return quiz.get() && position != null && position >= revealed.get();
    }

    /** The letter of the column {@code actor} stands in: A for the leftmost; empty when it has no column. */
    public String letter(Actor actor) {
        Integer position = positionById.get(actor.id());
        return position == null ? "" : letterAt(position);
    }

    /** The letter of the side that said {@code statement}, shown on its card in the quiz. */
    public String letter(Statement statement) {
        Integer position = positionById.get(statement.actorId());
        return position == null ? "" : letterAt(position);
    }

    /** What the column's header says: the side's name, or "Side B" while hidden, "Side B: Kremlin" once revealed. */
    public String header(Actor actor) {
        if (!quiz.get()) {
            return actor.name();
        }
        return isHidden(actor)
                ? messages.get().text("quiz.side", letter(actor))
                : messages.get().text("quiz.side.revealed", letter(actor), actor.name());
    }

    private static String letterAt(int position) {
        StringBuilder letters = new StringBuilder();
        int n = position;
        do {
            letters.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return letters.toString();
    }

    private void rebuild() {
        List<Actor> order = quiz.get() || shuffleSides.get()
                ? SideShuffle.shuffled(List.copyOf(columns), seed, subject.getValue())
                : List.copyOf(columns);
        positionById.clear();
        for (int i = 0; i < order.size(); i++) {
            positionById.put(order.get(i).id(), i);
        }
        if (revealed.get() > order.size()) {
            revealed.set(order.size());
        }
        shownColumns.setAll(order);
        updateStatus();
    }

    private void updateStatus() {
        if (!quiz.get()) {
            status.set("");
        } else if (revealed.get() >= shownColumns.size()) {
            status.set(messages.get().text("quiz.status.allRevealed"));
        } else {
            status.set(messages.get().text("quiz.status.revealed", revealed.get(), shownColumns.size()));
        }
    }
}
