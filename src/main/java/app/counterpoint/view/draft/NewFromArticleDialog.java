package app.counterpoint.view.draft;

import app.counterpoint.viewmodel.draft.ArticleDraftViewModel;
import app.counterpoint.viewmodel.draft.DraftReviewViewModel;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File › New from Article: paste the article or open a .txt or .html file, confirm or set the day it was published,
 * Draft; the review list opens beside the window when the drafter is done.
 */
public final class NewFromArticleDialog {

    /** The Draft button. */
    public static final ButtonType DRAFT = new ButtonType("Draft", ButtonBar.ButtonData.OK_DONE);

    private NewFromArticleDialog() {}

    /** @param review receives the draft to review, on the UI thread */
    public static void show(
            ArticleDraftViewModel form, Window owner, List<String> stylesheets, Consumer<DraftReviewViewModel> review) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("New from Article");
        dialog.setHeaderText("Paste a news article, or open it as a .txt or .html file");
        dialog.getDialogPane().getButtonTypes().setAll(DRAFT, ButtonType.CANCEL);
        dialog.getDialogPane().setId("new-from-article");
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.setResizable(true);

        TextArea article = new TextArea();
        article.setId("article-text");
        article.setWrapText(true);
        article.setPrefRowCount(14);
        article.setPrefColumnCount(60);
        article.setPromptText("The article's text, as published");
        article.textProperty().bindBidirectional(form.articleProperty());
        VBox.setVgrow(article, Priority.ALWAYS);

        Button open = new Button("Open a File\u2026");
        open.setId("article-open-file");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open an article");
            chooser.getExtensionFilters()
                    .addAll(
                            new FileChooser.ExtensionFilter("Articles (*.txt, *.html)", "*.txt", "*.html", "*.htm"),
                            new FileChooser.ExtensionFilter("All files", "*.*"));
            File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                try {
                    form.useFile(Files.readString(file.toPath(), StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException unreadable) {
                    article.setText("");
                    dialog.setHeaderText(file.getName() + " cannot be read: " + unreadable.getMessage());
                }
            }
        });
        TextField date = new TextField();
        date.setId("article-date");
        date.setPromptText("YYYY-MM-DD");
        date.setPrefColumnCount(10);
        date.textProperty().bindBidirectional(form.publishedProperty());
        Label dateLabel = new Label("Published on");
        dateLabel.setLabelFor(date);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(form.draftingProperty());
        HBox line = new HBox(10, open, dateLabel, date, progress);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("article-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.textProperty().bind(form.messageProperty());

        dialog.getDialogPane().setContent(new VBox(10, article, line, message));
        Button draft = (Button) dialog.getDialogPane().lookupButton(DRAFT);
        draft.disableProperty().bind(form.draftingProperty());
        // Draft keeps the dialog open until the drafter is done, and says why when it cannot start
        draft.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.draft(drafted -> {
                dialog.close();
                review.accept(drafted);
            });
        });
        dialog.show();
    }
}
