package app.counterpoint.view.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The audit sees a word broken in two in a wrapping label that has a shape beside its words (a topic's or a side's),
 * as it does in one without: the shape takes its room from the words'.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutAuditFindsBrokenWordsTest {

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    private List<String> auditOf(FxRobot robot, Label label) {
        robot.interact(() -> {
            stage.setScene(new Scene(new VBox(label), 400, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        List<String>[] findings = new List[1];
        robot.interact(() -> findings[0] = LayoutAudit.audit(stage.getScene(), Set.of()));
        return findings[0];
    }

    private static Label wrapping(String text, double width) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinWidth(width);
        label.setPrefWidth(width);
        label.setMaxWidth(width);
        return label;
    }

    @Test
    void aWordTooWideForTheRoomBesideItsShapeIsFound(FxRobot robot) {
        Label label = wrapping("Wasserversorgungsunternehmen", 200);
        label.setGraphic(new Rectangle(80, 12));
        List<String> findings = auditOf(robot, label);
        assertTrue(
                findings.stream().anyMatch(f -> f.contains("breaks the word \"Wasserversorgungsunternehmen\"")),
                findings.toString());
    }

    @Test
    void theSameWordWithRoomBesideItsShapeIsNot(FxRobot robot) {
        Label label = wrapping("Wasserversorgungsunternehmen", 390);
        label.setGraphic(new Rectangle(12, 12));
        List<String> findings = auditOf(robot, label);
        assertEquals(
                List.of(),
                findings.stream().filter(f -> f.contains("breaks the word")).toList());
    }
}
