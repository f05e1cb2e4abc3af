package app.counterpoint.viewmodel;

import app.counterpoint.i18n.Messages;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.draft.ArticleDraftViewModel;
import app.counterpoint.viewmodel.draft.DraftReviewViewModel;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * File › New from Article: the article and its date drafted in the background, the draft reviewed beside the
 * comparison, and the accepted proposals opened as a new story in the editor, unsaved.
 */
public final class StoryDrafts {

    private final Executor background;
    private final Executor ui;
    /** Opens a story in the editor as new and unsaved. */
    private final Consumer<Story> newStory;

    private final ReadOnlyObjectWrapper<DraftReviewViewModel> draftReview =
            new ReadOnlyObjectWrapper<>(this, "draftReview");

    /** The window's language, for the form and the review list. */
    private final ObservableValue<Messages> messages;

    StoryDrafts(Executor background, Executor ui, Consumer<Story> newStory, ObservableValue<Messages> messages) {
        this.background = background;
        this.ui = ui;
        this.newStory = newStory;
        this.messages = messages;
    }

    /** The form for an article and its date, drafted in the background. */
    public ArticleDraftViewModel newFromArticle() {
        return new ArticleDraftViewModel(background, ui, messages);
    }

    /** A draft to review beside the editor. */
    public void reviewDraft(DraftReviewViewModel review) {
        draftReview.set(review);
    }

    /** The review's accepted proposals become the story, open in the editor, unsaved; the review list closes. */
    public void finishDraft() {
        DraftReviewViewModel review = draftReview.get();
        if (review != null && review.canBuild()) {
            draftReview.set(null);
            newStory.accept(review.build());
        }
    }

    /** The review list closed without making a story. */
    public void abandonDraft() {
        draftReview.set(null);
    }

    /** The draft being reviewed, or null. */
    public ReadOnlyObjectProperty<DraftReviewViewModel> draftReviewProperty() {
        return draftReview.getReadOnlyProperty();
    }
}
