package app.counterpoint.view;

import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.edit.EntriesViewModel;
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
        SIDES("side", "Sides"),
        TOPICS("topic", "Topics"),
        SOURCES("source", "Sources");

        final String name;
        final String title;

        Kind(String name, String title) {
            this.name = name;
            this.title = title;
        }
    }

    private EntriesDialogs() {}

    static void show(MainViewModel viewModel, Kind kind, Window owner, List<String> stylesheets) {
        EntriesViewModel<?> entries = EntriesViewModel.of(viewModel.storyProperty(), viewModel.editor(), kind.name);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(kind.title);
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResizable(true);

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
                    swatch.setMinSize(14, 14);
                    swatch.setStyle("-fx-background-color: " + row.color() + "; -fx-background-radius: 3;");
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

        Button add = new Button("Add\u2026");
        add.setOnAction(e -> form(entries, -1, null, owner, stylesheets));
        Button edit = new Button("Edit\u2026");
        edit.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                form(entries, i, list.getItems().get(i), owner, stylesheets);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit.fire();
            }
        });
        Button up = new Button("Move Up");
        up.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            entries.move(i, i - 1);
            list.getSelectionModel().select(Math.max(0, i - 1));
        });
        Button down = new Button("Move Down");
        down.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            entries.move(i, i + 1);
            list.getSelectionModel().select(Math.min(list.getItems().size() - 1, i + 1));
        });
        Button delete = new Button("Delete\u2026");
        delete.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                delete(entries, i, list.getItems(), owner, stylesheets);
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

    private static void form(
            EntriesViewModel<?> entries, int index, EntriesViewModel.Row row, Window owner, List<String> stylesheets) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle((row == null ? "Add " : "Edit ") + entries.kindName());
        dialog.initOwner(owner);
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
        grid.addRow(r++, new Label(entries.hasColors() ? "Name" : "Title"), name);
        if (row != null) {
            grid.addRow(r++, new Label("Id"), id);
        }
        if (entries.hasColors()) {
            grid.addRow(r++, new Label("Colour"), color);
        } else {
            grid.addRow(r++, new Label("Link"), link);
        }
        grid.add(problem, 1, r);
        Runnable check = () -> {
            String p = EntriesViewModel.nameProblem(name.getText());
            if (p == null && row != null) {
                p = EntriesViewModel.idProblem(id.getText());
            }
            if (p == null && !entries.hasColors()) {
                p = EntriesViewModel.linkProblem(link.getText());
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
            int index,
            List<EntriesViewModel.Row> rows,
            Window owner,
            List<String> stylesheets) {
        Optional<String> usage = entries.usage(index);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.getDialogPane().getStylesheets().setAll(stylesheets);
        alert.setTitle("Delete " + entries.kindName());
        alert.setHeaderText("Delete '" + rows.get(index).name() + "'?");
        ButtonType remove =
                new ButtonType(usage.isPresent() ? "Remove from them" : "Delete", ButtonBar.ButtonData.OK_DONE);
        ButtonType move = new ButtonType("Move them", ButtonBar.ButtonData.OTHER);
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
            Label text = new Label(
                    usage.get() + " Remove it from them, or move them to another " + entries.kindName() + ":");
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
                no.setHeaderText("Not deleted");
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
