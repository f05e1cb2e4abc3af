package app.counterpoint.io.json;

/** The limits every reader of a story file keeps to, whatever its format, so a wrong file cannot exhaust memory. */
public final class ReadLimits {

    /** Larger files are refused before they are read. */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    private ReadLimits() {}
}
