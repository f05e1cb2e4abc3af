package app.counterpoint.view.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.Map;

/** The timeline's two label fonts (plain and bold, one size) and the widths of texts drawn in them, cached. */
final class TextMeasurer {

    private static final int MAX_CACHED_WIDTHS = 20_000;

    private final Text measurer = new Text();
    private final Map<String, Double> plainWidths = new HashMap<>();
    private final Map<String, Double> boldWidths = new HashMap<>();
    private Font font;
    private Font boldFont;
    private double fontSize;

    TextMeasurer(double fontSize) {
        setFontSize(fontSize);
    }

    /** Switches both fonts to {@code size} (at least 8) in the default family; forgets every width. */
    void setFontSize(double size) {
        fontSize = Math.max(8, size);
        font = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, fontSize);
        boldFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, fontSize);
        plainWidths.clear();
        boldWidths.clear();
    }

    double fontSize() {
        return fontSize;
    }

    Font font(boolean bold) {
        return bold ? boldFont : font;
    }

    /** How wide {@code text} is drawn in the plain or bold font, in whole pixels (rounded up). */
    double width(String text, boolean bold) {
        Map<String, Double> cache = bold ? boldWidths : plainWidths;
        Double cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > MAX_CACHED_WIDTHS) {
            cache.clear();
        }
        measurer.setFont(font(bold));
        measurer.setText(text);
        double width = Math.ceil(measurer.getLayoutBounds().getWidth());
        cache.put(text, width);
        return width;
    }
}
