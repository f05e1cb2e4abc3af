package app.counterpoint.view;

import app.counterpoint.i18n.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What dragging files onto the window does, apart from the window: which dragged file opens, and what the status
 * line says meanwhile. One file opens at a time; its content, not its name, tells its format, so any file is taken.
 */
final class FileDrop {

    private FileDrop() {}

    /**
     * The file a drop opens: the first dragged that is not a folder. Empty when there is none, and then the window
     * refuses the drop.
     */
    static Optional<Path> fileToOpen(List<File> dragged) {
        return dragged.stream()
                .map(File::toPath)
                .filter(p -> !Files.isDirectory(p))
                .findFirst();
    }

    /** What the status line says while the files are held over the window. */
    static String hint(List<File> dragged, Messages messages) {
        Optional<Path> file = fileToOpen(dragged);
        if (file.isEmpty()) {
            return messages.text(dragged.isEmpty() ? "drop.nothing" : "drop.folder");
        }
        return messages.text("drop.open", String.valueOf(file.get().getFileName()), dragged.size() - 1);
    }
}
