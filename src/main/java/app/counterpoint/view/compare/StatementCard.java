package app.counterpoint.view.compare;

import app.counterpoint.text.TextRange;
import app.counterpoint.viewmodel.compare.ComparisonEntry;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One statement: a quote/paraphrase marker, the text (quotes in quotation marks and a serif italic), the source it
 * comes from, and a link to the source when it is a web page.
 */
final class StatementCard extends VBox {

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
        getStyleClass().addAll("statement-card", entry.isQuote() ? "quote" : "paraphrase");
        Label kind = new Label(entry.kindLabel().toUpperCase(Locale.ROOT));
        kind.getStyleClass().add("statement-kind");
        // the display text of a quote opens with a quotation mark, so the marks move one char right
        int offset = entry.isQuote() ? 1 : 0;
        HighlightedText text = new HighlightedText(
                entry.displayText(),
                shared.stream().map(r -> r.shift(offset)).toList(),
                found.stream().map(r -> r.shift(offset)).toList(),
                current == null ? null : current.shift(offset));
        text.getStyleClass().add("statement-text");

        Label source = new Label(entry.shortSourceText());
        source.getStyleClass().add("statement-source");
        source.setWrapText(true);
        source.setMinHeight(USE_PREF_SIZE);
        String tip = entry.sourceText() + entry.link().map(url -> "\n" + url).orElse("");
        source.setTooltip(new Tooltip(tip));
        // one below the other, not a flow: a flow is as wide as its widest child's whole line, and would push
        // the card past its column whenever a source's name is long
        VBox sourceLine = new VBox(2, source);
        sourceLine.getStyleClass().add("statement-source-line");
        entry.link().ifPresent(url -> {
            Hyperlink link = new Hyperlink("Open source \u2197");
            link.getStyleClass().add("source-link");
            link.setTooltip(new Tooltip(url));
            link.setOnAction(e -> {
                openLink.accept(url);
                link.setVisited(true);
            });
            sourceLine.getChildren().add(link);
        });
        kind.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(kind, text, sourceLine);
        setAccessibleText(entry.kindLabel() + ": " + entry.statement().text() + ". Source: " + entry.sourceText());
    }
}
