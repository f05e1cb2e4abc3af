package app.counterpoint.view.edit;

import app.counterpoint.viewmodel.edit.FormChoice;
import app.counterpoint.viewmodel.edit.StoryEdit;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** What the edit dialogs share: a message label beside a field, tick boxes for choices, the commit button. */
public final class FormDialogs {

    private FormDialogs() {}

    /** A small label that shows a field's problem in the warning style, or a hint when there is none. */
    static Label message(ObservableStringValue problem, ObservableStringValue hint) {
        Label label = new Label();
        label.getStyleClass().add("form-message");
        label.setWrapText(true);
        label.setMaxWidth(360);
        Runnable update = () -> {
            boolean wrong = problem.get() != null && !problem.get().isEmpty();
            label.setText(wrong ? problem.get() : hint == null ? "" : hint.get());
            label.getStyleClass().removeAll("form-problem", "form-hint");
            label.getStyleClass().add(wrong ? "form-problem" : "form-hint");
        };
        problem.addListener(o -> update.run());
        if (hint != null) {
            hint.addListener(o -> update.run());
        }
        update.run();
        return label;
    }

    /** Short choices (sides, topics) side by side, wrapping to the next line. */
    static Pane choices(List<FormChoice> choices, LanguageViewModel language) {
        return fill(flow(), choices, language);
    }

    /**
     * Long choices (sources, named by a whole headline) one a line, each wrapped to the form's width: a flow lays its
     * boxes out at their whole width, and a headline would run past the form.
     */
    static Pane choicesOneALine(List<FormChoice> choices, LanguageViewModel language) {
        return fill(new VBox(6), choices, language);
    }

    private static Pane fill(Pane pane, List<FormChoice> choices, LanguageViewModel language) {
        for (FormChoice c : choices) {
            CheckBox box = new CheckBox(c.label());
            box.setMnemonicParsing(false);
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(c.selectedProperty());
            if (c.color() != null) {
                box.setStyle("-fx-mark-color: " + c.color() + ";");
            }
            pane.getChildren().add(box);
        }
        if (choices.isEmpty()) {
            pane.getChildren().add(label(language, "edit.field.noneInStory"));
        }
        return pane;
    }

    /**
     * Makes OK commit: enabled while the form is valid; pressing it (or Enter) executes the form's edit, or keeps the
     * dialog open when the edit is refused (the form says why).
     */
    static void commitOn(
            Dialog<ButtonType> dialog,
            ObservableBooleanValue valid,
            Supplier<Optional<StoryEdit>> edit,
            Consumer<StoryEdit> execute) {
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.not(valid));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<StoryEdit> made = edit.get();
            if (made.isEmpty()) {
                e.consume();
            } else {
                execute.accept(made.get());
            }
        });
    }

    /** A field's name in the form's language (a dialog lives shorter than a change of language). */
    static Label label(LanguageViewModel language, String key) {
        return new Label(language.get(key));
    }

    static void own(Dialog<?> dialog, Window owner, List<String> stylesheets) {
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.setResizable(true);
        followOrientation(dialog, owner);
    }

    /** A dialog reads in its window's direction: right to left over an Arabic window. */
    public static void followOrientation(Dialog<?> dialog, Window owner) {
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().setNodeOrientation(owner.getScene().getRoot().getEffectiveNodeOrientation());
        }
    }

    static Node spacer() {
        return new Label();
    }

    private static FlowPane flow() {
        FlowPane pane = new FlowPane(12, 6);
        pane.setPrefWrapLength(420);
        return pane;
    }
}
