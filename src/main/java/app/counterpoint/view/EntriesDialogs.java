package app.counterpoint.view;

import app.counterpoint.view.edit.FormDialogs;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.edit.EntriesViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/** Edit › Sides…, Topics…, Sources…: a table of the entries with add, edit, reorder and delete. */
final class EntriesDialogs {

    enum Kind {
        SIDES(
                "side",
                "entries.sides.title",
                "entries.sides.add",
                "entries.sides.edit",
                "entries.sides.delete",
                "entries.sides.moveTo"),
        TOPICS(
                "topic",
                "entries.topics.title",
                "entries.topics.add",
                "entries.topics.edit",
                "entries.topics.delete",
                "entries.topics.moveTo"),
        SOURCES(
                "source",
                "entries.sources.title",
                "entries.sources.add",
                "entries.sources.edit",
                "entries.sources.delete",
                "entries.sources.moveTo");

        final String name;
        final String titleKey;
        final String addKey;
        final String editKey;
        final String deleteKey;
        final String moveToKey;

        Kind(String name, String titleKey, String addKey, String editKey, String deleteKey, String moveToKey) {
            this.name = name;
            this.titleKey = titleKey;
            this.addKey = addKey;
            this.editKey = editKey;
            this.deleteKey = deleteKey;
            this.moveToKey = moveToKey;
        }
    }

    private EntriesDialogs() {}

