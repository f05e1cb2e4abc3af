package app.counterpoint.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.TestResources;
import app.counterpoint.io.StoryReader;
import app.counterpoint.settings.Settings;
import app.counterpoint.settings.SettingsStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story a launch opens, and what it opens instead when that file is broken: never an empty window. */
class FirstStoryTest {

    /** A settings node of its own; the build points java.util.prefs.userRoot into target/. */
    private final Preferences node = Preferences.userRoot().node("counterpoint-test/" + UUID.randomUUID());

    private final List<Runnable> backgroundTasks = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void clean() throws BackingStoreException {
        node.removeNode();
    }

    /** A view model as a launch makes it: its settings read, with {@code lastStory} as the last story opened. */
    private MainViewModel launchedWith(Path lastStory) {
        SettingsStore store = new SettingsStore(node);
        store.save(
                new Settings("LIGHT", 1.5, "SINGLE", List.of(), lastStory == null ? null : lastStory.toString(), null));
        MainViewModel viewModel = new MainViewModel(new StoryReader(), backgroundTasks::add, Runnable::run, store);
        viewModel.settings().load();
        return viewModel;
    }

    private void runBackground() {
        while (!backgroundTasks.isEmpty()) {
            List<Runnable> tasks = List.copyOf(backgroundTasks);
            backgroundTasks.clear();
            tasks.forEach(Runnable::run);
        }
    }

    @Test
    void aBrokenFileNamedAtLaunchOpensTheLastGoodStoryAndSaysSo() throws IOException {
        Path last = TestResources.copy("stories/valid/minimal.json", dir);
        Path broken = TestResources.copy("view/broken-story.json", dir);
        MainViewModel viewModel = launchedWith(last);

        viewModel.openFirstStory(List.of(broken.toString()));
        runBackground();

        assertNotNull(viewModel.storyProperty().get(), "the window is never left empty");
        assertEquals("minimal.json", viewModel.storyNameProperty().get());
        LoadFailure failure = viewModel.lastFailureProperty().get();
        assertNotNull(failure, "the broken file's problems are still reported");
        assertEquals("broken-story.json", failure.fileName());
        assertEquals(2, failure.problems().size(), failure.problems().toString());
        assertEquals("Counterpoint opened the story you had open last, minimal.json, in its place.", failure.outcome());
        assertEquals(last.toString(), viewModel.settings().lastStory(), "the broken file is not remembered");
    }

    @Test
    void aBrokenFileNamedAtFirstLaunchOpensTheBundledStoryAndSaysSo() throws IOException {
        Path broken = TestResources.copy("view/broken-story.json", dir);
        MainViewModel viewModel = launchedWith(null);

        viewModel.openFirstStory(List.of(broken.toString()));
        runBackground();

        assertEquals("trump-putin-2017.json", viewModel.storyNameProperty().get());
        LoadFailure failure = viewModel.lastFailureProperty().get();
        assertEquals("broken-story.json", failure.fileName());
        assertEquals("Counterpoint opened its example story in its place.", failure.outcome());
        assertTrue(
                failure.advice().endsWith("Fix these problems in broken-story.json and open it again."),
                failure.advice());
    }

    @Test
    void aLastStoryThatBrokeSinceOpensTheBundledStoryInstead() throws IOException {
        Path broken = TestResources.copy("view/broken-story.json", dir);
        MainViewModel viewModel = launchedWith(broken);

        viewModel.openFirstStory(List.of());
        runBackground();

        assertEquals("trump-putin-2017.json", viewModel.storyNameProperty().get());
        assertEquals("broken-story.json", viewModel.lastFailureProperty().get().fileName());
    }

    @Test
    void aBrokenLastStoryIsNoFallbackForABrokenNamedFile() throws IOException {
        Path brokenLast = TestResources.copy("stories/invalid/syntax-error.json", dir);
        Path broken = TestResources.copy("view/broken-story.json", dir);
        MainViewModel viewModel = launchedWith(brokenLast);

        viewModel.openFirstStory(List.of(broken.toString()));
        runBackground();

        assertEquals("trump-putin-2017.json", viewModel.storyNameProperty().get());
        LoadFailure failure = viewModel.lastFailureProperty().get();
        assertEquals("broken-story.json", failure.fileName(), "the file the user named is the one reported");
        assertEquals("Counterpoint opened its example story in its place.", failure.outcome());
    }

    @Test
    void aGoodFileNamedAtLaunchOpensWithNoProblems() throws IOException {
        Path good = TestResources.copy("stories/valid/minimal.json", dir);
        MainViewModel viewModel = launchedWith(null);

        viewModel.openFirstStory(List.of(good.toString()));
        runBackground();

        assertEquals("minimal.json", viewModel.storyNameProperty().get());
        assertNull(viewModel.lastFailureProperty().get());
    }

    @Test
    void aFileThatFailsWhileAStoryIsOpenKeepsItAndNamesIt() throws IOException {
        Path broken = TestResources.copy("view/broken-story.json", dir);
        MainViewModel viewModel = launchedWith(null);
        viewModel.openBundledStory();
        runBackground();

        viewModel.open(broken);
        runBackground();

        assertEquals(
                "Nothing was changed: the story you had open, trump-putin-2017.json, stays open.",
                viewModel.lastFailureProperty().get().outcome());
    }

    @Test
    void theSameFailureTwiceIsToldTwice() throws IOException {
        Path broken = TestResources.copy("view/broken-story.json", dir);
        MainViewModel viewModel = launchedWith(null);
        List<LoadFailure> told = new ArrayList<>();
        viewModel.lastFailureProperty().addListener((obs, old, failure) -> {
            if (failure != null) {
                told.add(failure);
            }
        });

        viewModel.open(broken);
        runBackground();
        viewModel.open(broken);
        runBackground();

        assertEquals(2, told.size(), "the second attempt gets its dialog too");
    }
}
