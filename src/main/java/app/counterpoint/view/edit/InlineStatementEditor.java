package app.counterpoint.view.edit;

import app.counterpoint.model.Source;
import app.counterpoint.model.StatementKind;
import app.counterpoint.view.StoryTextDirection;
import app.counterpoint.viewmodel.edit.StatementFormViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A statement's card turned editor, in its cell of the comparison: its words in a wrapping text area, quote or
 * paraphrase, its topics, its source and when it was said, each with the form's message beside it as typed.
 * Ctrl+Enter or Save commits, Esc or Cancel leaves the story as it was. As narrow as the side's column: every part
 * wraps, none asks for more width than the column has.
 */
public final class InlineStatementEditor extends VBox {

    /** Small preferred widths: the column gives the editor its width, never the other way round. */
    private static final double NARROW = 80;

    private final TextArea text = new TextArea();
    private final StatementFormViewModel form;
    /** Scrolls a field into view; nothing until the comparison hands its scrolling in. */
    private java.util.function.Consumer<javafx.scene.Node> reveal = node -> {};

    /**
     * @param save   commits the edit (refused while a field is wrong)
     * @param cancel closes the editor, the story unchanged
     */
    public InlineStatementEditor(
            StatementFormViewModel form, LanguageViewModel language, Runnable save, Runnable cancel) {
        super(4);
        this.form = form;
        getStyleClass().add("inline-statement-editor");
        setMinWidth(0);

        text.setId("inline-statement-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setPrefColumnCount(8);
        text.setMinWidth(NARROW);
        text.textProperty().bindBidirectional(form.textProperty());
        text.setAccessibleText(language.get("edit.field.said"));
        growWithItsWords(text);
        // the side's words in their own direction, as the card showed them
        StoryTextDirection.follow(text, form.textProperty().get());

        ToggleGroup kinds = new ToggleGroup();
        RadioButton quote = new RadioButton(language.get("statement.kind.quote"));
        RadioButton paraphrase = new RadioButton(language.get("statement.kind.paraphrase"));
        quote.setId("inline-statement-quote");
        paraphrase.setId("inline-statement-paraphrase");
        quote.setToggleGroup(kinds);
        paraphrase.setToggleGroup(kinds);
        quote.setSelected(form.kindProperty().get() == StatementKind.QUOTE);
        paraphrase.setSelected(form.kindProperty().get() != StatementKind.QUOTE);
        kinds.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                form.kindProperty().set(now == quote ? StatementKind.QUOTE : StatementKind.PARAPHRASE);
            }
        });
        FlowPane kind = new FlowPane(10, 4, quote, paraphrase);
        kind.setPrefWrapLength(NARROW);

        // a button naming the source, wrapped (a menu button's text does not wrap, and a source's short citation
        // is wider than a projector's column), opening the story's sources
        Button source = new Button();
        source.setId("inline-statement-source");
        source.getStyleClass().add("inline-source-choice");
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        source.setMinWidth(0);
        source.setPrefWidth(NARROW);
        source.setMaxWidth(Double.MAX_VALUE);
        source.setMnemonicParsing(false);
        String none = language.get("edit.statement.noSource");
        ToggleGroup chosen = new ToggleGroup();
        ContextMenu choices = new ContextMenu();
        List<Source> sources = new ArrayList<>();
        sources.add(null);
        sources.addAll(form.sourceChoices());
        for (Source s : sources) {
            RadioMenuItem item = new RadioMenuItem(s == null ? none : s.shortCitation());
            item.setMnemonicParsing(false);
            item.setToggleGroup(chosen);
            item.setSelected(s == form.sourceProperty().get());
            item.setOnAction(e -> form.sourceProperty().set(s));
            choices.getItems().add(item);
        }
        source.setOnAction(e -> choices.show(source, javafx.geometry.Side.BOTTOM, 0, 0));
        source.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> form.sourceProperty().get() == null
                                ? none
                                : form.sourceProperty().get().shortCitation(),
                        form.sourceProperty()));
        // the whole citation below the box, wrapped: a headline does not fit a column
        Label citation = new Label();
        citation.getStyleClass().add("form-message");
        citation.setWrapText(true);
        citation.setMinHeight(Region.USE_PREF_SIZE);
        citation.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> form.sourceProperty().get() == null
                                ? ""
                                : form.sourceProperty().get().citation(),
                        form.sourceProperty()));
        citation.visibleProperty().bind(citation.textProperty().isNotEmpty());
        citation.managedProperty().bind(citation.visibleProperty());

        TextField date = new TextField();
        date.setId("inline-statement-date");
        date.setPrefColumnCount(8);

        date.setTooltip(new Tooltip(language.get("edit.statement.datePrompt")));
        date.textProperty().bindBidirectional(form.dateProperty());

        TextField lang = new TextField();
        lang.setId("inline-statement-lang");
        lang.setPrefColumnCount(6);
        lang.setTooltip(new Tooltip(language.get("edit.statement.langTip")));
        lang.textProperty().bindBidirectional(form.langProperty());
        TextArea original = new TextArea();
        original.setId("inline-statement-original");
        original.setWrapText(true);
        original.setPrefRowCount(2);
        original.setTooltip(new Tooltip(language.get("edit.statement.originalTip")));
        original.textProperty().bindBidirectional(form.originalProperty());
        // the words as said in their own direction: Arabic right to left in any window
        original.textProperty()
                .addListener((o, was, now) -> app.counterpoint.view.StoryTextDirection.follow(original, now));
        app.counterpoint.view.StoryTextDirection.follow(original, original.getText());

        Button saveButton = new Button(language.get("compare.inline.save"));
        saveButton.setId("inline-statement-save");
        saveButton.setTooltip(new Tooltip(language.get("compare.inline.save.tooltip")));
        saveButton.disableProperty().bind(Bindings.not(form.validProperty()));
        saveButton.setOnAction(e -> save.run());
        Button cancelButton = new Button(language.get("compare.inline.cancel"));
        cancelButton.setId("inline-statement-cancel");
        cancelButton.setTooltip(new Tooltip(language.get("compare.inline.cancel.tooltip")));
        cancelButton.setOnAction(e -> cancel.run());
        FlowPane buttons = new FlowPane(8, 4, saveButton, cancelButton);
        buttons.setPrefWrapLength(NARROW);

        getChildren()
                .addAll(
                        text,
                        message(form.textProblemProperty(), null),
                        kind,
                        fieldName(language, "edit.field.topics"),
                        FormDialogs.choicesOneALine(form.topics(), language),
                        message(form.topicsProblemProperty(), null),
                        fieldName(language, "edit.field.source"),
                        source,
                        citation,
                        fieldName(language, "edit.field.saidOn"),
                        date,
                        message(form.dateProblemProperty(), dateHint(form, language)),
                        fieldName(language, "edit.field.saidIn"),
                        lang,
                        message(form.langProblemProperty(), null),
                        fieldName(language, "edit.field.original"),
                        original,
                        message(form.problemProperty(), null),
                        buttons);
        // Tab goes on to the next field, as in every form (a statement's words hold no tab)
        text.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.TAB && !key.isShiftDown() && !key.isShortcutDown()) {
                RadioButton next = quote.isSelected() ? quote : paraphrase;
                next.requestFocus();
                reveal.accept(kind);
                key.consume();
            }
        });
        // a filter: the text area would take Enter as a new line and Esc is the window's too
        addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && key.isShortcutDown()) {
                save.run();
                key.consume();
            } else if (key.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                key.consume();
            }
        });
    }

    /**
     * The words area as tall as its wrapped words (three lines at least): in a column a projector makes narrow, a
     * statement of two sentences would otherwise hide behind a scroll bar of its own.
     */
    private static void growWithItsWords(TextArea area) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        Runnable fit = () -> {
            if (area.getWidth() <= 0) {
                return;
            }
            area.setPrefHeight(Region.USE_COMPUTED_SIZE);
            double rows = area.prefHeight(-1);
            probe.setFont(area.getFont());
            probe.setText(area.getText() + " ");
            // the area's padding and its content's, and room for the caret at a line's end
            probe.setWrappingWidth(Math.max(20, area.getWidth() - 28));
            double lineHeight = probe.getFont().getSize() * 1.35;
            double around = rows - 3 * lineHeight;
            area.setPrefHeight(Math.max(rows, probe.getLayoutBounds().getHeight() + around));
        };
        area.widthProperty().addListener(o -> fit.run());
        area.textProperty().addListener(o -> fit.run());
        area.fontProperty().addListener(o -> fit.run());
    }

    /** Called with a field of the editor as it takes the focus, to scroll it into view. */
    public void setOnFieldFocused(java.util.function.Consumer<javafx.scene.Node> reveal) {
        this.reveal = reveal;
        watchFocus(this, reveal);
    }

    private static void watchFocus(javafx.scene.Parent parent, java.util.function.Consumer<javafx.scene.Node> reveal) {
        for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.control.Control control) {
                // focus reached by the keyboard only: a click's focus would scroll the field away from the pointer
                // between its press and its release, and the click would be lost
                control.focusVisibleProperty().addListener((o, was, is) -> {
                    if (is) {
                        // a row of choices whole: a click on the one beside must find it in view
                        reveal.accept(parent instanceof FlowPane ? parent : control);
                    }
                });
            } else if (child instanceof javafx.scene.Parent inner) {
                watchFocus(inner, reveal);
            }
        }
    }

    /** The form this editor shows. */
    public StatementFormViewModel form() {
        return form;
    }

    /** Puts the focus in the words, the caret where it was in an earlier editor of the same statement (or at the end). */
    public void focusText(int caret) {
        text.requestFocus();
        text.positionCaret(caret < 0 ? text.getLength() : Math.min(caret, text.getLength()));
    }

    /** Where the caret stands in the words; -1 when the focus is not in them. */
    public int caret() {
        return text.isFocused() ? text.getCaretPosition() : -1;
    }

    /** What the date reads as, or while it is empty, that it is optional and how one is typed (no prompt: it is cut). */
    private static javafx.beans.value.ObservableStringValue dateHint(
            StatementFormViewModel form, LanguageViewModel language) {
        String example = language.get("edit.statement.datePrompt");
        return Bindings.createStringBinding(
                () -> {
                    String typed = form.dateProperty().get();
                    return typed == null || typed.isBlank()
                            ? example
                            : form.dateShownProperty().get();
                },
                form.dateProperty(),
                form.dateShownProperty());
    }

    private static Label fieldName(LanguageViewModel language, String key) {
        Label name = FormDialogs.label(language, key);
        name.getStyleClass().add("inline-field-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        return name;
    }

    private static Label message(
            javafx.beans.value.ObservableStringValue problem, javafx.beans.value.ObservableStringValue hint) {
        Label label = FormDialogs.message(problem, hint);
        // as wide as the column, not the dialog's 360 px
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
