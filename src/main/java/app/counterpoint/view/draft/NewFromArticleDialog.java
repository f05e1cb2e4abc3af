package app.counterpoint.view.draft;

import app.counterpoint.viewmodel.draft.ArticleDraftViewModel;
import app.counterpoint.viewmodel.draft.DraftReviewViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
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

    private NewFromArticleDialog() {}

    /** @param review receives the draft to review, on the UI thread */
    public static void show(
            ArticleDraftViewModel form,
            LanguageViewModel language,
            Window owner,
            List<String> stylesheets,
            Consumer<DraftReviewViewModel> review) {
        ButtonType draftButton = new ButtonType(language.get("draft.dialog.draft"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(language.get("draft.dialog.title"));
        dialog.setHeaderText(language.get("draft.dialog.header"));
        dialog.getDialogPane().getButtonTypes().setAll(draftButton, ButtonType.CANCEL);
        dialog.getDialogPane().setId("new-from-article");
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.setResizable(true);
        app.counterpoint.view.edit.FormDialogs.followOrientation(dialog, owner);

        TextArea article = new TextArea();
        article.setId("article-text");
        article.setWrapText(true);
        article.setPrefRowCount(14);
        article.setPrefColumnCount(60);
        article.setPromptText(language.get("draft.dialog.articlePrompt"));
        article.textProperty().bindBidirectional(form.articleProperty());
        VBox.setVgrow(article, Priority.ALWAYS);

        Button open = new Button(language.get("draft.dialog.openFile"));
        open.setId("article-open-file");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(language.get("draft.dialog.chooserTitle"));
            chooser.getExtensionFilters()
                    .addAll(
                            new FileChooser.ExtensionFilter(
                                    language.get("draft.dialog.articleFiles"), "*.txt", "*.html", "*.htm"),
                            new FileChooser.ExtensionFilter(language.get("draft.dialog.allFiles"), "*.*"));
            File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                try {
                    form.useFile(Files.readString(file.toPath(), StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException unreadable) {
                    article.setText("");
                    dialog.setHeaderText(
                            language.get("draft.dialog.unreadable", file.getName(), unreadable.getMessage()));
                }
            }
        });
        TextField date = new TextField();
        date.setId("article-date");
        date.setPromptText(language.get("draft.dialog.datePrompt"));
        date.setPrefColumnCount(10);
        date.textProperty().bindBidirectional(form.publishedProperty());
        Label dateLabel = new Label(language.get("draft.dialog.publishedOn"));
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
        Button draft = (Button) dialog.getDialogPane().lookupButton(draftButton);
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
