package app.counterpoint.viewmodel;

/**
 * Where the time of one successful open went, each stage in nanoseconds ({@link System#nanoTime}): what the open
 * benchmark and the start-up log print, so that no stage of what a user waits for goes unmeasured.
 *
 * @param name     the story's name as the window shows it
 * @param started  when the open began (on the UI thread)
 * @param read     reading and checking the file ({@code StoryOpener}, on the loader thread)
 * @param prepare  {@code PreparedStory.of}: the indexes the views use, on the loader thread
 * @param handOver from the loader thread's end to the UI thread taking the story up (the queue of the UI thread)
 * @param show     {@link MainViewModel#show}: the view models take the story, on the UI thread
 * @param shown    when the story was shown (the end of {@code show})
 */
public record LoadTimes(String name, long started, long read, long prepare, long handOver, long show, long shown) {

    /** From the start of the open to the story shown in the view models (the first frame with it comes next). */
    public long total() {
        return shown - started;
    }
}
