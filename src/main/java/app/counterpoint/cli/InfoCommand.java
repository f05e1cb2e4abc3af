package app.counterpoint.cli;

import app.counterpoint.about.AboutInfo;
import app.counterpoint.i18n.Messages;
import java.io.PrintStream;

/** {@code --version} and {@code --help}: answered on the command line without starting the window toolkit. */
public final class InfoCommand {

    private InfoCommand() {}

    /** Whether {@code argument} (the first on the command line) asks for version or help. */
    public static boolean handles(String argument) {
        return switch (argument) {
            case "--version", "-V", "--help", "-h", "-?" -> true;
            default -> false;
        };
    }

    /**
     * Prints {@code Counterpoint VERSION} for {@code --version}, or the usage for {@code --help}, in the terminal's
     * language ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}).
     *
     * @return 0, the process exit status
     */
    public static int run(String argument, PrintStream out) {
        return run(argument, out, Messages.ofEnvironment());
    }

    /** As {@link #run(String, PrintStream)}, in the language of {@code messages}. */
    public static int run(String argument, PrintStream out, Messages messages) {
        if (argument.equals("--version") || argument.equals("-V")) {
            out.println("Counterpoint " + AboutInfo.readVersion());
            return 0;
        }
        out.println("Counterpoint " + AboutInfo.readVersion() + " \u2014 " + messages.text("about.summary"));
        out.println();
        out.println(messages.text("cli.help", ConvertFormat.choices()));
        return 0;
    }
}
