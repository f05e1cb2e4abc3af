package app.counterpoint;

import app.counterpoint.cli.CheckCommand;
import app.counterpoint.cli.ConvertCommand;
import app.counterpoint.cli.DraftCommand;
import app.counterpoint.cli.InfoCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.application.Application;

/**
 * The entry point of {@code counterpoint.jar} and {@code mvn javafx:run}. It is not itself an Application, so the
 * JavaFX runtime can be loaded from the plain class path of the shaded jar, and {@code check}, {@code convert} and
 * {@code draft} run with no window, speaking the terminal's language.
 */
public final class Main {

    private Main() {}

    /**
     * The terminal, in UTF-8 when LANG (or LC_ALL, LC_CTYPE) says so even where that locale is not installed and the
     * JVM fell back to ASCII: check's Russian or Arabic would otherwise print as question marks.
     */
    static PrintStream terminal() {
        return terminal(FileDescriptor.out, System.out);
    }

    /** {@link #terminal()} for another of the process's streams (standard error). */
    static PrintStream terminal(FileDescriptor descriptor, PrintStream stream) {
        String declared = firstSet(System.getenv("LC_ALL"), System.getenv("LC_CTYPE"), System.getenv("LANG"));
        boolean saysUtf8 = declared != null
                && declared.toUpperCase(Locale.ROOT).replace("-", "").contains("UTF8");
        Charset stdout = Charset.forName(
                System.getProperty("stdout.encoding", Charset.defaultCharset().name()));
        if (saysUtf8 && !stdout.equals(StandardCharsets.UTF_8)) {
            return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
        }
        return stream;
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(CheckCommand.run(Arrays.asList(args).subList(1, args.length), terminal()));
        }
        if (args.length > 0 && args[0].equals("convert")) {
            System.exit(ConvertCommand.run(Arrays.asList(args).subList(1, args.length), terminal()));
        }
        if (args.length > 0 && args[0].equals("draft")) {
            // the story's JSON is written as its UTF-8 bytes whatever the stream's encoding; the words follow LANG
            System.exit(DraftCommand.run(
                    Arrays.asList(args).subList(1, args.length), terminal(), terminal(FileDescriptor.err, System.err)));
        }
        if (args.length > 0 && InfoCommand.handles(args[0])) {
            System.exit(InfoCommand.run(args[0], terminal()));
        }
        OptionalInt windowExit = StartupArchive.runWindowWithArchive(args);
        if (windowExit.isPresent()) {
            System.exit(windowExit.getAsInt());
        }
        Application.launch(CounterpointApp.class, args);
    }
}
