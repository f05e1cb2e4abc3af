package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.about.AboutInfo;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help › About Counterpoint, opened from the real main window, and the icon it shows. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.empty(stage, 1000, 700, Runnable::run).window();
    }

    @Test
    void helpMenuOpensTheDialogWithVersionAndLicences(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem about = bar.getMenus().stream()
                .filter(m -> m.getText().equals("_Help"))
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "About Counterpoint".equals(i.getText()))
                .findFirst()
                .orElseThrow();
        Platform.runLater(about::fire);
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        assertEquals("Counterpoint " + AboutInfo.readVersion(), pane.getHeaderText());
        String licences =
                robot.lookup("#about-licences").queryAs(TextArea.class).getText();
        assertTrue(licences.contains("ControlsFX") && licences.contains("Apache License"), licences);
        Platform.runLater(() -> pane.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyWindowIconHasItsNominalSize() {
        var icons = AppIcons.forWindows();
        assertEquals(AppIcons.WINDOW_SIZES.size(), icons.size());
        for (int i = 0; i < icons.size(); i++) {
            Image icon = icons.get(i);
            int size = AppIcons.WINDOW_SIZES.get(i);
            assertTrue(!icon.isError(), "icon " + size + " did not load");
            assertEquals(size, icon.getWidth());
            assertEquals(size, icon.getHeight());
        }
    }
}
