package app.counterpoint.view.edit;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Source;
import app.counterpoint.model.StatementKind;
import app.counterpoint.viewmodel.edit.StatementFormViewModel;
import app.counterpoint.viewmodel.edit.StoryEdit;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Adds or edits what a side said: text, quote or paraphrase, side, topics, source and when it was said. */
public final class StatementDialog {

    private static final double FIELD_WIDTH = 380;

    private StatementDialog() {}

    public static void show(
            StatementFormViewModel form,
            String heading,
            LanguageViewModel language,
            Window owner,
            List<String> stylesheets,
            Consumer<StoryEdit> execute) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(language.get(form.isNew() ? "edit.statement.addTitle" : "edit.statement.editTitle"));
        dialog.setHeaderText(heading);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add("edit-dialog");
        FormDialogs.own(dialog, owner, stylesheets);

        TextArea text = new TextArea();
        text.setId("statement-text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.textProperty().bindBidirectional(form.textProperty());
        ToggleGroup kinds = new ToggleGroup();
        RadioButton quote = new RadioButton(language.get("edit.statement.quote"));
        RadioButton paraphrase = new RadioButton(language.get("edit.statement.paraphrase"));
        quote.setToggleGroup(kinds);
        paraphrase.setToggleGroup(kinds);
        quote.setSelected(form.kindProperty().get() == StatementKind.QUOTE);
        paraphrase.setSelected(form.kindProperty().get() != StatementKind.QUOTE);
        kinds.selectedToggleProperty()
                .addListener((o, old, now) ->
                        form.kindProperty().set(now == quote ? StatementKind.QUOTE : StatementKind.PARAPHRASE));
        ChoiceBox<Actor> side = new ChoiceBox<>();
        side.getItems().setAll(form.sideChoices());
        side.setConverter(new Named<>(Actor::name, ""));
        side.valueProperty().bindBidirectional(form.sideProperty());
        // a source's title may be a whole headline: the box names it short, the whole citation wraps below it
        ChoiceBox<Source> source = new ChoiceBox<>();
        source.setId("statement-source");
        List<Source> sources = new ArrayList<>();
        sources.add(null);
        sources.addAll(form.sourceChoices());
        source.getItems().setAll(sources);
        source.setConverter(new Named<>(Source::shortCitation, language.get("edit.statement.noSource")));
        Label citation = new Label();
        citation.setId("statement-source-citation");
        citation.getStyleClass().add("form-message");
        citation.setWrapText(true);
        citation.setMaxWidth(FIELD_WIDTH);
        citation.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> source.getValue() == null ? "" : source.getValue().citation(), source.valueProperty()));
        source.valueProperty().bindBidirectional(form.sourceProperty());
        TextField date = new TextField();
        date.setId("statement-date");
        date.setPromptText(language.get("edit.statement.datePrompt"));
        date.textProperty().bindBidirectional(form.dateProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints fields = new ColumnConstraints(260, FIELD_WIDTH, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a field's name is never cut
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, FormDialogs.label(language, "edit.field.said"), text);
        grid.add(FormDialogs.message(form.textProblemProperty(), null), 1, row++);
        grid.addRow(row++, FormDialogs.label(language, "edit.field.kind"), new VBox(4, quote, paraphrase));
        grid.addRow(row++, FormDialogs.label(language, "edit.field.side"), side);
        grid.addRow(
                row++, FormDialogs.label(language, "edit.field.topics"), FormDialogs.choices(form.topics(), language));
        grid.add(FormDialogs.message(form.topicsProblemProperty(), null), 1, row++);
        grid.addRow(row++, FormDialogs.label(language, "edit.field.source"), source);
        grid.add(citation, 1, row++);
        grid.addRow(row++, FormDialogs.label(language, "edit.field.saidOn"), date);
        grid.add(FormDialogs.message(form.dateProblemProperty(), form.dateShownProperty()), 1, row++);
        grid.add(FormDialogs.message(form.problemProperty(), new SimpleStringProperty("")), 1, row);
        dialog.getDialogPane().setContent(grid);
        FormDialogs.commitOn(dialog, form.validProperty(), form::edit, execute);
        Platform.runLater(text::requestFocus);
        dialog.show();
    }

    /** Shows an item by its name, {@code none} for null. */
    private static final class Named<T> extends StringConverter<T> {
        private final java.util.function.Function<T, String> name;
        private final String none;

        Named(java.util.function.Function<T, String> name, String none) {
            this.name = name;
            this.none = none;
        }

        @Override
        public String toString(T item) {
            return item == null ? none : name.apply(item);
        }

        @Override
        public T fromString(String text) {
            throw new UnsupportedOperationException();
        }
    }
}
