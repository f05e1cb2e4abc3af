package app.counterpoint.viewmodel;

import static app.counterpoint.fixture.StoryBuilder.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    /** Tasks handed to the background, run only when the test says so, to see the state while loading. */
    private final List<Runnable> backgroundTasks = new ArrayList<>();

    private final MainViewModel viewModel = new MainViewModel(new StoryReader(), backgroundTasks::add, Runnable::run);

    private void runBackground() {
        List<Runnable> tasks = List.copyOf(backgroundTasks);
        backgroundTasks.clear();
        tasks.forEach(Runnable::run);
    }

    @Test
    void theBundledStoryOpensOnItsMostDiscussedEvent() {
        viewModel.openBundledStory();
        assertTrue(viewModel.loadingProperty().get(), "loading runs in the background");
        assertNull(viewModel.storyProperty().get());
        runBackground();

        assertFalse(viewModel.loadingProperty().get());
        Story story = viewModel.storyProperty().get();
        assertNotNull(story);
        assertEquals("trump-putin-2017.json", viewModel.storyNameProperty().get());
        assertEquals(
                "2017-05-02", viewModel.selectedEventProperty().get().start().toIsoString());
        assertEquals(story.events().size(), viewModel.shownEvents().size());
        assertEquals(
                story.events().size() + " events, " + story.statements().size() + " statements",
                viewModel.statusProperty().get());
        List<Long> starts =
                viewModel.shownEvents().stream().map(Event::startEpochSecond).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "events in time order");
    }

    @Test
    void aViewHearsOfANewFilterOnlyOnceTheShownEventsFollowItAndAHiddenSelectionIsGone() {
        viewModel.show("call.json", SampleStories.phoneCall());
        assertEquals("call", viewModel.selectedEventProperty().get().id());
        List<String> seen = new ArrayList<>();
        viewModel
                .appliedFilterProperty()
                .addListener((obs, old, state) ->
                        seen.add(viewModel.shownEvents().stream().map(Event::id).toList()
                                + " selected "
                                + viewModel.selectedEventProperty().get()));
        // the call is about Syria, terrorism and North Korea; the strike only about Syria
        viewModel.filter().setTopicSelected("syria", false);
        viewModel.filter().setTopicSelected("terrorism", false);
        viewModel.filter().setTopicSelected("nk", false);
        assertEquals("[] selected null", seen.get(seen.size() - 1));
        assertEquals(List.of(), viewModel.shownEvents());
    }

    @Test
    void theLoaderPreparesTheStoryAndTheUiThreadOnlyShowsIt() {
        List<Runnable> uiTasks = new ArrayList<>();
        MainViewModel main = new MainViewModel(new StoryReader(), backgroundTasks::add, uiTasks::add);
        main.openBundledStory();
        runBackground();
        assertNull(main.preparedStoryProperty().get(), "shown only when the UI thread runs");
        List.copyOf(uiTasks).forEach(Runnable::run);

        PreparedStory prepared = main.preparedStoryProperty().get();
        assertNotNull(prepared);
        assertSame(prepared.story(), main.storyProperty().get());
        assertEquals(prepared.eventsInTimeOrder(), main.shownEvents());
        assertEquals(prepared.eventsInTimeOrder(), main.timeline().getEventsInTimeOrder());
        assertSame(
                prepared.mostDiscussedEvent().orElseThrow(),
                main.selectedEventProperty().get());
    }

    @Test
    void anInvalidFileChangesNothingButReportsEveryProblem(@TempDir Path dir) throws Exception {
        viewModel.openBundledStory();
        runBackground();
        Story before = viewModel.storyProperty().get();
        Event selected = viewModel.selectedEventProperty().get();

        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                "{\n  \"format\": \"counterpoint/1\",\n  \"title\": 3,\n  \"actors\": []\n}\n",
                StandardCharsets.UTF_8);
        viewModel.open(bad);
        runBackground();

        LoadFailure failure = viewModel.lastFailureProperty().get();
        assertNotNull(failure);
        assertEquals("bad.json", failure.fileName());
        assertTrue(failure.problems().size() >= 2, failure.problems().toString());
        assertEquals(3, failure.problems().get(0).line());
        assertSame(before, viewModel.storyProperty().get());
        assertSame(selected, viewModel.selectedEventProperty().get());
        assertEquals("trump-putin-2017.json", viewModel.storyNameProperty().get());
    }

    @Test
    void aValidFileReplacesTheStoryAndClearsTheLastFailure(@TempDir Path dir) throws Exception {
        viewModel.openBundledStory();
        runBackground();
        Story bundled = viewModel.storyProperty().get();
        viewModel.open(dir.resolve("missing.json"));
        runBackground();
        assertEquals("missing.json", viewModel.lastFailureProperty().get().fileName());

        Path minimal = dir.resolve("minimal.json");
        try (var in = MainViewModelTest.class.getResourceAsStream("/stories/valid/minimal.json")) {
            Files.write(minimal, in.readAllBytes());
        }
        Story expected = new StoryReader().read(minimal).story();
        viewModel.open(minimal);
        runBackground();
        assertNull(viewModel.lastFailureProperty().get());
        Story shown = viewModel.storyProperty().get();
        assertEquals(expected, shown, "the file's story, not the one that was open");
        assertNotEquals(bundled.title(), shown.title());
        assertEquals("minimal.json", viewModel.storyNameProperty().get());
        assertEquals(minimal, viewModel.currentFileProperty().get());
    }

    @Test
    void filteringOutTheSelectedEventClearsTheSelectionAndCountsWhatIsShown() {
        viewModel.show("call.json", SampleStories.phoneCall());
        assertEquals("call", viewModel.selectedEventProperty().get().id());

        viewModel.filter().searchTextProperty().set("summit");
        assertNull(viewModel.selectedEventProperty().get());
        assertEquals(
                List.of("summit"),
                viewModel.shownEvents().stream().map(Event::id).toList());
        assertEquals("1 of 4 events shown", viewModel.statusProperty().get());
    }

    @Test
    void aStoryWithoutStatementsOpensWithNothingSelected() {
        Story quiet = story("Quiet")
                .actors(SampleStories.KREMLIN)
                .topics(SampleStories.SYRIA)
                .events(SampleStories.event("e", "E", "1999", null, List.of("syria")))
                .build();
        viewModel.show("quiet.json", quiet);
        assertNull(viewModel.selectedEventProperty().get());
        assertEquals(1, viewModel.shownEvents().size());
    }
}
