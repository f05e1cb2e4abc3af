package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a window manager on Linux did to the app's dialogs, played here by hand: a dialog that came up at 200 by 200
 * pixels is sized to its content, and the window behind a modal dialog, shrunk while it was up, gets its size back.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsFitTheirContentTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 1024, 768));
        stage.show();
        DialogsFitTheirContent.install();
    }

    private static Dialog<ButtonType> dialogOf(Stage owner, double width, double height) {
        Region content = new Region();
        content.setPrefSize(width, height);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        return dialog;
    }

    @Test
    void aDialogThatCameUpTooSmallIsSizedToItsContent(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Dialog<ButtonType>[] made = new Dialog[1];
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            made[0] = dialogOf(owner, 500, 300);
            made[0].show();
            window[0] = (Stage) made[0].getDialogPane().getScene().getWindow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window[0].setWidth(200); // as the window manager showed it
            window[0].setHeight(200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> DialogsFitTheirContent.fit(window[0])); // what install() asks for once a dialog is shown
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window[0].getWidth() >= 500, "the dialog's width: " + window[0].getWidth());
        assertTrue(window[0].getHeight() >= 300, "the dialog's height: " + window[0].getHeight());
        robot.interact(made[0]::close);
    }

    @Test
    void theWindowBehindAModalDialogGetsItsSizeBackWhenTheDialogCloses(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Dialog<ButtonType>[] made = new Dialog[1];
        robot.interact(() -> {
            made[0] = dialogOf(owner, 300, 200);
            Dialog<ButtonType> dialog = made[0];
            Stage window = (Stage) dialog.getDialogPane().getScene().getWindow();
            // as the window manager did once the dialog was up: the main window at its smallest
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> owner.setHeight(600));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(made[0]::close);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(768, owner.getHeight(), 1, "the main window's height once the dialog is closed");
        assertEquals(1024, owner.getWidth(), 1);
    }
}
