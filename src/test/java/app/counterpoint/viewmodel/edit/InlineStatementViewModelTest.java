package app.counterpoint.viewmodel.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.SampleStories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A statement edited in place in the comparison: one undoable edit named as the form's, Cancel leaves the story
 * alone, and what was typed survives a change of the story or the selection from elsewhere.
 */
class InlineStatementViewModelTest {

    private final MainViewModel main = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);
    private InlineStatementViewModel inline;

    @BeforeEach
    void open() {
        main.show("call.json", SampleStories.phoneCall());
        inline = main.editing().inline();
    }

    private Story story() {
        return main.storyProperty().get();
    }

    private Statement statement(String id) {
        return story().statements().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private Event event(String id) {
        return story().event(id).orElseThrow();
    }

    private StatementFormViewModel form() {
        return inline.formProperty().get();
    }

    @Test
    void saveChangesTheStatementInOneUndoableEditNamedAsTheFormsAndTheFocusGoesBackToItsCard() {
        assertTrue(inline.edit(statement("s1"), "syria"));
        assertTrue(inline.isEditing("s1", "syria"));
        assertFalse(inline.isEditing("s1", "terrorism"), "the card of the row it was opened in, not another");
        assertFalse(inline.isChanged());
        form().textProperty().set("end the violence now");
        form().kindProperty().set(StatementKind.PARAPHRASE);
        assertTrue(inline.isChanged());

        assertTrue(inline.commit());
        assertNull(form());
        assertEquals("s1", inline.closedOn());
        assertEquals("end the violence now", statement("s1").text());
        assertEquals(StatementKind.PARAPHRASE, statement("s1").kind());
        assertEquals(
                "Undo Edit what White House said",
                main.editor().undoTextProperty().get());
        main.editor().undo();
        assertEquals("end the violence", statement("s1").text());
        assertEquals(StatementKind.QUOTE, statement("s1").kind());
    }

    @Test
    void cancelLeavesTheStoryAsItWas() {
        Story before = story();
        inline.edit(statement("s1"), "syria");
        form().textProperty().set("something else");
        inline.cancel();
        assertNull(form());
        assertEquals("s1", inline.closedOn());
        assertEquals(before, story());
        assertFalse(main.editor().canUndoProperty().get());
    }

    @Test
    void anImpossibleDateCannotBeCommitted() {
        inline.edit(statement("s1"), "syria");
        form().dateProperty().set("29 February 2017");
        assertFalse(form().validProperty().get());
        assertEquals(
                "'2017-02-29' names day 29 of February 2017, which has 28 days",
                form().dateProblemProperty().get());
        assertFalse(inline.commit());
        assertNotNull(form(), "the editor stays open, saying why");
        assertFalse(main.editor().canUndoProperty().get());
    }

    @Test
    void addOpensInTheCellOfTheSelectedEventAndSaveAddsTheStatement() {
        int before = story().statements().size();
        assertTrue(inline.add("kr", "nk"));
        assertTrue(inline.isAddingIn("kr", "nk"));
        assertFalse(inline.isAddingIn("wh", "nk"));
        form().textProperty().set("Moscow urged calm");
        assertTrue(inline.commit());
        assertEquals(before + 1, story().statements().size());
        Statement added = story().statements().get(before);
        assertEquals("Moscow urged calm", added.text());
        assertEquals("kr", added.actorId());
        assertEquals("call", added.eventId());
        assertEquals(added.id(), inline.closedOn(), "the focus goes to the new statement's card");
        assertEquals(
                "Undo Add what Kremlin said", main.editor().undoTextProperty().get());
    }

    @Test
    void anUndoFromElsewhereKeepsWhatWasTypedAndSaveThenKeepsTheUndo() {
        main.editing().execute(StatementEdits.change(story(), statement("s3"), renamed(statement("s3"), "erase it")));
        inline.edit(statement("s1"), "syria");
        form().textProperty().set("typed words");
        main.editor().undo();
        assertEquals("eradicate terrorism", statement("s3").text(), "the undo happened");
        assertEquals("typed words", form().textProperty().get(), "and the typing is still there");
        assertTrue(inline.isEditing("s1", "syria"));
        assertTrue(inline.commit());
        assertEquals("typed words", statement("s1").text());
        assertEquals("eradicate terrorism", statement("s3").text(), "saving does not bring back what was undone");
    }

    @Test
    void anUntouchedEditorFollowsTheStatementAsTheStoryNowHasIt() {
        main.editing().execute(StatementEdits.change(story(), statement("s1"), renamed(statement("s1"), "newer")));
        inline.edit(statement("s1"), "syria");
        main.editor().undo();
        assertEquals("end the violence", form().textProperty().get());
        assertFalse(inline.isChanged());
    }

    @Test
    void whatWasTypedIntoAStatementUndoneAwayBecomesANewStatementInTheSameCell() {
        int before = story().statements().size();
        inline.add("kr", "nk");
        form().textProperty().set("first words");
        inline.commit();
        Statement added = story().statements().get(before);
        inline.edit(added, "nk");
        form().textProperty().set("second words");
        main.editor().undo();
        assertEquals(before, story().statements().size());
        assertTrue(inline.isAddingIn("kr", "nk"));
        assertEquals("second words", form().textProperty().get());
        assertTrue(inline.commit());
        assertEquals("second words", story().statements().get(before).text());
    }

    @Test
    void selectingAnotherEventKeepsAnEditorWithChangesOnItsStatementAndClosesOneWithout() {
        inline.edit(statement("s1"), "syria");
        form().textProperty().set("kept words");
        main.selectedEventProperty().set(event("talks"));
        assertNotNull(form(), "kept while its event is not shown");
        assertEquals("kept words", form().textProperty().get());
        main.selectedEventProperty().set(event("call"));
        assertTrue(inline.isEditing("s1", "syria"));

        inline.cancel();
        inline.edit(statement("s1"), "syria");
        main.selectedEventProperty().set(event("talks"));
        assertNull(form(), "nothing typed, nothing to keep");
    }

    @Test
    void editingAnotherStatementWhileOneHasChangesShowsThatOneAgainInstead() {
        inline.edit(statement("s1"), "syria");
        form().textProperty().set("kept words");
        main.selectedEventProperty().set(event("talks"));
        assertFalse(inline.edit(statement("s7"), "syria"));
        assertEquals("call", main.selectedEventProperty().get().id(), "its event is shown again");
        assertTrue(inline.isEditing("s1", "syria"));
        assertEquals("kept words", form().textProperty().get());

        inline.cancel();
        inline.edit(statement("s1"), "syria");
        assertTrue(inline.edit(statement("s2"), "syria"), "an editor without changes gives way");
        assertTrue(inline.isEditing("s2", "syria"));
    }

    @Test
    void deletingTheEventClosesItsEditor() {
        inline.edit(statement("s7"), "syria");
        form().textProperty().set("typed");
        main.selectedEventProperty().set(event("talks"));
        main.editing().deleteSelected();
        assertNull(form());
    }

    private static Statement renamed(Statement s, String text) {
        return new Statement(s.id(), s.eventId(), s.actorId(), s.topicIds(), text, s.kind(), s.sourceId(), s.date());
    }

    @Test
    void theOpenEditorsMessagesFollowViewLanguage() {
        main.language().languageProperty().set(app.counterpoint.i18n.Language.GERMAN);
        assertTrue(inline.edit(statement("s1"), "syria"));
        form().textProperty().set(" ");
        assertEquals("darf nicht leer sein", form().textProblemProperty().get());
        main.language().languageProperty().set(app.counterpoint.i18n.Language.RUSSIAN);
        assertEquals("не может быть пустым", form().textProblemProperty().get(), "switched while open");
    }

    @Test
    void theLanguageSaidInAndTheWordsAsSaidAreEditedAndChecked() {
        assertTrue(inline.edit(statement("s1"), "syria"));
        form().originalProperty().set("Слова");
        assertTrue(inline.isChanged());
        assertFalse(form().langProblemProperty().get().isEmpty(), "words as said need their language");
        assertFalse(inline.commit(), "not while the language is missing");
        form().langProperty().set("ru_RU");
        assertTrue(
                form().langProblemProperty().get().contains("hyphen"),
                form().langProblemProperty().get());
        form().langProperty().set("ru");
        assertEquals("", form().langProblemProperty().get());
        assertTrue(inline.commit());
        assertEquals(
                new app.counterpoint.model.OriginalWords("ru", "Слова"),
                statement("s1").original());

        assertTrue(inline.edit(statement("s1"), "syria"));
        assertEquals("ru", form().langProperty().get(), "the editor opens with them");
        form().langProperty().set("");
        form().originalProperty().set("");
        assertTrue(inline.commit());
        assertEquals(null, statement("s1").original(), "cleared: the words are the ones said");
    }
}
