package app.counterpoint.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What Counterpoint says about itself: its version (from {@code version.properties}, which Maven fills in) and the
 * licences of the libraries it bundles (from {@code licences.txt}, kept as text so it is edited with the pom).
 */
public record AboutInfo(String version, String licences) {

    /** Shown when the app runs from classes that Maven has not processed, such as an IDE's own build. */
    public static final String UNKNOWN_VERSION = "(development build)";

    /** A one-line description, shared by {@code --help} and the About dialog. */
    public static final String SUMMARY =
            "A timeline of news stories in which two or more sides speak about the same events.";

    private static final String VERSION_RESOURCE = "/app/counterpoint/version.properties";
    private static final String LICENCES_RESOURCE = "/app/counterpoint/licences.txt";

    public static AboutInfo load() {
        return new AboutInfo(readVersion(), readText(LICENCES_RESOURCE));
    }

    /** Reads only the version, without the licence text: {@code --version} stays as cheap as it can be. */
    public static String readVersion() {
        try (InputStream in = AboutInfo.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return UNKNOWN_VERSION;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            // an unfiltered copy still holds the placeholder
            return version.isBlank() || version.startsWith("${") ? UNKNOWN_VERSION : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VERSION_RESOURCE, e);
        }
    }

    private static String readText(String resource) {
        try (InputStream in = AboutInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
