package app.counterpoint.view.compare;

import app.counterpoint.viewmodel.ComparisonEntry;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** One statement in a comparison cell: a quote/paraphrase marker, the text, and the source it comes from. */
final class StatementCard extends VBox {

    StatementCard(ComparisonEntry entry) {
        getStyleClass().addAll("statement-card", entry.isQuote() ? "quote" : "paraphrase");
        Label kind = new Label(entry.kindLabel().toUpperCase(java.util.Locale.ROOT));
        kind.getStyleClass().add("statement-kind");
        Label text = new Label(entry.displayText());
        text.getStyleClass().add("statement-text");
        text.setWrapText(true);
        text.setMinHeight(USE_PREF_SIZE);
        Label source = new Label(entry.shortSourceText());
        source.setTooltip(new Tooltip(entry.sourceText()));
        source.getStyleClass().add("statement-source");
        source.setWrapText(true);
        source.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(kind, text, source);
        setAccessibleText(entry.kindLabel() + ": " + entry.statement().text() + ". Source: " + entry.sourceText());
    }
}
