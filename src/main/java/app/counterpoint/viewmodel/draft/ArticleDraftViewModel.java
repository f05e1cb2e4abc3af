package app.counterpoint.viewmodel.draft;

import app.counterpoint.draft.ArticleReader;
import app.counterpoint.draft.ArticleText;
import app.counterpoint.draft.DraftNames;
import app.counterpoint.draft.DraftReview;
import app.counterpoint.draft.Drafter;
import app.counterpoint.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * File › New from Article: the article pasted or read from a .txt or .html file (for HTML its text and publication
 * date come from the page), the publication date confirmed or set, then the draft made off the UI thread.
 */
public final class ArticleDraftViewModel {

    private final Executor background;
    private final Executor ui;
    private final ObservableValue<Messages> messages;
    private final StringProperty article = new SimpleStringProperty(this, "article", "");
    private final StringProperty published = new SimpleStringProperty(this, "published", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper drafting = new ReadOnlyBooleanWrapper(this, "drafting");
    /** The file's own content when the article came from one (an HTML page keeps its headline and date). */
    private String fileContent;

    /**
     * @param background runs the drafter; {@code ui} publishes its result
     * @param messages   the window's language, for what the form says and the review list
     */
    public ArticleDraftViewModel(Executor background, Executor ui, ObservableValue<Messages> messages) {
        this.background = background;
        this.ui = ui;
        this.messages = messages;
        // typing into the text makes it the article, not the file it came from
        article.addListener((obs, old, now) -> {
            if (fileContent != null && !now.equals(textOf(fileContent))) {
                fileContent = null;
            }
        });
    }

    private static String textOf(String content) {
        return ArticleReader.read(content).text();
    }

    /** A .txt or .html file's content: its text shown, its publication date proposed when the page gives one. */
    public void useFile(String content) {
        ArticleText read = ArticleReader.read(content);
        fileContent = null;
        article.set(read.text());
        fileContent = content;
        if (read.published() != null) {
            published.set(read.published().toString());
            message.set(text("draft.message.pageDate", read.published().toString()));
        } else {
            message.set(text("draft.message.noDate"));
        }
    }

    /**
     * Drafts the article in the background and hands the review list to {@code onDrafted} on the UI thread; says why
     * not (no text, no date) instead.
     */
    public void draft(Consumer<DraftReviewViewModel> onDrafted) {
        String text = article.get() == null ? "" : article.get();
        if (text.isBlank()) {
            message.set(text("draft.message.noText"));
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(published.get().strip());
        } catch (DateTimeParseException notADate) {
            message.set(text("draft.message.badDate"));
            return;
        }
        String content = fileContent != null ? fileContent : text;
        drafting.set(true);
        message.set(text("draft.message.drafting"));
        DraftNames names = DraftNames.in(messages.getValue().language());
        background.execute(() -> {
            try {
                ArticleText read = ArticleReader.read(content).withPublished(date);
                DraftReview review = new DraftReview(new Drafter(names).draft(read), names);
                ui.execute(() -> {
                    drafting.set(false);
                    message.set("");
                    onDrafted.accept(new DraftReviewViewModel(review, messages));
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    drafting.set(false);
                    message.set(text("draft.message.failed", e.getMessage()));
                });
            }
        });
    }

    private String text(String key, Object... arguments) {
        return messages.getValue().text(key, arguments);
    }

    /** The article's text, as pasted or read from its file. */
    public StringProperty articleProperty() {
        return article;
    }

    /** The publication date as typed, YYYY-MM-DD. */
    public StringProperty publishedProperty() {
        return published;
    }

    /** What to do next or what went wrong, in plain words; "" for nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the drafter runs. */
    public ReadOnlyBooleanProperty draftingProperty() {
        return drafting.getReadOnlyProperty();
    }
}
