package app.counterpoint.view.draft;

import app.counterpoint.draft.DraftReview.Decision;
import app.counterpoint.viewmodel.draft.DraftReviewViewModel;
import app.counterpoint.viewmodel.draft.ProposalKind;
import app.counterpoint.viewmodel.draft.ProposalRow;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The review list of a draft, beside the window: each proposal with what to judge it by, and Accept / Reject; sides
 * and topics renamed, sides merged; Make the Story opens what is accepted in the editor.
 */
public final class DraftReviewPane extends VBox {

    private static final PseudoClass ACCEPTED = PseudoClass.getPseudoClass("accepted");
    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");

    private final DraftReviewViewModel viewModel;
    private final LanguageViewModel language;

    /**
     * @param make    makes the story of what is accepted (after asking about unsaved changes)
     * @param abandon closes the review without a story
     */
    public DraftReviewPane(
            DraftReviewViewModel viewModel, LanguageViewModel language, Runnable make, Runnable abandon) {
        this.viewModel = viewModel;
        this.language = language;
        setId("draft-review");
        getStyleClass().add("draft-review");
        getStylesheets().add(app.counterpoint.view.reader.SourceReaderPane.STYLESHEET);
        Label heading = new Label();
        heading.textProperty().bind(language.text("draft.review.heading"));
        heading.getStyleClass().add("pane-heading");
        Label hint = new Label();
        hint.textProperty().bind(language.text("draft.review.hint"));
        hint.getStyleClass().add("reader-source");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("draft-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        ListView<ProposalRow> list = new ListView<>(viewModel.rows());
        list.setId("draft-proposals");
        list.setCellFactory(l -> new ProposalCell(list));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button acceptAll = new Button();
        acceptAll.textProperty().bind(language.text("draft.review.acceptAll"));
        acceptAll.setId("draft-accept-all");
        acceptAll.setOnAction(e -> viewModel.acceptAllPending());
        Button makeStory = new Button();
        makeStory.textProperty().bind(language.text("draft.review.make"));
        makeStory.setId("draft-make-story");
        makeStory.setDefaultButton(true);
        makeStory.setOnAction(e -> make.run());
        Runnable enable = () -> makeStory.setDisable(!viewModel.canBuild());
        viewModel.rows().addListener((Observable o) -> enable.run());
        enable.run();
        Button cancel = new Button();
        cancel.textProperty().bind(language.text("draft.review.cancel"));
        cancel.setOnAction(e -> abandon.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, acceptAll, spacer, cancel, makeStory);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {acceptAll, cancel, makeStory}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(heading, hint, summary, list, buttons);
    }

    /** One proposal: its kind, words and detail; Accept, Reject, and Rename or Merge where they apply. */
    private final class ProposalCell extends ListCell<ProposalRow> {

        private final ListView<ProposalRow> list;

        ProposalCell(ListView<ProposalRow> list) {
            this.list = list;
            getStyleClass().add("draft-proposal");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ProposalRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            pseudoClassStateChanged(ACCEPTED, !empty && row != null && row.decision() == Decision.ACCEPTED);
            pseudoClassStateChanged(REJECTED, !empty && row != null && row.decision() == Decision.REJECTED);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            String kindName = language.get(row.kind().messageKey());
            Label kind = new Label(kindName.toUpperCase(language.getLanguage().locale()));
            kind.getStyleClass().add("statement-kind");
            Label title = new Label(row.title());
            title.getStyleClass().add("draft-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            Label detail = new Label(row.detail());
            detail.getStyleClass().add("reader-source");
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            detail.setVisible(!row.detail().isEmpty());
            detail.setManaged(detail.isVisible());
            ToggleGroup group = new ToggleGroup();
            ToggleButton accept = new ToggleButton(language.get("draft.review.accept"));
            accept.getStyleClass().add("draft-accept");
            accept.setToggleGroup(group);
            accept.setSelected(row.decision() == Decision.ACCEPTED);
            accept.setOnAction(e -> viewModel.accept(row.id()));
            ToggleButton reject = new ToggleButton(language.get("draft.review.reject"));
            reject.getStyleClass().add("draft-reject");
            reject.setToggleGroup(group);
            reject.setSelected(row.decision() == Decision.REJECTED);
            reject.setOnAction(e -> viewModel.reject(row.id()));
            Button rename = new Button(
                    language.get(row.kind() == ProposalKind.STATEMENT ? "draft.review.edit" : "draft.review.rename"));
            rename.setOnAction(e -> rename(row));
            HBox actions = new HBox(6, accept, reject, rename);
            if (row.kind() == ProposalKind.SIDE
                    && !viewModel.sidesOtherThan(row.id()).isEmpty()) {
                Button merge = new Button(language.get("draft.review.merge"));
                merge.setOnAction(e -> merge(row));
                actions.getChildren().add(merge);
            }
            actions.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
            VBox box = new VBox(3, kind, title, detail, actions);
            box.maxWidthProperty().bind(list.widthProperty().subtract(40));
            box.prefWidthProperty().bind(list.widthProperty().subtract(40));
            setGraphic(box);
            setAccessibleText(language.get("draft.review.accessible", kindName, row.title(), decision(row.decision())));
        }

        private void rename(ProposalRow row) {
            TextInputDialog ask = new TextInputDialog(row.title());
            ask.initOwner(getScene().getWindow());
            ask.setHeaderText(language.get(
                    row.kind() == ProposalKind.STATEMENT ? "draft.review.statementWords" : "draft.review.name"));
            ask.showAndWait().filter(s -> !s.isBlank()).ifPresent(name -> run(() -> viewModel.rename(row, name)));
        }

        private void merge(ProposalRow row) {
            var others = viewModel.sidesOtherThan(row.id());
            ChoiceDialog<String> ask = new ChoiceDialog<>(
                    others.get(0).title(),
                    others.stream().map(ProposalRow::title).toList());
            ask.initOwner(getScene().getWindow());
            ask.setHeaderText(language.get("draft.review.sameSideAs", row.title()));
            ask.showAndWait()
                    .flatMap(name ->
                            others.stream().filter(o -> o.title().equals(name)).findFirst())
                    .ifPresent(kept -> viewModel.mergeSides(kept.id(), row.id()));
        }

        private String decision(Decision decision) {
            return language.get(
                    switch (decision) {
                        case ACCEPTED -> "draft.decision.ACCEPTED";
                        case REJECTED -> "draft.decision.REJECTED";
                        default -> "draft.decision.PENDING";
                    });
        }

        private void run(Runnable edit) {
            try {
                edit.run();
            } catch (IllegalArgumentException refused) {
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING, refused.getMessage())
                        .showAndWait();
            }
        }
    }
}
