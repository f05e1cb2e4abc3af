package app.counterpoint.viewmodel.edit;

import static app.counterpoint.fixture.EventBuilder.event;
import static app.counterpoint.fixture.StoryBuilder.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event and statement forms: each field checked as typed, and a commit refused until all are right. */
class FormViewModelsTest {

    private static final Topic WAR = new Topic("war", "War", "#aa0000", null);
    private static final Topic TRADE = new Topic("trade", "Trade", "#00aa00", null);
    private static final Actor US = new Actor("us", "United States", "#0000aa", null);
    private static final Event STRIKE = event("strike")
            .titled("Strike")
            .on("2017-04-07")
            .topics("war")
            .actors("us")
            .build();
    private static final Story STORY = story("S")
            .actors(US)
            .topics(WAR, TRADE)
            .events(STRIKE)
            .statements(List.of(
                    new Statement("s1", "strike", "us", List.of("war"), "We struck.", StatementKind.QUOTE, null, null)))
            .build();

    @Test
    void anEventFormMarksEachWrongFieldAndRefusesToCommitUntilTheyAreRight() {
        EventFormViewModel form = EventFormViewModel.forNew(STORY, null, List.of("trade"));

        assertEquals("must not be empty", form.titleProblemProperty().get());
        assertEquals("a date is required", form.startProblemProperty().get());
        assertEquals("", form.endProblemProperty().get(), "an end may be left out");
        assertFalse(form.validProperty().get());
        assertTrue(form.edit().isEmpty());
        assertEquals("Correct the marked fields first.", form.problemProperty().get());
        assertEquals(
                List.of(false, true),
                form.topics().stream().map(FormChoice::isSelected).toList());

        form.titleProperty().set("Talks");
        form.startProperty().set("2017-05-03");
        form.endProperty().set("2017-05-01");
        assertEquals("", form.problemProperty().get(), "a new check clears the refusal");
        assertTrue(form.endProblemProperty().get().contains("before the start date"));
        assertEquals("2017-05-01 (1 May 2017)", form.endShownProperty().get(), "the end is understood though wrong");
        assertFalse(form.validProperty().get());

        form.endProperty().set("  ");
        assertEquals("", form.endProblemProperty().get());
        assertEquals("", form.endShownProperty().get());
        assertEquals("2017-05-03 (3 May 2017)", form.startShownProperty().get());
        assertTrue(form.validProperty().get());
        StoryEdit edit = form.edit().orElseThrow();
        Event added = edit.change().apply(STORY).events().stream()
                .filter(e -> !e.id().equals("strike"))
                .findFirst()
                .orElseThrow();
        assertEquals("Talks", added.title());
        assertEquals(StoryDate.parse("2017-05-03"), added.start());
        assertEquals(List.of("trade"), added.topicIds());
    }

    @Test
    void anEventFormEditsTheEventItWasOpenedOn() {
        EventFormViewModel form = EventFormViewModel.forEdit(STORY, STRIKE);
        assertFalse(form.isNew());
        assertEquals("Strike", form.titleProperty().get());
        assertEquals(
                List.of(true), form.sides().stream().map(FormChoice::isSelected).toList());
        form.summaryProperty().set("  Missiles.  ");
        StoryEdit edit = form.edit().orElseThrow();
        assertEquals(
                "Missiles.",
                edit.change().apply(STORY).event("strike").orElseThrow().summary());
    }

    @Test
    void aStatementFormNeedsTextAndATopicAndChecksAnOptionalDate() {
        StatementFormViewModel form = StatementFormViewModel.forNew(STORY, "strike", "us", null);

        assertEquals("must not be empty", form.textProblemProperty().get());
        assertEquals(
                "a statement needs at least one topic",
                form.topicsProblemProperty().get());
        assertEquals("", form.dateProblemProperty().get());
        assertTrue(form.edit().isEmpty());
        assertEquals("Correct the marked fields first.", form.problemProperty().get());

        form.textProperty().set(" We talk. ");
        form.topics().get(1).selectedProperty().set(true);
        form.dateProperty().set("not a date");
        assertEquals("", form.problemProperty().get());
        assertFalse(form.dateProblemProperty().get().isEmpty());
        assertEquals("", form.dateShownProperty().get());
        assertFalse(form.validProperty().get());

        form.dateProperty().set("May 2017");
        assertEquals("2017-05 (May 2017)", form.dateShownProperty().get());
        assertTrue(form.validProperty().get());
        StoryEdit edit = form.edit().orElseThrow();
        Statement added = edit.change().apply(STORY).statements().get(1);
        assertEquals("We talk.", added.text());
        assertEquals(List.of("trade"), added.topicIds());
        assertEquals(StoryDate.parse("2017-05"), added.date());
    }

    @Test
    void aStatementFormEditsTheStatementItWasOpenedOn() {
        Statement said = STORY.statements().get(0);
        StatementFormViewModel form = StatementFormViewModel.forEdit(STORY, said);
        assertFalse(form.isNew());
        assertEquals(
                List.of(true, false),
                form.topics().stream().map(FormChoice::isSelected).toList());
        assertEquals(StatementKind.QUOTE, form.kindProperty().get());
        form.textProperty().set("We struck at dawn.");
        StoryEdit edit = form.edit().orElseThrow();
        assertEquals(
                "We struck at dawn.",
                edit.change().apply(STORY).statement("s1").orElseThrow().text());
    }

    @Test
    void theFieldsMessagesFollowTheFormsLanguage() {
        EventFormViewModel event = EventFormViewModel.forNew(STORY, null, List.of("trade"));
        event.languageProperty().set(app.counterpoint.i18n.Language.GERMAN);
        assertEquals("darf nicht leer sein", event.titleProblemProperty().get());
        assertTrue(event.edit().isEmpty());
        assertEquals(
                "Berichtigen Sie zuerst die markierten Felder.",
                event.problemProperty().get());
        event.languageProperty().set(app.counterpoint.i18n.Language.ENGLISH);
        assertEquals("must not be empty", event.titleProblemProperty().get(), "a switch words the fields again");
    }

    /** The date as understood is read back in the form's language, deep time too: it was English in every one. */
    @Test
    void theDateAsUnderstoodIsInTheFormsLanguage() {
        EventFormViewModel event = EventFormViewModel.forNew(STORY, null, List.of("trade"));
        event.startProperty().set("2017-05-03");
        event.languageProperty().set(app.counterpoint.i18n.Language.GERMAN);
        assertEquals("2017-05-03 (3. Mai 2017)", event.startShownProperty().get());
        event.startProperty().set("-540000000");
        assertEquals(
                "-540000000 (vor 540 Millionen Jahren)",
                event.startShownProperty().get());
        event.languageProperty().set(app.counterpoint.i18n.Language.RUSSIAN);
        assertEquals(
                "-540000000 (540 млн лет назад)", event.startShownProperty().get());
    }
}
