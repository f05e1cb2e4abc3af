package app.counterpoint.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.SampleStories;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statement CSV the app writes is the one it reads: a spreadsheet round trip keeps what a sheet can hold. */
class StatementsCsvWriterTest {

    private final StoryOpener opener = new StoryOpener();

    @Test
    void exportedStatementsOpenAsTheSameStatements() {
        Story story = SampleStories.phoneCall();
        LoadResult back = opener.open("sheet.csv", StatementsCsvWriter.toBytes(story));
        assertTrue(back.isValid(), back.problems()::toString);
        assertEquals(StoryFormat.STATEMENTS_CSV, back.format());
        Story read = back.story();
        assertEquals(story.statements().size(), read.statements().size());
        for (int i = 0; i < story.statements().size(); i++) {
            Statement a = story.statements().get(i);
            Statement b = read.statements().get(i);
            assertEquals(a.text(), b.text());
            assertEquals(a.kind(), b.kind());
            assertEquals(
                    story.actor(a.actorId()).orElseThrow().name(),
                    read.actor(b.actorId()).orElseThrow().name());
            assertEquals(
                    a.topicIds().stream()
                            .map(t -> story.topic(t).orElseThrow().label())
                            .toList(),
                    b.topicIds().stream()
                            .map(t -> read.topic(t).orElseThrow().label())
                            .toList());
            assertEquals(
                    story.event(a.eventId()).orElseThrow().start(),
                    read.event(b.eventId()).orElseThrow().start());
        }
    }

    @Test
    void theTemplateOpensAsAStoryWithTwoStatements() {
        LoadResult template = opener.open("template.csv", StatementsCsvWriter.template());
        assertTrue(template.isValid(), template.problems()::toString);
        assertEquals(2, template.story().statements().size());
        assertEquals(
                List.of("White House", "Kremlin"),
                template.story().actors().stream().map(a -> a.name()).toList());
    }
}
