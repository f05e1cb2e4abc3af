package app.counterpoint.view.compare;

import app.counterpoint.i18n.Messages;
import app.counterpoint.model.Statement;
import app.counterpoint.text.TextRange;
import app.counterpoint.view.StoryTextDirection;
import app.counterpoint.viewmodel.compare.ComparisonEntry;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One statement: a quote/paraphrase marker, the text (quotes in quotation marks and a serif italic), the source it
 * comes from, and a link to the source when it is a web page.
 */
final class StatementCard extends VBox {

    /** The mark beside a statement {@code check} warns about: a sign, no word to translate. */
    private static final String WARNING_SIGN = "\u26A0";

    /**
     * @param shared   stretches of the statement's text (not of its display text) to mark; may be empty
     * @param openLink opens an http(s) address in the system browser
     */
    StatementCard(ComparisonEntry entry, List<TextRange> shared, Consumer<String> openLink) {
        this(entry, shared, List.of(), null, openLink);
    }

    /**
     * @param found   what the search found in the statement's text; may be empty
     * @param current the search's current match, when it is in this statement; or null
     */
    StatementCard(
            ComparisonEntry entry,
            List<TextRange> shared,
            List<TextRange> found,
            TextRange current,
            Consumer<String> openLink) {
        this(entry, shared, found, current, openLink, List.of(), null);
    }

    /**
     * @param warnings     what {@code check} warns about the statement's words (a quote not word for word), shown as a
     *                     mark beside its kind; may be empty
     * @param showInSource opens the source reader at the statement's passage; null when the view offers no reader
     */
    StatementCard(
            ComparisonEntry entry,
            List<TextRange> shared,
            List<TextRange> found,
            TextRange current,
            Consumer<String> openLink,
            List<String> warnings,
            Consumer<Statement> showInSource) {
        getStyleClass().addAll("statement-card", entry.isQuote() ? "quote" : "paraphrase");
        Messages messages = entry.messages();
        Label kind = new Label(entry.kindLabel().toUpperCase(messages.language().locale()));
        kind.getStyleClass().add("statement-kind");
        // the display text of a quote opens with a quotation mark, so the marks move one char right
        int offset = entry.isQuote() ? 1 : 0;
        HighlightedText text = new HighlightedText(
                entry.displayText(),
                shared.stream().map(r -> r.shift(offset)).toList(),
                found.stream().map(r -> r.shift(offset)).toList(),
                current == null ? null : current.shift(offset));
        text.getStyleClass().add("statement-text");
        // the side's own words in their own direction: an English quote in the Arabic window keeps its marks in place
        StoryTextDirection.follow(text, entry.statement().text());

        Label source = new Label(entry.shortSourceText());
        source.getStyleClass().add("statement-source");
        source.setWrapText(true);
        source.setMinHeight(USE_PREF_SIZE);
        String tip = entry.sourceText() + entry.link().map(url -> "\n" + url).orElse("");
        source.setTooltip(new Tooltip(tip));
        boolean readable =
                showInSource != null && entry.source() != null && entry.source().hasText();
        // one below the other, not a flow: a flow is as wide as its widest child's whole line, and would push
        // the card past its column whenever a source's name is long
        VBox sourceLine = new VBox(2, source);
        sourceLine.getStyleClass().add("statement-source-line");
        if (readable) {
            // the source's name is itself a way in, as a teacher expects of a citation
            source.getStyleClass().add("readable");
            source.setOnMouseClicked(e -> {
                if (e.getClickCount() == 1) {
                    showInSource.accept(entry.statement());
                    e.consume();
                }
            });
            Hyperlink show = new Hyperlink(messages.text("statement.showInSource"));
            show.getStyleClass().addAll("source-link", "show-in-source");
            show.setTooltip(new Tooltip(messages.text("statement.showInSource.tooltip")));
            show.setOnAction(e -> showInSource.accept(entry.statement()));
            sourceLine.getChildren().add(show);
        }
        entry.link().ifPresent(url -> {
            Hyperlink link = new Hyperlink(messages.text("statement.openSource"));
            link.getStyleClass().add("source-link");
            link.setTooltip(new Tooltip(url));
            link.setOnAction(e -> {
                openLink.accept(url);
                link.setVisited(true);
            });
            sourceLine.getChildren().add(link);
        });
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Node top = kind;
        String warned = "";
        if (!warnings.isEmpty()) {
            String all = String.join("\n", warnings);
            Label mark = new Label(WARNING_SIGN);
            mark.getStyleClass().add("statement-warning");
            mark.setTooltip(new Tooltip(all));
            mark.setAccessibleText(messages.text("statement.warning", all));
            mark.setMinWidth(Region.USE_PREF_SIZE);
            top = new HBox(6, kind, mark);
            ((HBox) top).setAlignment(Pos.CENTER_LEFT);
            warned = " " + messages.text("statement.warning", all);
        }
        getChildren().addAll(top, text);
        String original = "";
        if (entry.originalWords().isPresent()) {
            String said = entry.originalWords().get();
            String caption = entry.originalCaption().orElseThrow();
            Label language = new Label(caption);
            language.getStyleClass().add("statement-original-language");
            language.setWrapText(true);
            language.setMinHeight(USE_PREF_SIZE);
            HighlightedText words = new HighlightedText(said, List.of());
            words.getStyleClass().add("statement-original-words");
            // Russian left to right and Arabic right to left, whatever the window's direction
            StoryTextDirection.follow(words, said);
            getChildren().addAll(language, words);
            original = " " + caption + " " + said;
        }
        getChildren().add(sourceLine);
        setAccessibleText(messages.text(
                        "statement.accessible",
                        entry.kindLabel(),
                        entry.statement().text(),
                        entry.sourceText())
                + original
                + warned);
    }
}
