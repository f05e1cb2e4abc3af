package app.counterpoint.draft;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Prints a draft, for looking at the rules' output while writing them (not a test). */
public final class DraftDebugMain {
    public static void main(String[] args) throws Exception {
        ArticleText a = ArticleReader.read(Files.readString(Path.of(args[0])));
        if (args.length > 1) {
            a = a.withPublished(LocalDate.parse(args[1]));
        }
        Draft d = new Drafter().draft(a);
        d.sides().forEach(s -> System.out.println("SIDE " + s));
        d.statements()
                .forEach(s -> System.out.println(
                        "ST " + s.sideId() + " " + s.kind() + " [" + s.text() + "] <" + s.speaker() + ">"));
        d.events().forEach(e -> System.out.println("EV " + e.isoDate() + " " + e.title()));
        d.topics().forEach(t -> System.out.println("TOPIC " + t));
    }
}
