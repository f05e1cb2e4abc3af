package app.counterpoint.view.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Statement;
import app.counterpoint.view.RightToLeftWords;
import app.counterpoint.view.StoryTextDirection;
import app.counterpoint.view.WrappingLabels;
import app.counterpoint.viewmodel.compare.ComparisonCell;
import app.counterpoint.viewmodel.compare.ComparisonEntry;
import app.counterpoint.viewmodel.compare.ComparisonRow;
import app.counterpoint.viewmodel.compare.ComparisonViewModel;
import app.counterpoint.viewmodel.search.SearchMarks;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The pieces of the comparison's grid: a side's column header, a topic's row header, and the cell of what a side
 * said on a topic (its statement cards), did not mention, keeps covered for the quiz, or never said at all.
 */
final class ComparisonCells {

    /** The colour of every side while the quiz hides who is who. */
    private static final String QUIZ_GREY = "#7a7f86";

    private static final double TOPIC_COLUMN_WIDTH = 150;
    /** The topic names wrap rather than take the sides' room on a narrow window. */
    private static final double MIN_TOPIC_COLUMN_WIDTH = 110;

    private final ComparisonViewModel viewModel;
    private final LanguageViewModel language;
    private final Consumer<String> openLink;

    ComparisonCells(ComparisonViewModel viewModel, LanguageViewModel language, Consumer<String> openLink) {
        this.viewModel = viewModel;
        this.language = language;
        this.openLink = openLink;
    }

    /** What a side said, covered until a "left out" step reveals it. */
    Region coveredCell(ComparisonCell cell) {
        VBox box = messageCell(language.get("compare.quiz.covered"), "covered-text");
        box.getStyleClass().addAll("comparison-cell", "covered-cell");
        box.setStyle("-actor-color: " + cell.actor().color() + ";");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A side that said nothing at all about the event: one cell down its whole column says so. */
    Region silentCell(Actor actor) {
        VBox box = messageCell(language.get("compare.saidNothing"), "not-mentioned-text");
        box.getStyleClass().addAll("comparison-cell", "not-mentioned", "silent-side");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        box.setAccessibleText(language.get("compare.saidNothing.accessible", actor.name()));
        return box;
    }

    /** A cell that holds one wrapping line of text in the given style instead of statements. */
    private static VBox messageCell(String text, String textClass) {
        return new VBox(WrappingLabels.wrapping(text, textClass));
    }

    /** A side's colour, or a neutral grey while the quiz hides who it is. */
    private String colorOf(Actor actor) {
        return viewModel.quiz().isHidden(actor) ? QUIZ_GREY : actor.color();
    }

    Region actorHeader(Actor actor) {
        String text = viewModel.quiz().header(actor);
        Region name;
        if (StoryTextDirection.hasRightToLeftLetters(text)) {
            name = RightToLeftWords.words(text, "actor-name-words");
        } else {
            Label label = new Label(text);
            label.getStyleClass().add("actor-name");
            label.setWrapText(true);
            name = label;
        }
        StackPane header = new StackPane(name);
        header.getStyleClass().add("comparison-column-header");
        header.setStyle("-actor-color: " + colorOf(actor) + ";");
        header.setMaxWidth(Double.MAX_VALUE);
        return header;
    }

    static Region topicHeader(ComparisonRow row) {
        Region swatch = new Region();
        swatch.getStyleClass().add("topic-swatch");
        // the topic's shape, as its events have on the timeline: colour is never the only cue
        swatch.setStyle(row.topicShape().cssShape());
        String text = row.topic().label();
        Region name;
        if (StoryTextDirection.hasRightToLeftLetters(text)) {
            name = RightToLeftWords.words(text, "topic-name-words");
            HBox.setHgrow(name, Priority.ALWAYS);
        } else {
            Label label = new Label(text);
            label.getStyleClass().add("topic-name");
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            WholeWords.keep(label, MIN_TOPIC_COLUMN_WIDTH - 22);
            name = label;
        }
        HBox header = new HBox(8, swatch, name);
        header.setPrefWidth(TOPIC_COLUMN_WIDTH);
        header.getStyleClass().add("comparison-row-header");
        header.setStyle("-topic-color: " + row.topic().color() + ";");
        return header;
    }

    /**
     * What a side said on a row's topic, or that it did not mention it.
     *
     * @param editing editing from the cell; null when the cell is not editable (no actions, or presenting)
     * @param showInSource opens a statement in the source reader; null offers no "Show in source"
     */
    Region cell(
            ComparisonRow row,
            ComparisonCell cell,
            boolean highlight,
            SearchMarks found,
            StatementEditing editing,
            Consumer<Statement> showInSource) {
        VBox box = new VBox(8);
        box.getStyleClass().add("comparison-cell");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setStyle("-actor-color: " + colorOf(cell.actor()) + ";");
        if (viewModel.quiz().isQuiz() && !cell.isNotMentioned()) {
            Label letter =
                    new Label(language.get("compare.quiz.side", viewModel.quiz().letter(cell.actor())));
            letter.getStyleClass().add("quiz-letter");
            box.getChildren().add(letter);
        }
        Region adding = editing == null
                ? null
                : editing.editorForNew(cell.actor(), row.topic().id());
        if (cell.isNotMentioned() && adding != null) {
            box.getChildren().add(adding);
        } else if (cell.isNotMentioned()) {
            Label none = new Label(language.get("compare.notMentioned"));
            none.getStyleClass().add("not-mentioned-text");
            box.getStyleClass().add("not-mentioned");
            box.getChildren().add(none);
            box.setAccessibleText(
                    language.get("compare.notMentioned.accessible", cell.actor().name()));
            if (editing != null) {
                box.getChildren().add(editing.addLink(cell.actor(), row.topic().id()));
            }
        } else {
            for (ComparisonEntry e : cell.entries()) {
                Region editor = editing == null
                        ? null
                        : editing.editorFor(e.statement(), row.topic().id());
                if (editor != null) {
                    box.getChildren().add(editor);
                    continue;
                }
                StatementCard card = new StatementCard(
                        e,
                        highlight ? viewModel.sharedWords(row, e) : List.of(),
                        found.inStatement(e.statement()),
                        found.currentIn(e.statement()),
                        openLink,
                        viewModel.warnings(e),
                        showInSource);
                if (e.statement()
                        .id()
                        .equals(viewModel.markedStatementIdProperty().get())) {
                    card.getStyleClass().add("tour-marked-statement");
                }
                if (editing != null) {
                    editing.editable(card, e.statement(), row.topic().id());
                }
                box.getChildren().add(card);
            }
            if (adding != null) {
                // the cell gained statements while a new one was being written in it (an undo)
                box.getChildren().add(adding);
            }
        }
        if (editing != null) {
            editing.acceptDrops(box, row.topic().id(), cell.actor().id());
        }
        return box;
    }
}
