package app.counterpoint.view;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Every dialog and alert of the app opens at the size of what it holds, and leaves the window behind it as it was.
 * Under a window manager on Linux, JavaFX 21 shows a resizable dialog at about 200 by 200 pixels, its buttons cut to
 * "..." (the form of Edit › Add Event… and the table of Edit › Topics… among them), and while a modal dialog is up the
 * window it belongs to shrinks to its smallest size (the window manager is told it may not be resized). A dialog sized
 * to its scene once it is on screen is whole, and the window behind it is given back the bounds it had. Installed
 * once, it looks after every dialog window the app opens from then on, whoever makes it.
 */
public final class DialogsFitTheirContent {

    private static boolean installed;

    private DialogsFitTheirContent() {}

    /** From now on, each dialog window is sized to its content once shown. Call on the FX thread. */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                // a window is in the list while it is showing: added, it has just been shown
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof Stage stage && isDialog(stage)) {
                        opened(stage);
                    }
                }
            }
        });
    }

    private static boolean isDialog(Stage stage) {
        return stage.getScene() != null && stage.getScene().getRoot() instanceof DialogPane;
    }

    /** A dialog just shown: it is sized to its content, and its owner keeps its bounds while it is up and after. */
    static void opened(Stage dialog) {
        Stage owner = dialog.getOwner() instanceof Stage s && dialog.getModality() != Modality.NONE ? s : null;
        Bounds kept = owner == null ? null : Bounds.of(owner);
        Platform.runLater(() -> {
            fit(dialog);
            if (kept != null) {
                kept.restore(owner);
            }
        });
        if (kept != null) {
            dialog.showingProperty().addListener((o, was, showing) -> {
                if (!showing) {
                    Platform.runLater(() -> kept.restore(owner));
                }
            });
        }
    }

    /** Sizes a dialog's window to its content when it came up smaller than that. */
    static void fit(Stage stage) {
        if (!stage.isShowing() || stage.getScene() == null) {
            return;
        }
        DialogPane pane = (DialogPane) stage.getScene().getRoot();
        double width = pane.prefWidth(-1);
        double height = pane.prefHeight(width);
        // the window's own size is the one told first; its scene's follows at the next pulse
        double shownWidth = Math.min(stage.getWidth(), stage.getScene().getWidth());
        double shownHeight = Math.min(stage.getHeight(), stage.getScene().getHeight());
        if (shownWidth + 1 < width || shownHeight + 1 < height) {
            stage.sizeToScene();
        }
    }

    /** Where a window was and whether it filled the screen, to give it back. */
    private record Bounds(Rectangle2D area, boolean maximized, boolean fullScreen) {

        static Bounds of(Stage stage) {
            return new Bounds(
                    new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                    stage.isMaximized(),
                    stage.isFullScreen());
        }

        void restore(Stage stage) {
            if (fullScreen || !stage.isShowing()) {
                return; // full screen is the window manager's own, and a closed window keeps no size
            }
            boolean moved = Math.abs(stage.getWidth() - area.getWidth()) > 1
                    || Math.abs(stage.getHeight() - area.getHeight()) > 1;
            if (!moved) {
                return;
            }
            // a window shown maximized is told so again once the window manager has taken its old size
            stage.setMaximized(false);
            stage.setX(area.getMinX());
            stage.setY(area.getMinY());
            stage.setWidth(area.getWidth());
            stage.setHeight(area.getHeight());
            if (maximized) {
                Platform.runLater(() -> stage.setMaximized(true));
            }
        }
    }
}
