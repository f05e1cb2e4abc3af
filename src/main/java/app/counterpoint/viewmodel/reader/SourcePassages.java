package app.counterpoint.viewmodel.reader;

import app.counterpoint.model.Excerpt;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.text.PassageFinder;
import app.counterpoint.text.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where statements stand in their sources' texts, and what {@code check} would warn about them, for the window: the
 * passage is found by the excerpt (exact words, told apart by prefix and suffix, spacing and quotation marks aside),
 * or without one by the statement's own words. Each source's text is folded once, however often it is asked about.
 */
public final class SourcePassages {

    /** A source's text and its finder; the finder is made again when the source's text changes (an edit). */
    private record Folded(String text, PassageFinder finder) {}

    private final Map<String, Folded> finders = new HashMap<>();

    /** The statement's passage in {@code source}'s text; empty when the source has no text or the words are not in it. */
    public Optional<TextRange> passageOf(Statement statement, Source source) {
        PassageFinder finder = finder(source);
        if (finder == null) {
            return Optional.empty();
        }
        Excerpt excerpt = statement.excerpt();
        var found = excerpt != null
                ? finder.find(excerpt.exact(), excerpt.prefix(), excerpt.suffix())
                : finder.find(statement.text(), null, null);
        return found.map(PassageFinder.Passage::range);
    }

    /**
     * What is doubtful about the statement's words against its source, in a teacher's words (as {@code check} warns):
     * an excerpt not in the source, an excerpt that cannot be checked, a quote not word for word. Empty when nothing.
     */
    public List<String> warningsOf(Statement statement, Source source) {
        List<String> warnings = new ArrayList<>();
        Excerpt excerpt = statement.excerpt();
        PassageFinder finder = finder(source);
        boolean quote = statement.kind() == StatementKind.QUOTE;
        if (finder == null) {
            if (excerpt != null) {
                warnings.add(
                        source == null
                                ? "Its excerpt cannot be checked: the statement names no source."
                                : "Its excerpt cannot be checked: the source \u201C" + source.title()
                                        + "\u201D has no text.");
            }
            return warnings;
        }
        if (excerpt != null) {
            if (finder.find(excerpt.exact(), excerpt.prefix(), excerpt.suffix()).isEmpty()) {
                warnings.add("Its excerpt is not in the text of the source \u201C" + source.title() + "\u201D.");
            } else if (quote && !PassageFinder.quoteOccursIn(excerpt.exact(), statement.text())) {
                warnings.add(notWordForWord("its excerpt"));
            }
        } else if (quote && !finder.contains(statement.text())) {
            warnings.add(notWordForWord("the text of the source \u201C" + source.title() + "\u201D"));
        }
        return warnings;
    }

    private static String notWordForWord(String where) {
        return "This quote is not word for word in " + where + " (quotation marks, apostrophes and spacing aside).";
    }

    private PassageFinder finder(Source source) {
        if (source == null || source.text() == null) {
            return null;
        }
        Folded known = finders.get(source.id());
        // the same text object: no need to compare 100,000 characters each time
        if (known == null || known.text() != source.text()) {
            known = new Folded(source.text(), new PassageFinder(source.text()));
            finders.put(source.id(), known);
        }
        return known.finder();
    }
}
