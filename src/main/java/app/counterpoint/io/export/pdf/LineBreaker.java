package app.counterpoint.io.export.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Greedy line breaking at spaces; a word wider than a whole line is broken between characters. */
final class LineBreaker {

    private LineBreaker() {}

    /** The lines of {@code text}, each no wider than {@code width} by {@code measure}; at least one (maybe empty). */
    static List<String> wrap(String text, ToDoubleFunction<String> measure, double width) {
        List<String> lines = new ArrayList<>();
        String[] words = text.strip().split(" +");
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measure.applyAsDouble(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            int start = 0;
            while (true) {
                int end = longestFit(word, start, measure, width);
                if (end == word.length()) {
                    line.append(word, start, end);
                    break;
                }
                lines.add(word.substring(start, end));
                start = end;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Where the part of {@code word} from {@code start} that fits ends (at least one code point, so breaking always moves on). Widths add up glyph
     * by glyph (a PDF's text has no kerning here), so a word of any length is broken in linear time.
     */
    private static int longestFit(String word, int start, ToDoubleFunction<String> measure, double width) {
        int fit = start + Character.charCount(word.codePointAt(start));
        double used = measure.applyAsDouble(word.substring(start, fit));
        for (int i = fit; i < word.length(); ) {
            int next = i + Character.charCount(word.codePointAt(i));
            used += measure.applyAsDouble(word.substring(i, next));
            if (used > width) {
                break;
            }
            fit = next;
            i = next;
        }
        return fit;
    }
}
