package app.counterpoint.cli;

import app.counterpoint.about.AboutInfo;
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
     * Prints {@code Counterpoint VERSION} for {@code --version}, or the usage for {@code --help}.
     *
     * @return 0, the process exit status
     */
    public static int run(String argument, PrintStream out) {
        if (argument.equals("--version") || argument.equals("-V")) {
            out.println("Counterpoint " + AboutInfo.readVersion());
            return 0;
        }
        out.println("Counterpoint " + AboutInfo.readVersion() + " \u2014 " + AboutInfo.SUMMARY);
        out.println();
        out.println(
                "usage: counterpoint [STORY.counterpoint.json]   open a story (the bundled story when none is given)");
        out.println(
                "       counterpoint check FILE...              validate story files, print FILE:LINE:COLUMN: problems");
        out.println("       counterpoint convert IN OUT [--to " + ConvertFormat.choices() + "]");
        out.println(
                "                                               write IN as a story, TimelineJS or the comparisons");
        out.println("                                               (counterpoint convert --help lists the formats)");
        out.println("       counterpoint --version                  print the version");
        out.println("       counterpoint --help                     print this help");
        return 0;
    }
}
