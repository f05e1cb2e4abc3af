package app.counterpoint.viewmodel;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.problem.ValidationProblem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The story a launch opens: the file named on the command line (or double-clicked), else the last story opened,
 * else the bundled one. A launch has no story yet to keep, so when the chosen file cannot be opened the next one in
 * that order is opened in its place, and only then are the file's problems reported, saying which story is shown.
 */
final class FirstStory {

    private final MainViewModel viewModel;
    private final StoryLoading loads;

    /** @param loads the window's loading, which opens the files and reports what failed */
    FirstStory(MainViewModel viewModel, StoryLoading loads) {
        this.viewModel = viewModel;
        this.loads = loads;
    }

    void open(List<String> arguments) {
        Path last = lastGoodStory();
        if (!arguments.isEmpty()) {
            String argument = arguments.get(0);
            Path named;
            try {
                named = Path.of(argument);
            } catch (InvalidPathException e) {
                fallBack(
                        argument,
                        LoadResult.invalid(new ValidationProblem(
                                argument, 1, 1, LocalText.of("problem.badFileName", e.getReason()))),
                        last);
                return;
            }
            Path fallback = last != null && !isSameFile(last, named) ? last : null;
            loads.open(named, () -> {}, problems -> fallBack(StoryLoading.displayName(named), problems, fallback));
        } else if (last != null) {
            loads.open(last, () -> {}, problems -> fallBack(StoryLoading.displayName(last), problems, null));
        } else {
            viewModel.openBundledStory();
        }
    }

    /** The last story opened, when it is still a file; null otherwise. */
    private Path lastGoodStory() {
        String last = viewModel.settings().lastStory();
        if (last == null) {
            return null;
        }
        try {
            Path path = Path.of(last);
            return Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException e) {
            return null; // a damaged setting: the bundled story opens instead
        }
    }

    /**
     * Opens the last good story (when there is one) or else the bundled story in place of the file that failed,
     * then reports the file's problems saying which story the window shows.
     */
    private void fallBack(String failedName, LoadResult problems, Path lastStory) {
        if (lastStory != null) {
            String name = StoryLoading.displayName(lastStory);
            loads.open(
                    lastStory,
                    () -> report(failedName, problems, LocalText.of("problem.outcome.last", name)),
                    ignored -> fallBack(failedName, problems, null));
            return;
        }
        loads.openResource(
                MainViewModel.BUNDLED_STORY,
                () -> report(failedName, problems, LocalText.of("problem.outcome.example")),
                ignored -> report(failedName, problems, LocalText.of("problem.outcome.none")));
    }

    private void report(String failedName, LoadResult problems, LocalText outcome) {
        loads.reportFailure(new LoadFailure(failedName, problems, outcome));
    }

    private static boolean isSameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
