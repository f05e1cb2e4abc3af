package app.counterpoint.about;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AboutInfoTest {

    private final AboutInfo info = AboutInfo.load();

    @Test
    void versionComesFromThePom() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher own = Pattern.compile("<artifactId>counterpoint</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(own.find(), "the pom's own version");
        assertNotEquals(AboutInfo.UNKNOWN_VERSION, info.version());
        assertTrue(info.version().equals(own.group(1)), info.version() + " vs " + own.group(1));
    }

    /** Every library the app ships (the pom's dependencies outside the test scope) has its licence listed. */
    @Test
    void licencesNameEveryBundledLibrary() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        List<String> shipped = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL)
                .matcher(dependencies)
                .results()
                .map(m -> m.group(1))
                .filter(d -> !d.contains("<scope>test</scope>"))
                // a dependency's exclusions are what it does not ship
                .map(d -> d.replaceAll("(?s)<exclusions>.*?</exclusions>", ""))
                .map(d -> d.replaceAll("(?s).*<artifactId>([^<]+)</artifactId>.*", "$1"))
                .toList();
        assertFalse(shipped.isEmpty());
        String licences = info.licences().toLowerCase(Locale.ROOT);
        for (String artifact : shipped) {
            assertTrue(licences.contains(artifact.toLowerCase(Locale.ROOT)), artifact + " has no licence listed");
        }
        for (String licence : List.of(
                "GNU General Public License, version 2, with the Classpath Exception",
                "BSD 3-Clause License",
                "Apache License, version 2.0")) {
            assertTrue(info.licences().contains(licence), licence);
        }
    }

    /** Only version.properties is filtered: a story file must reach the class path byte for byte. */
    @Test
    void storyFilesAreNotFiltered() throws IOException {
        byte[] source = Files.readAllBytes(Path.of("resources/stories/trump-putin-2017.json"));
        try (InputStream packed = AboutInfo.class.getResourceAsStream("/stories/trump-putin-2017.json")) {
            assertArrayEquals(source, packed.readAllBytes());
        }
    }
}
