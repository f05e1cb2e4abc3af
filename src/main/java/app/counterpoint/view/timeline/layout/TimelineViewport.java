package app.counterpoint.view.timeline.layout;

/**
 * The part of the timeline a frame shows: {@code start} to {@code end} epoch seconds across {@code width} pixels, and
 * the lanes' area from {@code top}, {@code height} pixels tall, scrolled down by {@code scrollY}.
 */
public record TimelineViewport(double start, double end, double width, double top, double height, double scrollY) {

    public TimelineViewport(double start, double end, double width, double top, double height) {
        this(start, end, width, top, height, 0);
    }

    double bottom() {
        return top + height;
    }
}
