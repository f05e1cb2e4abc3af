package app.counterpoint.view.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.view.MainWindow;
import app.counterpoint.view.details.DetailsPane;
import app.counterpoint.viewmodel.compare.ComparisonFixture;
import app.counterpoint.viewmodel.details.DetailsViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Arabic words in the English window, as an Arabic story shows them: a quote stands upright in a face that has Arabic
 * letters (the serif italic has none and drew stray marks), and words that wrap stay on their own lines (JavaFX 21
 * drew the rest of the paragraph on each line of a wrapped right-to-left piece, past the card's edge).
 */
@ExtendWith(ApplicationExtension.class)
class RightToLeftWordsTest {

    private static final String WORDS = "قالت الإدارة إنها ستدرس الاقتراح في الاجتماع القادم.";

    private final ComparisonFixture comparison = new ComparisonFixture();
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        Scene scene = new Scene(root, 900, 600);
        scene.getStylesheets().addAll(MainWindow.STYLESHEET, ComparisonTabs.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anArabicQuoteStandsUprightInAFaceWithArabicLettersAndArabicNamesWrapWordByWord(FxRobot robot) {
        LoadResult read = new StoryOpener().openResource("stories/valid/lesson-ar.json");
        assertTrue(read.isValid(), read.problems()::toString);
        robot.interact(() -> {
            root.getChildren().setAll(new ComparisonPane(comparison.comparison(), new LanguageViewModel(), url -> {}));
            comparison.open(read.story(), read.story().events().get(0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Text> quoted =
                robot.lookup(".statement-card.quote .statement-text .plain-word").queryAllAs(Text.class).stream()
                        .toList();
        assertFalse(quoted.isEmpty(), "the story has Arabic quotes");
        assertTrue(robot.lookup(".topic-name").queryAll().isEmpty(), "no topic's Arabic name is a wrapping label");
        assertTrue(robot.lookup(".actor-name").queryAll().isEmpty(), "no side's Arabic name is a wrapping label");
        assertTrue(
                robot.lookup(".topic-name-words .plain-word").queryAll().size() > 2,
                "the topics' names are laid out word by word");
        for (Text t : quoted) {
            String face = t.getFont().getName() + " / " + t.getFont().getStyle();
            assertFalse(
                    face.toLowerCase().contains("italic") || face.toLowerCase().contains("oblique"), face);
            assertFalse(
                    t.getFont().getFamily().toLowerCase().contains("serif")
                            && !t.getFont().getFamily().toLowerCase().contains("sans"),
                    face);
        }
    }

    @Test
    void wrappedRightToLeftWordsAreDrawnInsideTheirBox(FxRobot robot) {
        Pane[] box = new Pane[1];
        robot.interact(() -> {
            HighlightedText words = new HighlightedText(WORDS, List.of());
            words.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            VBox card = new VBox(words);
            card.setStyle("-fx-font-size: 15px; -fx-background-color: white;");
            card.setMaxSize(150, VBox.USE_PREF_SIZE);
            VBox page = new VBox(card);
            page.setStyle("-fx-background-color: white;");
            root.getChildren().setAll(page);
            box[0] = card;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        Bounds[] card = new Bounds[1];
        robot.interact(() -> {
            shot[0] = root.snapshot(null, null);
            card[0] = box[0].localToScene(box[0].getLayoutBounds());
        });
        assertTrue(card[0].getHeight() > 40, "the words wrap onto more than one line: " + card[0]);
        PixelReader pixels = shot[0].getPixelReader();
        int inked = 0;
        for (int y = (int) card[0].getMinY(); y < card[0].getMaxY(); y++) {
            for (int x = (int) card[0].getMaxX() + 4; x < shot[0].getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (c.getBrightness() < 0.6) {
                    inked++;
                }
            }
        }
        assertTrue(inked == 0, inked + " dark pixels to the right of the box " + card[0]);
    }

    @Test
    void anArabicTitleInTheDetailsWrapsWordByWordInsideThePane(FxRobot robot) {
        LoadResult read = new StoryOpener().openResource("stories/valid/lesson-ar.json");
        assertTrue(read.isValid(), read.problems()::toString);
        Story story = read.story();
        ReadOnlyObjectWrapper<Story> shown = new ReadOnlyObjectWrapper<>(story);
        SimpleObjectProperty<Event> selected =
                new SimpleObjectProperty<>(story.events().get(0));
        DetailsPane[] pane = new DetailsPane[1];
        robot.interact(() -> {
            pane[0] = new DetailsPane(
                    new DetailsViewModel(shown.getReadOnlyProperty(), selected), new LanguageViewModel());
            pane[0].setMaxWidth(180);
            StackPane.setAlignment(pane[0], javafx.geometry.Pos.TOP_LEFT);
            root.getChildren().setAll(pane[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Text> words = robot.lookup(".details-title-marked .plain-word").queryAllAs(Text.class).stream()
                .toList();
        assertTrue(words.size() > 1, "the Arabic title is laid out word by word");
        assertTrue(robot.lookup(".details-title").queryAll().isEmpty(), "no wrapped label draws it");
    }

    @Test
    void aPresentationTitleOrCaptionInArabicIsLaidOutWordByWordAndBackToALabelInEnglish(FxRobot robot) {
        javafx.scene.control.Label caption = new javafx.scene.control.Label("Talks in Lakeside");
        caption.setWrapText(true);
        StackPane[] slot = new StackPane[1];
        robot.interact(() -> {
            slot[0] = app.counterpoint.view.RightToLeftWords.slot(caption, "presentation-caption-words");
            root.getChildren().setAll(slot[0]);
        });
        assertTrue(slot[0].getChildren().get(0) == caption, "English stays a label");
        robot.interact(() -> caption.setText(WORDS));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node shown = slot[0].getChildren().get(0);
        assertTrue(shown instanceof HighlightedText, "Arabic is laid out word by word: " + shown);
        assertTrue(shown.getStyleClass().contains("presentation-caption-words"));
        assertTrue(
                robot.lookup(".presentation-caption-words .plain-word")
                                .queryAll()
                                .size()
                        > 3,
                "one piece a word");
        robot.interact(() -> caption.setText("Back in English"));
        assertTrue(slot[0].getChildren().get(0) == caption);
    }
}
