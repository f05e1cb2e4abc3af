package app.counterpoint.view.compare;

import static app.counterpoint.view.Texts.label;
import static app.counterpoint.view.Texts.tooltip;

import app.counterpoint.viewmodel.compare.ComparisonFormat;
import app.counterpoint.viewmodel.compare.ComparisonViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The comparison's header: the caption with its tools (mark shared words, show silent sides, copy as text or
 * Markdown) on one line, and the event's title under it.
 */
final class ComparisonHeader extends VBox {

    ComparisonHeader(ComparisonViewModel viewModel, LanguageViewModel language) {
        super(2);
        Label heading = TabScaffold.heading("");
        heading.textProperty().bind(viewModel.titleProperty());
        // an event's long title takes a second line rather than lose its date
        heading.setWrapText(true);
        heading.setMinHeight(USE_PREF_SIZE);
        Label caption = label(language, "compare.caption", TabScaffold.caption(""));

        CheckBox highlight = label(language, "compare.highlight", new CheckBox());
        highlight.setId("highlight-shared");
        highlight.selectedProperty().bindBidirectional(viewModel.highlightSharedProperty());
        highlight.setTooltip(tooltip(language, "compare.highlight.tooltip"));
        Button copyText = label(language, "compare.copyText", new Button());
        copyText.setId("copy-comparison-text");
        copyText.setOnAction(e -> viewModel.copy(ComparisonFormat.TEXT));
        Button copyMarkdown = label(language, "compare.copyMarkdown", new Button());
        copyMarkdown.setId("copy-comparison-markdown");
        copyMarkdown.setOnAction(e -> viewModel.copy(ComparisonFormat.MARKDOWN));
        copyText.disableProperty().bind(Bindings.isEmpty(viewModel.rows()));
        copyMarkdown.disableProperty().bind(copyText.disableProperty());
        CheckBox silent = label(language, "compare.silent", new CheckBox());
        silent.setId("show-silent-sides");
        silent.selectedProperty().bindBidirectional(viewModel.showSilentSidesProperty());
        silent.setTooltip(tooltip(language, "compare.silent.tooltip"));
        CheckBox originals = label(language, "compare.originals", new CheckBox());
        originals.setId("show-originals");
        originals.selectedProperty().bindBidirectional(viewModel.showOriginalsProperty());
        originals.setTooltip(tooltip(language, "compare.originals.tooltip"));
        // offered only where there is something to show: an event none of whose statements has its original words
        originals.visibleProperty().bind(viewModel.hasOriginalsProperty());
        originals.managedProperty().bind(originals.visibleProperty());
        // the tools share the caption's line, so the table keeps the height a projector needs; on a narrow
        // window they wrap under it rather than run off the pane
        FlowPane tools = new FlowPane(10, 6, highlight, silent, originals, copyText, copyMarkdown);
        tools.setAlignment(Pos.CENTER_RIGHT);
        // one line while it fits; the flow's least width is its widest tool
        tools.setPrefWrapLength(640);
        HBox.setHgrow(tools, Priority.ALWAYS);
        caption.setMinWidth(USE_PREF_SIZE);
        HBox top = new HBox(10, caption, tools);
        top.getStyleClass().addAll("comparison-tools", "comparison-header");
        getChildren().addAll(top, heading);
    }
}
