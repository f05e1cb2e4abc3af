package app.counterpoint.view.reader;

import app.counterpoint.view.RightToLeftWords;
import app.counterpoint.viewmodel.reader.ReaderParagraph;
import app.counterpoint.viewmodel.reader.SourceReaderViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Show me where it says that": the statement's own words on top, the passage as the source words it below, then the
 * source's whole text with every passage from it marked, scrolled to this one. The text is a list of paragraphs, so
 * a 100,000-character article lays out only what is on screen. Clicking a mark selects its statement and event.
 */
public final class SourceReaderPane extends VBox {

    /** The reader's stylesheet, on top of the application's. */
    public static final String STYLESHEET = SourceReaderPane.class
            .getResource("/app/counterpoint/view/reader/reader.css")
            .toExternalForm();

    private static final PseudoClass PRESENTING = PseudoClass.getPseudoClass("presenting");

    private final SourceReaderViewModel viewModel;
    private final ListView<ReaderParagraph> text;
    /** The passage is still to be brought into view: the list was not laid out at its size when it was shown. */
    private boolean scrollPending;

    public SourceReaderPane(SourceReaderViewModel viewModel, LanguageViewModel language) {
        this.viewModel = viewModel;
        getStyleClass().add("source-reader");
        getStylesheets().add(STYLESHEET);

        Label heading = new Label();
        heading.textProperty().bind(language.text("reader.heading"));
        heading.getStyleClass().add("pane-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button();
        close.textProperty().bind(language.text("reader.close"));
        close.getStyleClass().add("reader-close");
        Tooltip closeTip = new Tooltip();
        closeTip.textProperty().bind(language.text("reader.close.tooltip"));
        close.setTooltip(closeTip);
        close.setOnAction(e -> viewModel.close());
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, heading, spacer, close);
        top.getStyleClass().add("reader-top");

        Label source = wrapping(new Label(), "reader-source");
        source.textProperty().bind(viewModel.sourceTitleProperty());

        Label speaker = wrapping(new Label(), "reader-speaker");
        speaker.textProperty().bind(language.textWith("reader.said", viewModel.speakerProperty()));
        Label own = wrapping(new Label(), "reader-own-words");
        own.textProperty().bind(viewModel.ownWordsProperty());
        own.setId("reader-own-words");
        Label passageLead = wrapping(new Label(), "reader-speaker");
        passageLead.textProperty().bind(language.text("reader.sourceWords"));
        Label passage = wrapping(new Label(), "reader-passage");
        passage.setId("reader-passage");
        passage.textProperty().bind(viewModel.passageProperty());
        // the story's own words in Arabic or Hebrew wrap word by word (RightToLeftWords)
        VBox passageBox = new VBox(2, passageLead, RightToLeftWords.slot(passage, "reader-passage-words"));
        passageBox.visibleProperty().bind(viewModel.passageProperty().isNotEmpty());
        passageBox.managedProperty().bind(passageBox.visibleProperty());
        VBox words = new VBox(4, speaker, RightToLeftWords.slot(own, "reader-own-words-words"), passageBox);
        words.getStyleClass().add("reader-words");
        viewModel.speakerColorProperty().addListener(o -> applyColor(words));
        applyColor(words);

        Label message = wrapping(new Label(), "reader-message");
        message.setId("reader-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        text = new ListView<>(viewModel.paragraphs());
        text.setId("reader-text");
        text.getStyleClass().add("reader-text-list");
        text.setFocusTraversable(true);
        text.setCellFactory(list -> new ParagraphCell());
        text.setPlaceholder(new Label(""));
        VBox.setVgrow(text, Priority.ALWAYS);

        getChildren().addAll(top, RightToLeftWords.slot(source, "reader-source-words"), words, message, text);
        setId("source-reader");
        accessibleTextProperty().bind(language.text("reader.accessible"));
        viewModel.currentParagraphProperty().addListener((Observable o) -> scrollToCurrent());
        viewModel.statementProperty().addListener((Observable o) -> scrollToCurrent());
        text.widthProperty().addListener((Observable o) -> Platform.runLater(this::scrollAgain));
        text.heightProperty().addListener((Observable o) -> Platform.runLater(this::scrollAgain));
        visibleProperty().addListener((Observable o) -> Platform.runLater(this::scrollAgain));
        // the reader's own scrolling ends the wait
        text.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> scrollPending = false);
        text.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> scrollPending = false);
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> scrollPending = false);
    }

    private void applyColor(Region words) {
        words.setStyle("-actor-color: " + viewModel.speakerColorProperty().get() + ";");
    }

    private static Label wrapping(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /**
     * The passage's paragraph shown, with the one before it for context. A list not yet laid out at its width (just
     * placed in the window) measures its wrapped paragraphs again once it is, so the scroll is made again then, until
     * the user scrolls the text themselves.
     */
    private void scrollToCurrent() {
        scrollPending = viewModel.currentParagraphProperty().get() >= 0;
        scrollAgain();
        Platform.runLater(this::scrollAgain);
    }

    private void scrollAgain() {
        int at = viewModel.currentParagraphProperty().get();
        if (scrollPending && at >= 0) {
            text.scrollTo(Math.max(0, at - 1));
        }
    }

    /** Presentation: larger type, for the class to read the original words from the back of the room. */
    public void setPresenting(boolean presenting) {
        pseudoClassStateChanged(PRESENTING, presenting);
    }

    /** The list showing the source's paragraphs. */
    public ListView<ReaderParagraph> textList() {
        return text;
    }

    /** A paragraph, drawn as wide as the list; a click on a mark selects its statement. */
    private final class ParagraphCell extends ListCell<ReaderParagraph> {

        /** One view per cell, shown each paragraph the cell is given. */
        private final ParagraphView view = new ParagraphView();

        ParagraphCell() {
            getStyleClass().add("reader-paragraph-cell");
            view.maxWidthProperty().bind(text.widthProperty().subtract(40));
            view.prefWidthProperty().bind(text.widthProperty().subtract(40));
            setPrefWidth(0); // the list's width decides, so the text wraps instead of scrolling sideways
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getGraphic() instanceof ParagraphView view) {
                    int offset = view.charAt(view.sceneToLocal(e.getSceneX(), e.getSceneY()));
                    if (offset >= 0) {
                        viewModel.statementAt(getIndex(), offset).ifPresent(viewModel::select);
                    }
                }
            });
        }

        @Override
        protected void updateItem(ReaderParagraph item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
            } else {
                view.show(item);
                setGraphic(view);
                setAccessibleText(item.text());
            }
        }
    }
}
