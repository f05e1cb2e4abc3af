package app.counterpoint.view;

import app.counterpoint.viewmodel.StoryRecovery;
import app.counterpoint.viewmodel.recovery.RecoveryOffer;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * At start, when a session ended without saving: "Recover the unsaved changes to &lt;story&gt; (made at 14:32)?",
 * Recover or Don't Recover. The question and what each answer does are {@link StoryRecovery}'s.
 */
final class RecoveryQuestion {

    private RecoveryQuestion() {}

    /** Asks, then recovers the story or runs {@code otherwise} (the usual first story); runs it at once if none. */
    static void askOr(
            StoryRecovery recovery,
            LanguageViewModel language,
            Stage owner,
            List<String> stylesheets,
            Runnable otherwise) {
        Optional<RecoveryOffer> offer = recovery.offer();
        if (offer.isEmpty()) {
            otherwise.run();
            return;
        }
        ButtonType recover = new ButtonType(language.get("recover.yes"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(language.get("recover.no"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", recover, discard);
        ask.initOwner(owner);
        ask.setTitle(language.get("recover.title"));
        ask.setHeaderText(offer.get().question(language.messages()));
        ask.setContentText(language.get("recover.why"));
        ask.getDialogPane().getStylesheets().setAll(stylesheets);
        ask.getDialogPane().setId("recover-dialog");
        ask.showAndWait()
                .ifPresentOrElse(
                        answer -> {
                            if (answer == recover) {
                                recovery.recover(offer.get());
                            } else {
                                recovery.decline(offer.get());
                                otherwise.run();
                            }
                        },
                        otherwise);
    }
}
