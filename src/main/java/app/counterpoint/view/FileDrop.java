package app.counterpoint.view;

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
    static String hint(List<File> dragged) {
        Optional<Path> file = fileToOpen(dragged);
        if (file.isEmpty()) {
            return dragged.isEmpty()
                    ? "Nothing to open here"
                    : "A folder cannot be opened: drop a story file (.json or .csv)";
        }
        String name = String.valueOf(file.get().getFileName());
        int others = dragged.size() - 1;
        return "Drop to open " + name
                + switch (others) {
                    case 0 -> "";
                    case 1 -> " (one file at a time: the other is left out)";
                    default -> " (one file at a time: the other " + others + " are left out)";
                };
    }
}
