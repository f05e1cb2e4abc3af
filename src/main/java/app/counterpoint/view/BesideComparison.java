package app.counterpoint.view;

import app.counterpoint.view.compare.ComparisonTabs;
import app.counterpoint.view.details.DetailsPane;
import app.counterpoint.view.draft.DraftReviewPane;
import app.counterpoint.view.reader.SourceReaderPane;
import app.counterpoint.viewmodel.MainViewModel;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * What stands beside the comparison: a draft's review list while one is open, else the source reader while it is
 * open, else the details; nothing while presenting, when the reader shows over the whole window instead.
 */
final class BesideComparison {

    private final MainViewModel viewModel;
    private final SplitPane lower;
    private final DetailsPane details;
    private final WindowSplits splits;
    /** The window's layout asked for: the presenting reader is laid over the window only while shown. */
    private final Runnable relayout;
    /** The source reader beside the comparison, in the details' place while open. */
    private final SourceReaderPane reader;
    /** The source reader while presenting: over the whole window, in large type. */
    private final SourceReaderPane presentingReader;
    /** The review list of a draft from an article, in the details' place while open; null when none. */
    private DraftReviewPane draftReview;

    /**
     * @param whenChangesAreSafe runs an action once unsaved changes are saved or given up (Make the Story replaces
     *     the story)
     */
    BesideComparison(
            MainViewModel viewModel,
            ComparisonTabs comparison,
            SplitPane lower,
            DetailsPane details,
            WindowSplits splits,
            Consumer<Runnable> whenChangesAreSafe,
            Runnable relayout) {
        this.viewModel = viewModel;
        this.lower = lower;
        this.details = details;
        this.splits = splits;
        this.relayout = relayout;
        reader = new SourceReaderPane(viewModel.reader(), viewModel.language());
        SplitPane.setResizableWithParent(reader, false);
        presentingReader = new SourceReaderPane(viewModel.reader(), viewModel.language());
        presentingReader.setPresenting(true);
        presentingReader.setId("presenting-reader");
        presentingReader.setManaged(false);
        presentingReader.setVisible(false);
        comparison.setShowInSource(viewModel.reader()::show);
        viewModel.reader().openProperty().addListener((obs, was, open) -> place());
        viewModel.drafts().draftReviewProperty().addListener((obs, old, review) -> {
            draftReview = review == null
                    ? null
                    : new DraftReviewPane(
                            review,
                            viewModel.language(),
                            () -> whenChangesAreSafe.accept(viewModel.drafts()::finishDraft),
                            viewModel.drafts()::abandonDraft);
            place();
        });
    }

    /** Puts the side part in place for what is open and whether the story is being presented. */
    void place() {
        boolean open = viewModel.reader().isOpen();
        boolean presenting = viewModel.presentation().isActive();
        if (presentingReader.isVisible() != (open && presenting)) {
            presentingReader.setVisible(open && presenting);
            relayout.run();
        }
        Node side = presenting ? null : draftReview != null ? draftReview : open ? reader : details;
        ObservableList<Node> items = lower.getItems();
        if (side == null ? items.size() == 1 : items.size() == 2 && items.get(1) == side) {
            return;
        }
        items.removeIf(n -> n == reader || n == details || n instanceof DraftReviewPane);
        if (side != null) {
            items.add(side);
            if (side == details) {
                splits.detailsReturned();
            } else {
                splits.readerShown();
            }
        }
    }

    SourceReaderPane reader() {
        return reader;
    }

    SourceReaderPane presentingReader() {
        return presentingReader;
    }
}
