package app.counterpoint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test resources copied out to real files, for the code that opens paths. */
public final class TestResources {

    private TestResources() {}

    /** Copies a classpath resource (e.g. {@code stories/valid/minimal.json}) into dir under its own file name. */
    public static Path copy(String resource, Path dir) throws IOException {
        Path target = dir.resolve(Path.of(resource).getFileName());
        try (InputStream in = TestResources.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            Files.copy(in, target);
        }
        return target;
    }
}
