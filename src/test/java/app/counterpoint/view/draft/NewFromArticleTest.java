package app.counterpoint.view.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.model.Story;
import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.viewmodel.MainViewModel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › New from Article the user's way: paste the seed article, give its date, review, accept all, make it. */
@ExtendWith(ApplicationExtension.class)
class NewFromArticleTest {

    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = MainWindowFixture.onBundledStory(stage, 1280, 800).viewModel();
    }

    @Test
    void theSeedArticleDraftedReviewedAndAcceptedOpensAsAValidStoryInTheEditor(FxRobot robot) throws Exception {
        String article;
        try (InputStream in = getClass().getResourceAsStream("/draft/seed-trump-putin.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        robot.clickOn("File").clickOn("#new-from-article");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea text = robot.lookup("#article-text").queryAs(TextArea.class);
        robot.interact(() -> text.setText(article)); // as a paste would
        robot.clickOn("Draft");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                robot.lookup("#article-message").queryAs(Label.class).getText().contains("YYYY-MM-DD"),
                "without a date it says what to type");
        robot.clickOn("#article-date").write("2017-05-02");
        robot.clickOn("Draft");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#draft-review").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".details-pane").tryQuery().isEmpty(), "the review list in the details' place");
        assertEquals(
                "Trump and Putin, spring 2017: one phone call, two accounts",
                viewModel.storyProperty().get().title(),
                "nothing enters unaccepted: the story shown is still the one open");

        robot.clickOn("#draft-accept-all");
        WaitForAsyncUtils.waitForFxEvents();
        String summary = robot.lookup("#draft-summary").queryAs(Label.class).getText();
        assertTrue(summary.matches("(\\d+) of \\1 accepted"), summary);
        robot.clickOn("#draft-make-story");
        WaitForAsyncUtils.waitForFxEvents();
        // the bundled story was not changed, so no question about unsaved changes comes first
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#draft-review").tryQuery().isEmpty());

        Story story = viewModel.storyProperty().get();
        assertTrue(
                story.statements().size() >= 12,
                "statements: " + story.statements().size());
        assertTrue(viewModel.editor().isModified(), "open in the editor, unsaved");
        LoadResult again = new StoryReader().read("draft.json", new StoryWriter().toBytes(story));
        assertTrue(again.isValid(), again.problems().toString());
        assertEquals(List.of(), again.warnings());
        assertTrue(robot.lookup(".details-pane").tryQuery().isPresent(), "the details come back");
    }
}