    static void show(MainViewModel viewModel, Kind kind, Window owner, List<String> stylesheets) {
        EntriesViewModel<?> entries = EntriesViewModel.of(viewModel.storyProperty(), viewModel.editor(), kind.name);
        Dialog<ButtonType> dialog = new Dialog<>();
        LanguageViewModel language = viewModel.language();
        dialog.setTitle(language.get(kind.titleKey));
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResizable(true);
        FormDialogs.followOrientation(dialog, owner);

        ListView<EntriesViewModel.Row> list = new ListView<>();
        list.setId("entries-list");
        list.setPrefSize(460, 320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EntriesViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(row.name() + "   (" + row.id() + ")" + (row.link() == null ? "" : "   " + row.link()));
                if (row.color() != null) {
                    Region swatch = new Region();
                    swatch.getStyleClass().add("entry-swatch");
                    swatch.setMinSize(14, 14);
                    swatch.setMaxSize(14, 14);
                    // its shape beside its colour, as the timeline and the filter draw it
                    swatch.setStyle("-fx-background-color: " + row.color() + "; "
                            + row.shape().cssShape());
                    setGraphic(swatch);
                } else {
                    setGraphic(null);
                }
            }
        });
        Runnable refresh = () -> {
            int at = list.getSelectionModel().getSelectedIndex();
            list.getItems().setAll(entries.rows());
            list.getSelectionModel().select(Math.min(at, list.getItems().size() - 1));
        };
        refresh.run();
        viewModel.storyProperty().addListener((Observable o) -> refresh.run());

        Button add = button(language, "entries.button.add");
        add.setOnAction(e -> form(entries, kind, language, -1, null, owner, stylesheets));
        Button edit = button(language, "entries.button.edit");
        edit.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                form(entries, kind, language, i, list.getItems().get(i), owner, stylesheets);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit.fire();
            }
        });
        Button up = button(language, "entries.button.up");
        up.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            entries.move(i, i - 1);
            list.getSelectionModel().select(Math.max(0, i - 1));
        });
        Button down = button(language, "entries.button.down");
        down.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            entries.move(i, i + 1);
            list.getSelectionModel().select(Math.min(list.getItems().size() - 1, i + 1));
        });
        Button delete = button(language, "entries.button.delete");
        delete.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                delete(entries, kind, language, i, list.getItems(), owner, stylesheets);
            }
        });
        for (Button b : List.of(add, edit, up, down, delete)) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        VBox buttons = new VBox(6, add, edit, up, down, delete);
        HBox content = new HBox(10, list, buttons);
        HBox.setHgrow(list, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.show();
    }

    private static Button button(LanguageViewModel language, String key) {
        return new Button(language.get(key));
    }

    private static Label label(LanguageViewModel language, String key) {
        return new Label(language.get(key));
    }

    private static void form(
            EntriesViewModel<?> entries,
            Kind kind,
            LanguageViewModel language,
            int index,
            EntriesViewModel.Row row,
            Window owner,
            List<String> stylesheets) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(language.get(row == null ? kind.addKey : kind.editKey));
        dialog.initOwner(owner);
        FormDialogs.followOrientation(dialog, owner);
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        TextField name = new TextField(row == null ? "" : row.name());
        name.setId("entry-name");
        TextField id = new TextField(row == null ? "" : row.id());
        id.setId("entry-id");
        ColorPicker color = new ColorPicker(
                Color.web(row == null || row.color() == null ? entries.nextColor() : cssOrBlack(row.color())));
        TextField link = new TextField(row == null || row.link() == null ? "" : row.link());
        Label problem = new Label();
        problem.getStyleClass().addAll("form-message", "form-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(360);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        int r = 0;
        grid.addRow(r++, label(language, entries.hasColors() ? "entries.field.name" : "edit.field.title"), name);
        if (row != null) {
            grid.addRow(r++, label(language, "entries.field.id"), id);
        }
        if (entries.hasColors()) {
            grid.addRow(r++, label(language, "entries.field.colour"), color);
        } else {
            grid.addRow(r++, label(language, "entries.field.link"), link);
        }
        grid.add(problem, 1, r);
        Runnable check = () -> {
            app.counterpoint.i18n.Language shown = language.getLanguage();
            String p = EntriesViewModel.nameProblem(name.getText(), shown);
            if (p == null && row != null) {
                p = EntriesViewModel.idProblem(id.getText(), shown);
            }
            if (p == null && !entries.hasColors()) {
                p = EntriesViewModel.linkProblem(link.getText(), shown);
            }
            problem.setText(p == null ? "" : p);
            dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(p != null);
        };
        name.textProperty().addListener(o -> check.run());
        id.textProperty().addListener(o -> check.run());
        link.textProperty().addListener(o -> check.run());
        dialog.getDialogPane().setContent(grid);
        check.run();
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String css = entries.hasColors() ? toCss(color.getValue()) : null;
            Optional<String> refused = row == null
                    ? entries.add(name.getText(), css, link.getText())
                    : entries.change(index, id.getText(), name.getText(), css, link.getText());
            refused.ifPresent(m -> {
                problem.setText(m);
                e.consume();
            });
        });
        javafx.application.Platform.runLater(name::requestFocus);
        dialog.show();
    }

    private static void delete(
            EntriesViewModel<?> entries,
            Kind kind,
            LanguageViewModel language,
            int index,
            List<EntriesViewModel.Row> rows,
            Window owner,
            List<String> stylesheets) {
        Optional<String> usage = entries.usage(index, language.messages());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.getDialogPane().getStylesheets().setAll(stylesheets);
        FormDialogs.followOrientation(alert, owner);
        alert.setTitle(language.get(kind.deleteKey));
        alert.setHeaderText(
                language.get("entries.delete.question", rows.get(index).name()));
        ButtonType remove = new ButtonType(
                language.get(usage.isPresent() ? "entries.delete.remove" : "entries.delete.delete"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType move = new ButtonType(language.get("entries.delete.move"), ButtonBar.ButtonData.OTHER);
        ChoiceBox<EntriesViewModel.Row> target = new ChoiceBox<>();
        rows.stream().filter(r -> r != rows.get(index)).forEach(target.getItems()::add);
        target.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EntriesViewModel.Row r) {
                return r == null ? "" : r.name();
            }

            @Override
            public EntriesViewModel.Row fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        if (!target.getItems().isEmpty()) {
            target.getSelectionModel().select(0);
        }
        if (usage.isPresent()) {
            Label text = new Label(usage.get() + " " + language.get(kind.moveToKey));
            text.setWrapText(true);
            text.setMaxWidth(420);
            alert.getDialogPane().setContent(new VBox(8, text, target));
            alert.getButtonTypes().setAll(remove, move, ButtonType.CANCEL);
            if (target.getItems().isEmpty()) {
                alert.getDialogPane().lookupButton(move).setDisable(true);
            }
        } else {
            alert.getButtonTypes().setAll(remove, ButtonType.CANCEL);
        }
        alert.showAndWait().ifPresent(answer -> {
            Optional<String> refused = Optional.empty();
            if (answer == remove) {
                refused = entries.delete(index, null);
            } else if (answer == move && target.getValue() != null) {
                refused = entries.delete(index, target.getValue().id());
            }
            refused.ifPresent(m -> {
                Alert no = new Alert(Alert.AlertType.INFORMATION, m);
                no.initOwner(owner);
                no.setHeaderText(language.get("entries.delete.refused"));
                no.show();
            });
        });
    }

    private static String cssOrBlack(String css) {
        try {
            Color.web(css);
            return css;
        } catch (IllegalArgumentException e) {
            return "black";
        }
    }

    private static String toCss(Color c) {
        return String.format(
                java.util.Locale.ROOT,
                "#%02X%02X%02X",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
