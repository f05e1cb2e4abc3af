package app.counterpoint.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.io.recovery.OwnLargeFiles;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.settings.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story too large for the default limit that the window saved itself opens again at the next start without the
 * user raising the limit; the same file is refused by a window that did not save it, and once it changed.
 * (The limit here is a small one, so that the test needs no 64 MB file; the window uses the default.)
 */
class OwnLargeFilesSavedAndOpenedTest {

    private static final ReadLimits SMALL = new ReadLimits(300_000);

    private final List<Runnable> backgroundTasks = new ArrayList<>();

    private MainViewModel window(OwnLargeFiles own) {
        return new MainViewModel(
                new StoryReader(SMALL), backgroundTasks::add, Runnable::run, SettingsStore.none(), null, own);
    }

    private void runBackground() {
        while (!backgroundTasks.isEmpty()) {
            List<Runnable> tasks = List.copyOf(backgroundTasks);
            backgroundTasks.clear();
            tasks.forEach(Runnable::run);
        }
    }

    private static Story bigStory() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            events.add(EventBuilder.event("e" + i)
                    .titled("Event " + i)
                    .on("2017-05-02")
                    .summary("y".repeat(3000))
                    .topics("t")
                    .build());
        }
        return StoryBuilder.story("Big")
                .actors(new Actor("a", "A", "#112233"))
                .topics(new Topic("t", "T", "#445566"))
                .events(events)
                .build();
    }

    @Test
    void aLargeStoryTheWindowSavedOpensAgainWithoutARaisedLimit(@TempDir Path dir) throws IOException {
        OwnLargeFiles own = new OwnLargeFiles(dir.resolve("data/own.txt"), SMALL);
        MainViewModel first = window(own);
        first.show("big", bigStory());
        Path file = dir.resolve("big.json");
        first.files().save(file);
        runBackground();
        assertNull(first.files().lastSaveErrorProperty().get());
        assertTrue(Files.size(file) > SMALL.maxFileBytes(), Files.size(file) + " bytes");

        MainViewModel next = window(new OwnLargeFiles(dir.resolve("data/own.txt"), SMALL));
        next.open(file);
        runBackground();
        assertNull(next.lastFailureProperty().get());
        assertEquals(bigStory(), next.storyProperty().get());

        MainViewModel stranger = window(null);
        stranger.open(file);
        runBackground();
        assertNotNull(stranger.lastFailureProperty().get(), "a window that remembers nothing holds it to the limit");

        Files.writeString(file, Files.readString(file).replace("Event 7\"", "Event 8\""));
        MainViewModel afterChange = window(new OwnLargeFiles(dir.resolve("data/own.txt"), SMALL));
        afterChange.open(file);
        runBackground();
        assertNotNull(afterChange.lastFailureProperty().get(), "changed by something else since: a stranger's now");
    }
}
