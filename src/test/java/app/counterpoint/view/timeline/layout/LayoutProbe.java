package app.counterpoint.view.timeline.layout;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.timeline.LaneMode;
import app.counterpoint.viewmodel.timeline.TimelineLanes;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.function.ToDoubleFunction;

/**
 * Lays out a story as the timeline's skin does (lanes planned from the whole story, events around the window as
 * context), without a toolkit: labels measure eight pixels a character.
 */
final class LayoutProbe {

    static final LayoutMetrics NAMED = LayoutMetrics.forFontSize(15, true);
    static final LayoutMetrics UNNAMED = LayoutMetrics.forFontSize(15, false);
    static final ToDoubleFunction<Event> LABEL = e -> e.title().length() * 8.0;
    static final ToDoubleFunction<String> TEXT = s -> s.length() * 8.0;

    final Story story;
    final TimelineLanes lanes;
    final TimelineEventIndex index;
    final LayoutMetrics metrics;

    LayoutProbe(Story story, LaneMode mode) {
        this.story = story;
        this.lanes = TimelineLanes.of(story, mode);
        this.index = TimelineEventIndex.of(story.events());
        this.metrics = mode == LaneMode.SINGLE ? UNNAMED : NAMED;
    }

    /** A story from {@code src/test/resources/stories/layout}. */
    static Story story(String name) {
        try {
            Path file = Path.of(LayoutProbe.class
                    .getResource("/stories/layout/" + name + ".json")
                    .toURI());
            LoadResult result = new StoryReader().read(file);
            if (!result.isValid()) {
                throw new IllegalStateException(name + ": " + result.problems());
            }
            return result.story();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    LanePlan plan(double height) {
        return LanePlan.of(TimelineLayout.countPerLane(index.all(), lanes), height, metrics);
    }

    /** The lanes' area is {@code height} tall from y = 50, on a canvas {@code width} wide. */
    TimelineLayout layout(double start, double end, double width, double height, double scrollY) {
        double[] contextStart = new double[1];
        TimedEvents context = TimelineLayout.context(index, start, end, width, metrics, contextStart);
        return TimelineLayout.compute(
                context,
                contextStart[0],
                lanes,
                plan(height),
                new TimelineViewport(start, end, width, 50, height, scrollY),
                metrics,
                LABEL,
                LABEL,
                TEXT);
    }

    /** The whole story with the margins a fit leaves: 5 % before, 15 % after. */
    double[] fitted() {
        double first = index.firstStart();
        double last = index.lastEnd();
        double span = Math.max(last - first, 86_400);
        return new double[] {first - 0.05 * span, last + 0.15 * span};
    }
}
