package app.counterpoint.io.json;

import java.util.OptionalInt;

/**
 * The largest file a reader of story files takes, whatever its format, so that a wrong file cannot exhaust memory.
 * A file from a stranger is held to {@link #MAX_FILE_BYTES}; a larger one (a story of a million events the user made
 * or generated) is read only when the user raises the limit on purpose, with {@code --max-size=MEGABYTES}. Raising it
 * changes nothing else: the depth, the length of a text, a number and a name, and the linear time of every check stay
 * as they are for any file.
 *
 * @param maxFileBytes larger files are refused before a byte of them is read
 */
public record ReadLimits(int maxFileBytes) {

    /** Larger files are refused, unless the user raised the limit. */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    /** The most the limit may be raised to, in megabytes: a file's bytes and the story read from it fit a JVM's heap. */
    public static final int HIGHEST_MEGABYTES = 1024;

    /** The option that raises the limit, as in {@code --max-size=400}. */
    public static final String OPTION = "--max-size";

    private static final int MEGABYTE = 1024 * 1024;

    /** The limit every file is held to unless the user raised it. */
    public static final ReadLimits DEFAULT = new ReadLimits(MAX_FILE_BYTES);

    /** The limit raised as far as it goes: for the app's own recovery files and the files it saved itself. */
    public static final ReadLimits HIGHEST = new ReadLimits(HIGHEST_MEGABYTES * MEGABYTE);

    public ReadLimits {
        if (maxFileBytes < 1 || maxFileBytes > HIGHEST_MEGABYTES * MEGABYTE) {
            throw new IllegalArgumentException("a file limit of " + maxFileBytes + " bytes");
        }
    }

    /** A limit of so many megabytes; never below the default, so raising a limit cannot lower it. */
    public static ReadLimits ofMegabytes(int megabytes) {
        if (megabytes < 1 || megabytes > HIGHEST_MEGABYTES) {
            throw new IllegalArgumentException(megabytes + " MB is not between 1 and " + HIGHEST_MEGABYTES);
        }
        return new ReadLimits(Math.max(MAX_FILE_BYTES, megabytes * MEGABYTE));
    }

    /**
     * The megabytes an option such as {@code --max-size=400} asks for: empty when {@code argument} is not that option,
     * -1 when it is but its value is not a whole number from 1 to {@value #HIGHEST_MEGABYTES}.
     */
    public static OptionalInt megabytesOf(String argument) {
        if (!argument.startsWith(OPTION + "=")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(megabytesIn(argument.substring(OPTION.length() + 1)));
    }

    /** The whole number of megabytes in {@code value}, or -1 when it is none from 1 to {@value #HIGHEST_MEGABYTES}. */
    public static int megabytesIn(String value) {
        String digits = value.trim();
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int megabytes = Integer.parseInt(digits);
        return megabytes >= 1 && megabytes <= HIGHEST_MEGABYTES ? megabytes : -1;
    }

    /** The limit in whole megabytes, for messages. */
    public int megabytes() {
        return maxFileBytes / MEGABYTE;
    }

    /** Whether the user raised the limit above the default. */
    public boolean raised() {
        return maxFileBytes > MAX_FILE_BYTES;
    }

    /** The megabytes a limit would need to take a file of {@code size} bytes, for a message that says what to type. */
    public static long megabytesFor(long size) {
        return (size + MEGABYTE - 1) / MEGABYTE;
    }
}
