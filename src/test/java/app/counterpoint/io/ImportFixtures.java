package app.counterpoint.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test resources as bytes. */
public final class ImportFixtures {

    private ImportFixtures() {}

    public static byte[] bytes(String resource) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
