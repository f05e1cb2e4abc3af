package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which dragged file a drop opens and what the status line says, on real files and folders. */
class FileDropTest {

    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    @TempDir
    Path dir;

    private File file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "{}").toFile();
    }

    private File folder(String name) throws IOException {
        return Files.createDirectory(dir.resolve(name)).toFile();
    }

    @Test
    void oneFileOpensAndIsNamed() throws IOException {
        File story = file("story.json");
        assertEquals(Optional.of(story.toPath()), FileDrop.fileToOpen(List.of(story)));
        assertEquals("Drop to open story.json", FileDrop.hint(List.of(story), ENGLISH));
    }

    @Test
    void ofSeveralFilesTheFirstOpensAndTheHintSaysTheRestAreLeftOut() throws IOException {
        List<File> dragged = List.of(file("a.csv"), file("b.json"), file("c.txt"));
        assertEquals(Optional.of(dir.resolve("a.csv")), FileDrop.fileToOpen(dragged));
        assertEquals(
                "Drop to open a.csv (one file at a time: the other 2 are left out)", FileDrop.hint(dragged, ENGLISH));
        assertEquals(
                "Drop to open a.csv (one file at a time: the other is left out)",
                FileDrop.hint(dragged.subList(0, 2), ENGLISH));
        assertEquals(
                "Loslassen, um a.csv zu öffnen (eine Datei nach der anderen: die anderen 2 bleiben weg)",
                FileDrop.hint(dragged, Messages.of(Language.GERMAN)));
    }

    @Test
    void aFolderIsPassedOverForTheFileAfterIt() throws IOException {
        List<File> dragged = List.of(folder("stories"), file("story.json"));
        assertEquals(Optional.of(dir.resolve("story.json")), FileDrop.fileToOpen(dragged));
    }

    @Test
    void foldersAloneOrNothingAreRefusedWithAReason() throws IOException {
        List<File> folders = List.of(folder("one"), folder("two"));
        assertTrue(FileDrop.fileToOpen(folders).isEmpty());
        assertEquals("A folder cannot be opened: drop a story file (.json or .csv)", FileDrop.hint(folders, ENGLISH));
        assertTrue(FileDrop.fileToOpen(List.of()).isEmpty());
        assertEquals("Nothing to open here", FileDrop.hint(List.of(), ENGLISH));
    }

    @Test
    void aFileNotYetThereIsStillOfferedSoItsOpeningReportsWhatIsWrong() {
        // the drop does not read the file: the loader says where it fails, with file:line:column
        File missing = dir.resolve("gone.json").toFile();
        assertEquals(Optional.of(missing.toPath()), FileDrop.fileToOpen(List.of(missing)));
    }
}
