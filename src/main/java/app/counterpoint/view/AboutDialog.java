package app.counterpoint.view;

import app.counterpoint.about.AboutInfo;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help › About Counterpoint: the version, what the app is for, and the licences of the libraries it bundles. */
public final class AboutDialog extends Alert {

    /** The stylesheet of this dialog, next to the application's own. */
    static final String STYLESHEET =
            AboutDialog.class.getResource("/app/counterpoint/view/about.css").toExternalForm();

    public AboutDialog(AboutInfo info, LanguageViewModel language, Window owner) {
        super(AlertType.NONE, "", ButtonType.CLOSE);
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle(language.get("about.title"));
        setHeaderText("Counterpoint " + info.version());
        setGraphic(new ImageView(AppIcons.ofSize(64)));

        Label summary = new Label(language.get("about.summary"));
        summary.setWrapText(true);
        summary.getStyleClass().add("about-summary");
        Label heading = new Label(language.get("about.licences"));
        heading.getStyleClass().add("about-heading");
        TextArea licences = new TextArea(info.licences());
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(14);
        licences.getStyleClass().add("about-licences");
        licences.setId("about-licences");

        getDialogPane().setContent(new VBox(12, summary, heading, licences));
        getDialogPane().setId("about-dialog");
        getDialogPane().getStylesheets().addAll(MainWindow.STYLESHEET, STYLESHEET);
        getDialogPane().setPrefWidth(720);
        setResizable(true);
        if (getDialogPane().getScene().getWindow() instanceof Stage dialogStage) {
            dialogStage.getIcons().setAll(AppIcons.forWindows());
        }
    }
}
