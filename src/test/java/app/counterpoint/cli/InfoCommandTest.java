package app.counterpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfoCommandTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void versionPrintsTheProjectVersionThatMavenFilledIn() {
        assertEquals(0, InfoCommand.run("--version", out));

        List<String> lines = lines();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("Counterpoint \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
    }

    @Test
    void helpNamesEveryWayToStartTheApp() {
        assertEquals(0, InfoCommand.run("--help", out));

        String text = String.join("\n", lines());
        assertTrue(text.startsWith("Counterpoint "), text);
        for (String usage : List.of(
                "counterpoint [STORY.counterpoint.json]",
                "counterpoint check FILE...",
                "counterpoint convert IN OUT [--to counterpoint|timelinejs|markdown|html|slideshow]",
                "counterpoint --version",
                "counterpoint --help")) {
            assertTrue(text.contains(usage), usage + " missing from:\n" + text);
        }
    }

    @Test
    void onlyVersionAndHelpOptionsAreTaken() {
        assertTrue(InfoCommand.handles("--version"));
        assertTrue(InfoCommand.handles("-h"));
        assertFalse(InfoCommand.handles("check"));
        assertFalse(InfoCommand.handles("story.counterpoint.json"));
        assertFalse(InfoCommand.handles("--versions"));
    }

    @Test
    void helpIsInTheTerminalsLanguage() {
        assertEquals(
                0,
                InfoCommand.run(
                        "--help", out, app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.ARABIC)));

        String text = String.join("\n", lines());
        assertTrue(text.contains(" \u2014 خط زمني للأخبار التي يتحدث فيها طرفان أو أكثر عن الأحداث نفسها."), text);
        assertTrue(text.contains("الاستخدام: counterpoint [القصة.counterpoint.json]"), text);
        assertTrue(
                text.contains(
                        "counterpoint convert الدخل الخرج [--to counterpoint|timelinejs|markdown|html|slideshow]"),
                text);
    }
}
