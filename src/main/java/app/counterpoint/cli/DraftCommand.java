package app.counterpoint.cli;

import app.counterpoint.draft.ArticleReader;
import app.counterpoint.draft.ArticleText;
import app.counterpoint.draft.DraftNames;
import app.counterpoint.draft.DraftReview;
import app.counterpoint.draft.Drafter;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.export.AtomicFile;
import app.counterpoint.io.export.FileNotWrittenException;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.model.Story;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code counterpoint draft ARTICLE [--date YYYY-MM-DD] [-o OUT.json]}: drafts a story from an article (plain text or
 * HTML) and writes the whole draft, every proposal accepted, as a story: its sides named as in the text, each
 * statement with its kind and its excerpt, the article as the source with its full text, the events at their
 * resolved dates. Relative dates need the publication date: {@code --date}, else the one the article gives.
 */
public final class DraftCommand {

    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private DraftCommand() {}

    /**
     * @param out the story's JSON when no {@code -o} is given, else the summary line
     * @param err problems, and the summary line when the story goes to {@code out}
     * @return 0 when the story was written, 1 when the article cannot be read or the story not written, 2 for wrong
     * arguments or an article without a date when none is given
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, Messages.ofEnvironment());
    }

    /** As {@link #run(List, PrintStream, PrintStream)}, saying what it did in the language of {@code messages}. */
    public static int run(List<String> args, PrintStream out, PrintStream err, Messages messages) {
        String usage = messages.text("cli.draft.usage");
        String article = null;
        String date = null;
        String target = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--date") || arg.equals("-o")) && i + 1 < args.size()) {
                if (arg.equals("--date")) {
                    date = args.get(++i);
                } else {
                    target = args.get(++i);
                }
            } else if (arg.startsWith("-") || article != null) {
                err.println(usage);
                return 2;
            } else {
                article = arg;
            }
        }
        if (article == null) {
            err.println(usage);
            return 2;
        }
        LocalDate given = null;
        if (date != null) {
            try {
                given = LocalDate.parse(date);
            } catch (DateTimeException e) {
                err.println(messages.text("cli.draft.badDate", date));
                return 2;
            }
        }
        String content;
        try {
            content = read(Path.of(article), messages);
        } catch (InvalidPathException | IOException e) {
            err.println(article + ": " + messages.text("cli.draft.unreadable", message(e, messages)));
            return 1;
        }
        ArticleText text = ArticleReader.read(content);
        if (given != null) {
            text = text.withPublished(given);
        } else if (text.published() == null) {
            err.println(article + ": " + messages.text("cli.draft.noDate"));
            return 2;
        }
        DraftNames names = DraftNames.in(messages.language());
        DraftReview review = new DraftReview(new Drafter(names).draft(text), names);
        review.acceptAllPending();
        if (review.sides().isEmpty()) {
            err.println(article + ": " + messages.text("cli.draft.noSides"));
            return 1;
        }
        Story story = review.build();
        byte[] json;
        try {
            json = new StoryWriter().toBytes(story); // refuses a story too large to be opened again
        } catch (IOException e) {
            err.println(article + ": " + messages.text("cli.draft.notWritten", message(e, messages)));
            return 1;
        }
        String summary = summary(story, article, text.published(), messages);
        if (target == null) {
            out.write(json, 0, json.length);
            out.flush();
            err.println(summary);
            return 0;
        }
        try {
            Path outPath = Path.of(target);
            if (Files.exists(outPath) && Files.isSameFile(outPath, Path.of(article))) {
                err.println(target + ": " + messages.text("cli.draft.sameFile"));
                return 2;
            }
            AtomicFile.write(outPath, json);
        } catch (InvalidPathException | IOException e) {
            err.println(target + ": " + messages.text("cli.convert.cannotWrite", message(e, messages)));
            return 1;
        }
        out.println(messages.text("cli.draft.wrote", target, summary));
        return 0;
    }

    private static String read(Path path, Messages messages) throws IOException {
        if (Files.size(path) > MAX_BYTES) {
            throw new IOException(messages.text("cli.draft.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        byte[] bytes = Files.readAllBytes(path);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException(messages.text("cli.draft.notUtf8"), e);
        }
    }

    private static String summary(Story story, String article, LocalDate published, Messages messages) {
        String sides = story.actors().stream().map(a -> a.name()).collect(Collectors.joining(", "));
        return messages.text(
                "cli.draft.summary",
                story.actors().size(),
                sides,
                story.statements().size(),
                story.events().size(),
                story.topics().size(),
                article,
                published.toString());
    }

    private static String message(Exception e, Messages messages) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return messages.text("cli.draft.noSuchFile");
        }
        return FileNotWrittenException.reason(e, messages.language());
    }
}
