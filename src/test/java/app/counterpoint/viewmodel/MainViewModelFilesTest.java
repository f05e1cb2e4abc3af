package app.counterpoint.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.TestResources;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.FileNotWrittenException;
import app.counterpoint.model.Story;
import app.counterpoint.model.Tour;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening every format, cancelling, saving and exporting through the main view model. */
class MainViewModelFilesTest {

    private final List<Runnable> backgroundTasks = new ArrayList<>();
    private final MainViewModel viewModel = new MainViewModel(new StoryReader(), backgroundTasks::add, Runnable::run);

    private void runBackground() {
        while (!backgroundTasks.isEmpty()) {
            List<Runnable> tasks = List.copyOf(backgroundTasks);
            backgroundTasks.clear();
            tasks.forEach(Runnable::run);
        }
    }

    @Test
    void everyImportableFormatOpensAndAnImportHasNoFileToSaveBackTo(@TempDir Path dir) throws IOException {
        for (String resource :
                List.of("import/timelinejs-full.json", "import/timelinejs-sheet.csv", "import/statements.csv")) {
            viewModel.open(TestResources.copy(resource, dir));
            runBackground();
            assertNull(viewModel.lastFailureProperty().get(), resource);
            assertNotNull(viewModel.storyProperty().get());
            assertNull(viewModel.currentFileProperty().get(), "an import is never overwritten by Save");
            assertFalse(viewModel.files().save(), "Save asks for a name instead");
        }
    }

    /** What the start-up log and the open benchmark print: every stage of an open, in the order they ran. */
    @Test
    void anOpenTellsWhereItsTimeWent(@TempDir Path dir) throws IOException {
        assertNull(viewModel.lastLoadTimesProperty().get());
        long before = System.nanoTime();
        viewModel.open(TestResources.copy("stories/valid/minimal.json", dir));
        runBackground();
        LoadTimes times = viewModel.lastLoadTimesProperty().get();
        assertNotNull(times);
        assertEquals("minimal.json", times.name());
        assertTrue(times.started() >= before && times.shown() <= System.nanoTime());
        assertTrue(times.read() > 0 && times.prepare() >= 0 && times.handOver() >= 0 && times.show() >= 0);
        assertEquals(times.total(), times.read() + times.prepare() + times.handOver() + times.show(), "stages add up");

        viewModel.open(dir.resolve("missing.json"));
        runBackground();
        assertSame(times, viewModel.lastLoadTimesProperty().get(), "a failed open has no times");
    }

    @Test
    void aCounterpointFileIsSavedBackInPlace(@TempDir Path dir) throws IOException {
        Path file = TestResources.copy("stories/valid/minimal.json", dir);
        viewModel.open(file);
        runBackground();
        assertEquals(file, viewModel.currentFileProperty().get());
        Story before = viewModel.storyProperty().get();

        assertTrue(viewModel.files().save());
        runBackground();

        assertNull(viewModel.files().lastSaveErrorProperty().get());
        assertTrue(
                viewModel.statusProperty().get().startsWith("Saved minimal.json"),
                viewModel.statusProperty().get());
        assertEquals(before, new StoryOpener().open(file).story(), "load, save, load gives an equal story");
        assertTrue(Files.readString(file).startsWith("{\n  \"format\": \"counterpoint/1\""));
    }

    @Test
    void saveAsMakesTheNewFileCurrent(@TempDir Path dir) throws IOException {
        viewModel.open(TestResources.copy("import/statements.csv", dir));
        runBackground();
        Path target = dir.resolve("statements-story.json");

        viewModel.files().save(target);
        runBackground();

        assertEquals(target, viewModel.currentFileProperty().get());
        assertEquals("statements-story.json", viewModel.storyNameProperty().get());
        assertEquals(
                viewModel.storyProperty().get(), new StoryOpener().open(target).story());
    }

    @Test
    void aFailedSaveIsReportedAndChangesNothing(@TempDir Path dir) throws IOException {
        viewModel.open(TestResources.copy("stories/valid/minimal.json", dir));
        runBackground();
        Path current = viewModel.currentFileProperty().get();

        viewModel.files().save(dir.resolve("no-such-folder").resolve("x.json"));
        runBackground();

        assertNotNull(viewModel.files().lastSaveErrorProperty().get());
        assertTrue(
                viewModel.files().lastSaveErrorProperty().get().startsWith("x.json could not be saved: "),
                viewModel.files().lastSaveErrorProperty().get());
        assertEquals(current, viewModel.currentFileProperty().get());
    }

