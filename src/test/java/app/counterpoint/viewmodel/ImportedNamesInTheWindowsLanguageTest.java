package app.counterpoint.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.TestResources;
import app.counterpoint.i18n.Language;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.importing.ImportedNames;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A timeline imported in the German or Arabic window names what its file does not in the window's language: its
 * one side (a TimelineJS file names none) and the topic of its eras; nothing of it is in English.
 */
class ImportedNamesInTheWindowsLanguageTest {

    private final List<Runnable> backgroundTasks = new ArrayList<>();
    private final MainViewModel viewModel = new MainViewModel(new StoryReader(), backgroundTasks::add, Runnable::run);

    private void runBackground() {
        while (!backgroundTasks.isEmpty()) {
            List<Runnable> tasks = List.copyOf(backgroundTasks);
            backgroundTasks.clear();
            tasks.forEach(Runnable::run);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aTimelinesUnnamedSideAndItsErasAreNamedInTheWindowsLanguage(Language language, @TempDir Path dir)
            throws IOException {
        viewModel.language().languageProperty().set(language);
        viewModel.open(TestResources.copy("import/timelinejs-full.json", dir));
        runBackground();
        Story story = viewModel.storyProperty().get();
        assertNotNull(
                story, () -> String.valueOf(viewModel.lastFailureProperty().get()));
        ImportedNames names = ImportedNames.in(language);
        assertEquals(
                List.of(names.narrator()),
                story.actors().stream().map(Actor::name).toList());
        List<String> topics = story.topics().stream().map(Topic::label).toList();
        assertTrue(topics.contains(names.eras()), topics.toString());
        if (language != Language.ENGLISH) {
            assertTrue(!topics.contains("Eras") && !names.narrator().equals("Narrator"), topics.toString());
        }
    }
}
