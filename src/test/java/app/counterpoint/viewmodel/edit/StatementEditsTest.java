package app.counterpoint.viewmodel.edit;

import static app.counterpoint.viewmodel.edit.EditAssertions.appliesAndReverts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.viewmodel.SampleStories;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementEditsTest {

    private final Story story = SampleStories.phoneCall();

    private Statement statement(Story s, String id) {
        return s.statements().stream()
                .filter(st -> st.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Statement moved(Statement s, String actor, List<String> topics) {
        return new Statement(s.id(), s.eventId(), actor, topics, s.text(), s.kind(), s.sourceId(), s.date());
    }

    @Test
    void addWhatASideSaid() {
        Statement said = new Statement(
                StatementEdits.freshId(story, "talks"),
                "talks",
                "kr",
                List.of("syria"),
                "Moscow welcomes the talks",
                StatementKind.PARAPHRASE,
                null,
                StoryDate.parse("2017-05-03"));
        StoryEdit edit = StatementEdits.add(story, said);
        Story after = appliesAndReverts(story, edit);
        assertEquals("Add what Kremlin said", edit.name());
        assertEquals("talks-statement", said.id());
        assertEquals(said, after.statements().get(7));
    }

    @Test
    void moveAStatementToAnotherTopicRowOrSideColumn() {
        Statement s1 = statement(story, "s1");
        Story row = appliesAndReverts(
                story,
                StatementEdits.change(
                        story, s1, moved(s1, "wh", List.of("nk")), EditName.of("editName.statement.move")));
        assertEquals(List.of("nk"), statement(row, "s1").topicIds());
        Story column = appliesAndReverts(story, StatementEdits.change(story, s1, moved(s1, "kr", s1.topicIds())));
        assertEquals("kr", statement(column, "s1").actorId());
    }

    @Test
    void editAndDelete() {
        Statement s2 = statement(story, "s2");
        Statement quoted = new Statement(
                "s2",
                "call",
                "kr",
                List.of("syria"),
                "strengthen the ceasefire regime",
                StatementKind.QUOTE,
                "article",
                StoryDate.parse("2017-05-02"));
        Story after = appliesAndReverts(story, StatementEdits.change(story, s2, quoted));
        assertEquals(StatementKind.QUOTE, statement(after, "s2").kind());
        Story deleted = appliesAndReverts(story, StatementEdits.delete(story, s2));
        assertEquals(6, deleted.statements().size());
    }

    @Test
    void anInvalidStatementIsRefused() {
        Statement s1 = statement(story, "s1");
        assertEquals(
                "Text: must not be empty",
                assertThrows(
                                InvalidEditException.class,
                                () -> StatementEdits.change(
                                        story,
                                        s1,
                                        new Statement(
                                                "s1",
                                                "call",
                                                "wh",
                                                List.of("syria"),
                                                "  ",
                                                StatementKind.QUOTE,
                                                null,
                                                null)))
                        .getMessage());
        assertEquals(
                "Side: unknown actor 'un' (known: wh, kr)",
                assertThrows(
                                InvalidEditException.class,
                                () -> StatementEdits.change(story, s1, moved(s1, "un", s1.topicIds())))
                        .getMessage());
    }
}
