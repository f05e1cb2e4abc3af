package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.viewmodel.settings.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every theme keeps its text readable: WCAG AA asks for a contrast ratio of at least 4.5:1 for body text. */
class ThemeContrastTest {

    private static final Pattern BLOCK = Pattern.compile("(\\.root|\\.timeline-view)\\s*\\{([^}]*)}");
    /** A colour variable set to a colour or to another variable (the timeline's to the app's tokens). */
    private static final Pattern VARIABLE =
            Pattern.compile("(-(?:cp|timeline)-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6}|-cp-[a-z-]+)\\s*;");

    private static final double AA = 4.5;

    private static String css(String path) throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The theme's colour variables: the base sheets first, then the theme's own over them. */
    private static Map<String, Color> colours(Theme theme) throws IOException {
        Map<String, String> vars = new HashMap<>();
        collect(css("/app/counterpoint/view/timeline/timeline.css"), vars);
        collect(css("/app/counterpoint/view/counterpoint.css"), vars);
        if (theme.stylesheet() != null) {
            collect(css("/app/counterpoint/view/" + theme.stylesheet()), vars);
        }
        Map<String, Color> colours = new HashMap<>();
        for (String name : vars.keySet()) {
            String value = vars.get(name);
            // a reference is looked up as JavaFX does, in the theme's tokens
            for (int hops = 0; value != null && value.startsWith("-") && hops < 8; hops++) {
                value = vars.get(value);
            }
            if (value != null && value.startsWith("#")) {
                colours.put(name, Color.web(value));
            }
        }
        return colours;
    }

    private static void collect(String css, Map<String, String> vars) {
        Matcher block = BLOCK.matcher(css);
        while (block.find()) {
            Matcher v = VARIABLE.matcher(block.group(2));
            while (v.find()) {
                vars.put(v.group(1), v.group(2));
            }
        }
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static void assertReadable(Map<String, Color> vars, String text, String background, Theme theme) {
        Color fg = vars.get(text);
        Color bg = vars.get(background);
        assertTrue(fg != null && bg != null, theme + " defines " + text + " and " + background);
        double ratio = contrast(fg, bg);
        assertTrue(
                ratio >= AA,
                String.format("%s: %s on %s has contrast %.2f, below %.1f", theme, text, background, ratio, AA));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textColoursMeetWcagAa(Theme theme) throws IOException {
        Map<String, Color> vars = colours(theme);
        for (String text : new String[] {"-cp-ink", "-cp-muted", "-cp-faint", "-cp-accent"}) {
            assertReadable(vars, text, "-cp-paper", theme);
        }
        assertReadable(vars, "-cp-ink", "-cp-canvas", theme);
        assertReadable(vars, "-cp-muted", "-cp-canvas", theme);
        assertReadable(vars, "-cp-on-ink", "-cp-ink", theme);
        assertReadable(vars, "-timeline-text", "-timeline-background", theme);
        assertReadable(vars, "-timeline-muted-text", "-timeline-background", theme);
        assertReadable(vars, "-timeline-text", "-timeline-axis-background", theme);
    }

    @org.junit.jupiter.api.Test
    void theContrastFormulaMatchesKnownValues() {
        assertTrue(Math.abs(contrast(Color.BLACK, Color.WHITE) - 21) < 1e-9);
        assertTrue(Math.abs(contrast(Color.web("#767676"), Color.WHITE) - 4.54) < 0.01);
    }
}
