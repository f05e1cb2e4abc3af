package app.counterpoint.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No view gains a word outside the bundles: a label, button, menu item, tooltip, tab, title, prompt or accessible text
 * made from a literal with a letter in it (a CheckMenuItem, a CheckBox and TabScaffold's caption and heading too).
 * Every view has been moved to the bundles, so the list of views still holding such literals stays empty: a view
 * written in English only fails the build.
 */
class HardCodedTextTest {

    private static final Pattern LITERAL_TEXT =
            Pattern.compile("(new (Label|Button|MenuItem|Menu|CheckBox|RadioMenuItem"
                    + "|CheckMenuItem|Tooltip|Tab|TitledPane|ToggleButton|Hyperlink|RadioButton)|\\.set(Text|Title|PromptText"
                    + "|HeaderText|ContentText|AccessibleText|AccessibleHelp)|new ButtonType"
                    + "|TabScaffold\\.(caption|heading))\\(\"[^\"]*\\p{L}");

    /** Views still in English only, and their count of literal texts: none. */
    private static final Map<String, Integer> NOT_YET_MOVED = Map.of();

    @Test
    void noViewHasLiteralTexts() throws IOException {
        Path root = Path.of("src/main/java/app/counterpoint");
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_TEXT.matcher(Files.readString(file));
                int count = 0;
                while (m.find()) {
                    count++;
                }
                if (count > 0) {
                    found.put(root.relativize(file).toString().replace('\\', '/'), count);
                }
            }
        }
        assertEquals(NOT_YET_MOVED, found, "move new texts to the bundles; take a view off the list once it is moved");
    }
}
