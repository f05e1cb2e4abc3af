package app.counterpoint.model;

import java.util.Objects;

/**
 * How much of the timeline a tour step shows: the whole story, the step's event, or a stretch of time.
 *
 * @param start the first date shown, only for {@link Mode#RANGE}
 * @param end   the last date shown (inclusive at its precision), only for {@link Mode#RANGE}
 * @param extra the fields of a range's {@code {start, end}} object this version does not know, written back on saving
 */
public record TourZoom(Mode mode, StoryDate start, StoryDate end, ExtraFields extra) {

    /** The three kinds of zoom, with the words story files use for the first two. */
    public enum Mode {
        FIT("fit"),
        EVENT("event"),
        RANGE("range");

        private final String jsonName;

        Mode(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }
    }

    /** The whole story. */
    public static final TourZoom FIT = new TourZoom(Mode.FIT, null, null, null);
    /** The step's event, with some time around it. */
    public static final TourZoom EVENT = new TourZoom(Mode.EVENT, null, null, null);

    public TourZoom {
        Objects.requireNonNull(mode, "mode");
        if ((mode == Mode.RANGE) != (start != null && end != null)) {
            throw new IllegalArgumentException("a range zoom, and only a range zoom, has a start and an end");
        }
        extra = ExtraFields.orNone(extra);
    }

    public static TourZoom range(StoryDate start, StoryDate end) {
        return range(start, end, null);
    }

    /** A stretch of time read from a file, with the fields of its object this version does not know. */
    public static TourZoom range(StoryDate start, StoryDate end, ExtraFields extra) {
        return new TourZoom(Mode.RANGE, start, end, extra);
    }
}
