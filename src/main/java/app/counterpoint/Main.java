package app.counterpoint;

import app.counterpoint.cli.CheckCommand;
import app.counterpoint.cli.ConvertCommand;
import app.counterpoint.cli.DraftCommand;
import app.counterpoint.cli.InfoCommand;
import java.util.Arrays;
import javafx.application.Application;

/**
 * The entry point of {@code counterpoint.jar} and {@code mvn javafx:run}. It is not itself an Application, so the
 * JavaFX runtime can be loaded from the plain class path of the shaded jar, and {@code check}, {@code convert} and {@code draft} run with no window.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(CheckCommand.run(Arrays.asList(args).subList(1, args.length), System.out));
        }
        if (args.length > 0 && args[0].equals("convert")) {
            System.exit(ConvertCommand.run(Arrays.asList(args).subList(1, args.length), System.out));
        }
        if (args.length > 0 && args[0].equals("draft")) {
            System.exit(DraftCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && InfoCommand.handles(args[0])) {
            System.exit(InfoCommand.run(args[0], System.out));
        }
        Application.launch(CounterpointApp.class, args);
    }
}