    /** The reason is the window's language's, and so is the sentence around it. */
    @Test
    void aFailedSaveSaysWhyInTheWindowsLanguage(@TempDir Path dir) throws IOException {
        viewModel.open(TestResources.copy("stories/valid/minimal.json", dir));
        runBackground();
        viewModel.language().languageProperty().set(Language.GERMAN);

        viewModel.files().save(dir);
        runBackground();

        assertEquals(
                dir.getFileName() + " konnte nicht gespeichert werden: das ist ein Ordner; geben Sie einen Dateinamen"
                        + " darin an, etwa story.json. Eine Datei, die dort schon liegt, bleibt unverändert.",
                viewModel.files().lastSaveErrorProperty().get());
        viewModel.language().languageProperty().set(Language.RUSSIAN);
        assertEquals(
                "Не удалось сохранить " + dir + ":\nэто папка; укажите имя файла в ней, например story.json",
                viewModel
                        .files()
                        .exportFailure(dir, new FileNotWrittenException(LocalText.of("problem.write.folder"))));
    }

    /** The worksheet and the slideshow are written in the window's language. */
    @Test
    void aTourIsExportedInTheWindowsLanguage(@TempDir Path dir) throws IOException {
        viewModel.open(TestResources.copy("stories/trump-putin-2017.json", dir));
        runBackground();
        viewModel.language().languageProperty().set(Language.FRENCH);
        Tour tour = viewModel.storyProperty().get().tours().get(0);

        Path page = dir.resolve("tour.html");
        viewModel.files().exportSlideshow(page, tour);

        String html = Files.readString(page);
        assertTrue(html.contains("<html lang=\"fr\" dir=\"ltr\">"), html);
        assertTrue(html.contains("Étape 1 sur " + tour.steps().size()), html);
        assertFalse(html.contains("Not mentioned"), html);
    }

    @Test
    void exportWritesTimelineJsAndKeepsTheCurrentFile(@TempDir Path dir) throws IOException {
        Path file = TestResources.copy("stories/valid/minimal.json", dir);
        viewModel.open(file);
        runBackground();
        Path exported = dir.resolve("web.json");

        viewModel.files().exportTimelineJs(exported);
        runBackground();

        assertTrue(Files.readString(exported, StandardCharsets.UTF_8).contains("\"start_date\""));
        assertEquals(file, viewModel.currentFileProperty().get());
    }

    @Test
    void cancellingDropsThePendingResultAndKeepsTheOldStory(@TempDir Path dir) throws IOException {
        viewModel.openBundledStory();
        runBackground();
        Story before = viewModel.storyProperty().get();

        viewModel.open(TestResources.copy("import/timelinejs-full.json", dir));
        assertTrue(viewModel.loadingProperty().get());
        viewModel.cancelLoading();
        assertFalse(viewModel.loadingProperty().get());
        runBackground();

        assertSame(before, viewModel.storyProperty().get());
        assertNull(viewModel.lastFailureProperty().get(), "a cancelled load is no failure");
    }

    @Test
    void aLaterOpenOvertakesAnEarlierOne(@TempDir Path dir) throws IOException {
        viewModel.open(TestResources.copy("import/timelinejs-full.json", dir));
        viewModel.open(TestResources.copy("import/statements.csv", dir));
        runBackground();
        assertEquals("statements.csv", viewModel.storyNameProperty().get());
    }

    @Test
    void progressIsReportedWhileReadingThenIndeterminate(@TempDir Path dir) throws IOException {
        List<Double> seen = new ArrayList<>();
        viewModel.loadProgressProperty().addListener((o, old, now) -> seen.add(now.doubleValue()));
        viewModel.open(TestResources.copy("import/timelinejs-sheet.csv", dir));
        runBackground();
        assertTrue(seen.contains(1.0), seen::toString);
        assertEquals(StoryOpener.INDETERMINATE, seen.get(seen.size() - 1));
    }

    @Test
    void theComparisonExportsAsMarkdownAndAsHtml(@TempDir Path dir) throws IOException {
        viewModel.openBundledStory();
        runBackground();
        Path md = dir.resolve("call.md");
        Path html = dir.resolve("call.html");
        viewModel.files().exportComparison(md, false);
        viewModel.files().exportComparison(html, true);
        String markdown = Files.readString(md);
        assertTrue(markdown.startsWith("## Trump and Putin speak by phone"), markdown);
        assertTrue(markdown.contains("| Topic | White House | Kremlin |"), markdown);
        String page = Files.readString(html);
        assertTrue(page.contains("<th>North Korea</th>"), page);
        assertTrue(page.contains("business-like"), page);
    }

    @Test
    void aFileThatOpensGoesToTheTopOfOpenRecentAndOneThatFailsDoesNot(@TempDir Path dir) throws IOException {
        Path good = TestResources.copy("import/timelinejs-full.json", dir);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        viewModel.open(good);
        runBackground();
        viewModel.open(bad);
        runBackground();
        assertEquals(
                List.of(good.toAbsolutePath().toString()), viewModel.settings().recentFiles());
        assertEquals(good.toAbsolutePath().toString(), viewModel.settings().lastStory());
    }
}
