package app.counterpoint.viewmodel.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.model.Story;

/** What every edit must do: apply, revert to the very story it was made for, apply again, and pass check. */
final class EditAssertions {

    private static final StoryWriter WRITER = new StoryWriter();
    private static final StoryReader READER = new StoryReader();

    private EditAssertions() {}

    /** The story after the edit, once apply, revert and redo have been checked. */
    static Story appliesAndReverts(Story before, StoryEdit edit) {
        Story after = edit.change().apply(before);
        passesCheck(after);
        Story reverted = edit.change().revert(after);
        assertEquals(before, reverted, "revert gives the story back");
        assertEquals(after, edit.change().apply(reverted), "redo gives the same story again");
        return after;
    }

    /** The story, saved and read back, is valid and the same story: no edit can leave one that check rejects. */
    static void passesCheck(Story story) {
        LoadResult read;
        try {
            read = READER.read("edited.json", WRITER.toBytes(story));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(read.isValid(), () -> "check rejects the edited story: " + read.problems());
        assertEquals(story, read.story());
    }
}
