package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javafx.geometry.NodeOrientation;
import org.junit.jupiter.api.Test;

/** A story's words take the direction of their first strong letter, as a paragraph does in Unicode's algorithm. */
class StoryTextDirectionTest {

    @Test
    void aQuoteRunsInTheDirectionItsLettersAreWrittenIn() {
        assertEquals(
                Optional.of(NodeOrientation.LEFT_TO_RIGHT),
                StoryTextDirection.of("\u201CThe filling will follow the season\u201D"));
        assertEquals(
                Optional.of(NodeOrientation.RIGHT_TO_LEFT),
                StoryTextDirection.of("\u00AB\u0627\u0644\u0645\u0644\u0621 \u0633\u064A\u062A\u0628\u0639\u00BB"));
        assertEquals(
                Optional.of(NodeOrientation.RIGHT_TO_LEFT), StoryTextDirection.of("2017 \u05E9\u05DC\u05D5\u05DD"));
        // Russian is written left to right like English
        assertEquals(
                Optional.of(NodeOrientation.LEFT_TO_RIGHT), StoryTextDirection.of("\u00AB\u041C\u0438\u0440\u00BB"));
    }

    @Test
    void aTextWithoutLettersFollowsTheWindow() {
        assertEquals(Optional.empty(), StoryTextDirection.of("2017 \u2013 2018 (3)"));
        assertEquals(Optional.empty(), StoryTextDirection.of(""));
        assertEquals(Optional.empty(), StoryTextDirection.of(null));
    }
}
