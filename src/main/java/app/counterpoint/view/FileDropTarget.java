package app.counterpoint.view;

import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;

/**
 * A file dragged onto the window opens like File › Open: while it is held over the window, the window shows whether
 * it takes it ({@code :drop-target}, or {@code :drop-refused} for only folders) and the status line says what a drop
 * would do; {@link FileDrop} decides both.
 */
final class FileDropTarget {

    /** Shown on the window while a file is dragged over it. */
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    /** Shown while only what cannot be opened (folders) is dragged over it; the status line says why. */
    private static final PseudoClass DROP_REFUSED = PseudoClass.getPseudoClass("drop-refused");

    private final Region window;
    private final StatusBar statusBar;

    private FileDropTarget(Region window, StatusBar statusBar) {
        this.window = window;
        this.statusBar = statusBar;
    }

    /** @param open opens the dropped file (after asking about unsaved changes) */
    static void install(Region window, StatusBar statusBar, LanguageViewModel language, Consumer<Path> open) {
        FileDropTarget target = new FileDropTarget(window, statusBar);
        window.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                List<File> dragged = e.getDragboard().getFiles();
                boolean takes = FileDrop.fileToOpen(dragged).isPresent();
                if (takes) {
                    e.acceptTransferModes(TransferMode.COPY);
                }
                window.pseudoClassStateChanged(DROP_TARGET, takes);
                window.pseudoClassStateChanged(DROP_REFUSED, !takes);
                statusBar.showHint(FileDrop.hint(dragged, language.messages()));
            }
            e.consume();
        });
        window.setOnDragExited(e -> target.end());
        window.setOnDragDropped((DragEvent e) -> {
            Optional<Path> file = e.getDragboard().hasFiles()
                    ? FileDrop.fileToOpen(e.getDragboard().getFiles())
                    : Optional.empty();
            file.ifPresent(open);
            e.setDropCompleted(file.isPresent());
            target.end();
            e.consume();
        });
    }

    private void end() {
        window.pseudoClassStateChanged(DROP_TARGET, false);
        window.pseudoClassStateChanged(DROP_REFUSED, false);
        statusBar.showKeyboardHint();
    }
}
