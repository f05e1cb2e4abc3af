package app.counterpoint.io.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A separate program for {@link AtomicFileTest}: starts saving a large file, writes a little of it and then stalls,
 * as a save of a big story does on a slow disk, until it is killed.
 */
public final class StalledWrite {

    private StalledWrite() {}

    public static void main(String[] args) throws IOException {
        AtomicFile.write(Path.of(args[0]), new byte[1 << 20], out -> new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, 1024);
                out.flush();
                stall();
            }
        });
    }

    private static void stall() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
