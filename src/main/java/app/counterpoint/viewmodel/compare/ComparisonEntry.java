package app.counterpoint.viewmodel.compare;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.OriginalWords;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * One statement as the comparison shows it, with its source already looked up.
 *
 * @param source       the statement's source, or {@code null} when the story gives none
 * @param messages     the language its labels are written in
 * @param withOriginal whether the comparison shows the words as they were said under a translation
 */
public record ComparisonEntry(Statement statement, Source source, Messages messages, boolean withOriginal) {

    /** An entry labelled in English. */
    public ComparisonEntry(Statement statement, Source source) {
        this(statement, source, Messages.of(Language.ENGLISH));
    }

    /** An entry that shows the words the class reads only. */
    public ComparisonEntry(Statement statement, Source source, Messages messages) {
        this(statement, source, messages, false);
    }

    public boolean isQuote() {
        return statement.kind() == StatementKind.QUOTE;
    }

    /** The text as read aloud: quotes inside quotation marks, paraphrases as they are. */
    public String displayText() {
        return isQuote() ? "\u201C" + statement.text() + "\u201D" : statement.text();
    }

    /** "Quote", "Translated quote" (a quote in another language whose original words the story lacks) or "Paraphrase". */
    public String kindLabel() {
        if (statement.isTranslatedQuote()) {
            return messages.text("statement.kind.translatedQuote");
        }
        return messages.text(isQuote() ? "statement.kind.quote" : "statement.kind.paraphrase");
    }

    /**
     * The words as they were said, when the comparison shows originals and the story has them; empty otherwise.
     * {@link #originalCaption()} names their language.
     */
    public Optional<String> originalWords() {
        OriginalWords original = statement.original();
        return withOriginal && original != null && original.hasWords()
                ? Optional.of(original.words())
                : Optional.empty();
    }

    /** What stands over the original words, in the window's language: "Said in German:"; empty with no words. */
    public Optional<String> originalCaption() {
        return originalWords()
                .map(words -> messages.text(
                        "statement.original", languageName(statement.original().lang())));
    }

    /** A language tag's name in the window's language: "ru" in a German window is "Russisch". */
    String languageName(String tag) {
        Locale in = messages.language().locale();
        String name = Locale.forLanguageTag(tag).getDisplayName(in);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }

    /** The text after its kind, for a page without the window's marks: "Quote: “…”", "Paraphrase: …". */
    public String labelledText() {
        return kindLabel() + ": " + displayText();
    }

    /** A short credit under the text: "Source: Evening Standard, May 2017", or "No source given". */
    public String shortSourceText() {
        return source == null
                ? messages.text("statement.source.none")
                : messages.text("statement.source.short", source.shortCitation());
    }

    /** The line naming where this comes from, e.g. "Title — Evening Standard, May 2017", or "No source given". */
    public String sourceText() {
        return source == null ? messages.text("statement.source.none") : source.citation();
    }

    /** The source's address when it is a web page (http or https), the only kind the view opens in a browser. */
    public Optional<String> link() {
        if (source == null || source.url() == null) {
            return Optional.empty();
        }
        return webAddress(source.url());
    }

    /** {@code url} trimmed when it is an absolute http(s) address with a host; other schemes are never opened. */
    static Optional<String> webAddress(String url) {
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? Optional.of(trimmed) : Optional.empty();
        } catch (URISyntaxException malformed) {
            // a malformed address is shown as text in the tooltip but never offered as a link
            return Optional.empty();
        }
    }
}
