package app.counterpoint.view.timeline.paint;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The timeline's two label fonts (plain and bold, one size), the widths of texts drawn in them and texts cut with an
 * ellipsis to a width. Every text is measured once per font and kept in a bounded cache (the oldest go first), so a
 * frame of thousands of labels costs lookups, not text layouts.
 */
public final class TextMeasurer {

    static final String ELLIPSIS = "\u2026";
    /** Per font: a few frames' worth of distinct labels; an entry is a width and, for cut labels, their advances. */
    private static final int MAX_CACHED = 20_000;

    private final Text measurer = new Text();
    private final Map<String, Measured> plain = boundedCache();
    private final Map<String, Measured> bold = boundedCache();
    private Font font;
    private Font boldFont;
    private double fontSize;

    public TextMeasurer(double fontSize) {
        setFontSize(fontSize);
    }

    /** Oldest first out: looking up costs what a plain hash map's does, and no frame re-measures a whole cache. */
    private static Map<String, Measured> boundedCache() {
        return new LinkedHashMap<>(1024) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Measured> eldest) {
                return size() > MAX_CACHED;
            }
        };
    }

    /** Switches both fonts to {@code size} (at least 8) in the default family; forgets every width. */
    public void setFontSize(double size) {
        fontSize = Math.max(8, size);
        font = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, fontSize);
        boldFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, fontSize);
        plain.clear();
        bold.clear();
    }

    public double fontSize() {
        return fontSize;
    }

    Font font(boolean bold) {
        return bold ? boldFont : font;
    }

    /** How wide {@code text} is drawn in the plain or bold font, in whole pixels (rounded up). */
    public double width(String text, boolean bold) {
        return measured(text, bold).width;
    }

    /**
     * {@code text} as it fits in {@code room} pixels: whole when it fits, else as much of its beginning as fits
     * followed by an ellipsis (cut between characters, spaces before the ellipsis dropped); just the ellipsis when
     * no character fits beside it and the empty string when not even that does. What comes back is never wider than
     * {@code room} by {@link #width}.
     */
    String fit(String text, boolean bold, double room) {
        Measured m = measured(text, bold);
        if (m.width <= room) {
            return text;
        }
        double ellipsis = width(ELLIPSIS, bold);
        if (ellipsis > room) {
            return "";
        }
        int keep = m.advances(this, bold, text) != null
                ? m.longestPrefixWithin(room - ellipsis)
                : longestPrefixMeasured(text, bold, room);
        while (keep > 0
                && (Character.isWhitespace(text.charAt(keep - 1))
                        || Character.isHighSurrogate(text.charAt(keep - 1)))) {
            keep--;
        }
        return m.cut(text, keep);
    }

    private Measured measured(String text, boolean bold) {
        Map<String, Measured> cache = bold ? this.bold : plain;
        Measured cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        measurer.setFont(font(bold));
        measurer.setText(text);
        Measured m = new Measured(Math.ceil(measurer.getLayoutBounds().getWidth()));
        cache.put(text, m);
        return m;
    }

    /**
     * Where each character of {@code text} starts when drawn from x = 0, and where the last one ends: one text
     * layout for all of them. Null when they do not grow left to right (right-to-left or mixed text).
     */
    private float[] measureAdvances(String text, boolean bold) {
        measurer.setFont(font(bold));
        measurer.setText(text);
        float[] advances = new float[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            PathElement[] caret = measurer.caretShape(i, true);
            if (caret.length == 0 || !(caret[0] instanceof MoveTo move) || (i > 0 && move.getX() < advances[i - 1])) {
                return null;
            }
            advances[i] = (float) move.getX();
        }
        return advances;
    }

    /** The slow way, for text whose characters do not run left to right: measure prefixes, binary search. */
    private int longestPrefixMeasured(String text, boolean bold, double room) {
        int lo = 0;
        int hi = text.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, mid) + ELLIPSIS, bold) <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** A text's width in one font and, once it has been cut, where its characters start and its last cut. */
    private static final class Measured {

        private static final float[] NOT_LEFT_TO_RIGHT = new float[0];

        final double width;
        private float[] advances;
        private int lastKeep = -1;
        private String lastCut;

        Measured(double width) {
            this.width = width;
        }

        float[] advances(TextMeasurer measurer, boolean bold, String text) {
            if (advances == null) {
                float[] measured = measurer.measureAdvances(text, bold);
                advances = measured == null ? NOT_LEFT_TO_RIGHT : measured;
            }
            return advances == NOT_LEFT_TO_RIGHT ? null : advances;
        }

        /** The most characters whose advance, rounded up, is within {@code room}; advances grow left to right. */
        int longestPrefixWithin(double room) {
            int lo = 0;
            int hi = advances.length - 2;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (Math.ceil(advances[mid]) <= room) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        /** The first {@code keep} characters and an ellipsis; the same string as last time for the same cut. */
        String cut(String text, int keep) {
            if (keep != lastKeep) {
                lastKeep = keep;
                lastCut = text.substring(0, keep) + ELLIPSIS;
            }
            return lastCut;
        }
    }
}
