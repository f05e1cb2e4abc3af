package app.counterpoint.viewmodel.reader;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.text.TextRange;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The source reader: "show me where it says that". Opened for a statement, it holds its source's text a paragraph at
 * a time, the statement's passage marked in its side's colour and every other statement taken from that source marked
 * faintly in its own; which paragraph to scroll to; the statement's own words, to read above the passage (a
 * paraphrase beside the words it paraphrases). Choosing a mark selects that statement and its event.
 */
public final class SourceReaderViewModel {

    private final ObservableValue<PreparedStory> story;
    private final ObjectProperty<Event> selectedEvent;
    private final SourcePassages passages = new SourcePassages();

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyObjectWrapper<Statement> statement = new ReadOnlyObjectWrapper<>(this, "statement");
    private final ReadOnlyStringWrapper sourceTitle = new ReadOnlyStringWrapper(this, "sourceTitle", "");
    private final ReadOnlyStringWrapper speaker = new ReadOnlyStringWrapper(this, "speaker", "");
    private final ReadOnlyStringWrapper speakerColor = new ReadOnlyStringWrapper(this, "speakerColor", "gray");
    private final ReadOnlyStringWrapper ownWords = new ReadOnlyStringWrapper(this, "ownWords", "");
    private final ReadOnlyStringWrapper passage = new ReadOnlyStringWrapper(this, "passage", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper currentParagraph = new ReadOnlyIntegerWrapper(this, "currentParagraph", -1);
    private final ObservableList<ReaderParagraph> paragraphs = FXCollections.observableArrayList();
    private final ObservableList<ReaderParagraph> shownParagraphs =
            FXCollections.unmodifiableObservableList(paragraphs);

    private final ObjectProperty<Messages> messages =
            new SimpleObjectProperty<>(this, "messages", Messages.of(Language.ENGLISH));

    public SourceReaderViewModel(ObservableValue<PreparedStory> story, ObjectProperty<Event> selectedEvent) {
        this.story = story;
        this.selectedEvent = selectedEvent;
        // another event selected (a step while presenting, a click on the timeline): the reader was about this one's
        selectedEvent.addListener((obs, old, now) -> {
            Statement shown = statement.get();
            if (shown != null && (now == null || !now.id().equals(shown.eventId()))) {
                close();
            }
        });
        // another language: the same statement, its messages in the new one
        messages.addListener((obs, old, now) -> {
            if (statement.get() != null) {
                show(statement.get());
            }
        });
        // an edit shows the same statement again, as edited; a statement deleted (or another story) closes the reader
        story.addListener((obs, old, now) -> {
            Statement shown = statement.get();
            if (shown == null) {
                return;
            }
            Optional<Statement> again = now == null ? Optional.empty() : find(now, shown.id());
            again.ifPresentOrElse(this::show, this::close);
        });
    }

    /** Opens the reader at {@code shown}'s passage in its source. */
    public void show(Statement shown) {
        PreparedStory prepared = story.getValue();
        if (prepared == null || shown == null) {
            close();
            return;
        }
        Source source = prepared.source(shown.sourceId()).orElse(null);
        Actor actor = prepared.story().actor(shown.actorId()).orElse(null);
        statement.set(shown);
        speaker.set(actor == null ? shown.actorId() : actor.name());
        speakerColor.set(actor == null ? "gray" : actor.color());
        ownWords.set(shown.kind() == StatementKind.QUOTE ? "\u201C" + shown.text() + "\u201D" : shown.text());
        sourceTitle.set(source == null ? messages.get().text("reader.noSourceGiven") : source.citation());
        Optional<TextRange> found = passages.passageOf(shown, source);
        passage.set(found.map(r -> source.text().substring(r.start(), r.end())).orElse(""));
        List<ReaderParagraph> split =
                source == null || source.text() == null ? List.of() : paragraphsOf(prepared, source, shown.id());
        paragraphs.setAll(split);
        currentParagraph.set(found.map(r -> paragraphIndexOf(split, r.start())).orElse(-1));
        message.set(messageFor(messages.get(), source, found.isPresent(), shown));
        open.set(true);
    }

    /** The window's language, for the reader's messages. */
    public ObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    private static String messageFor(Messages m, Source source, boolean found, Statement shown) {
        if (source == null) {
            return m.text("reader.message.noSource");
        }
        if (source.text() == null) {
            return m.text("reader.message.noText", source.title());
        }
        if (!found) {
            return m.text(
                    shown.excerpt() == null ? "reader.message.notFoundNoExcerpt" : "reader.message.excerptNotFound");
        }
        return "";
    }

    /**
     * The reader for the statement after the one shown about {@code event} (the first when the reader shows none of
     * them), or closed after the last: what S does while presenting. Only statements with a source are visited.
     */
    public void showNextAbout(Event event) {
        PreparedStory prepared = story.getValue();
        if (prepared == null || event == null) {
            close();
            return;
        }
        List<Statement> about = prepared.statementsAbout(event.id()).stream()
                .filter(s -> s.sourceId() != null)
                .toList();
        Statement shown = statement.get();
        int at = shown == null ? -1 : indexOfId(about, shown.id());
        if (at + 1 < about.size()) {
            show(about.get(at + 1));
        } else {
            close();
        }
    }

    private static int indexOfId(List<Statement> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** A click on a mark: selects that statement and its event, and shows its passage. */
    public void select(String statementId) {
        PreparedStory prepared = story.getValue();
        if (prepared == null) {
            return;
        }
        find(prepared, statementId).ifPresent(s -> {
            // shown first, so the selection's change finds the reader already about the new event
            show(s);
            selectedEvent.set(prepared.eventOf(s));
        });
    }

    /** The statement marked at {@code offset} of paragraph {@code index}, when any: what a click there chooses. */
    public Optional<String> statementAt(int index, int offset) {
        return index < 0 || index >= paragraphs.size()
                ? Optional.empty()
                : paragraphs.get(index).statementAt(offset);
    }

    public void close() {
        open.set(false);
        statement.set(null);
        paragraphs.clear();
        currentParagraph.set(-1);
        passage.set("");
        message.set("");
    }

    private static Optional<Statement> find(PreparedStory prepared, String id) {
        return prepared.story().statements().stream()
                .filter(s -> s.id().equals(id))
                .findFirst();
    }

    /** The source's paragraphs (its non-blank lines) with every passage taken from it marked. */
    private List<ReaderParagraph> paragraphsOf(PreparedStory prepared, Source source, String currentId) {
        String text = source.text();
        List<int[]> spans = lines(text);
        List<List<ReaderHighlight>> marks = new ArrayList<>(spans.size());
        spans.forEach(s -> marks.add(new ArrayList<>()));
        for (Statement s : prepared.story().statements()) {
            if (!source.id().equals(s.sourceId())) {
                continue;
            }
            Optional<TextRange> range = passages.passageOf(s, source);
            if (range.isEmpty()) {
                continue;
            }
            String color = prepared.story().actor(s.actorId()).map(Actor::color).orElse("gray");
            boolean current = s.id().equals(currentId);
            TextRange r = range.get();
            // a passage running over paragraphs is marked in each
            for (int i = paragraphIndexOf(spans, r.start()); i < spans.size() && spans.get(i)[0] < r.end(); i++) {
                int[] p = spans.get(i);
                int from = Math.max(r.start(), p[0]) - p[0];
                int to = Math.min(r.end(), p[1]) - p[0];
                if (to > from) {
                    marks.get(i).add(new ReaderHighlight(new TextRange(from, to), s.id(), color, current));
                }
            }
        }
        List<ReaderParagraph> result = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int[] p = spans.get(i);
            List<ReaderHighlight> in = marks.get(i);
            in.sort(Comparator.comparing(ReaderHighlight::current)); // the current one last: drawn on top
            result.add(new ReaderParagraph(p[0], text.substring(p[0], p[1]), in));
        }
        return result;
    }

    /** The non-blank lines of {@code text} as [start, end) spans, line breaks and trailing spaces left out. */
    static List<int[]> lines(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int e = end;
            while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > start) {
                spans.add(new int[] {start, e});
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return spans;
    }

    /** The index of the paragraph holding (or, in a gap, following) {@code offset}, by binary search. */
    private static int paragraphIndexOf(List<?> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        int answer = spans.size();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (end(spans.get(mid)) > offset) {
                answer = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return Math.min(answer, Math.max(0, spans.size() - 1));
    }

    private static int end(Object span) {
        return span instanceof ReaderParagraph p ? p.start() + p.text().length() : ((int[]) span)[1];
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    /** The statement the reader is open for, or null. */
    public ReadOnlyObjectProperty<Statement> statementProperty() {
        return statement.getReadOnlyProperty();
    }

    /** The source's citation, or "No source given". */
    public ReadOnlyStringProperty sourceTitleProperty() {
        return sourceTitle.getReadOnlyProperty();
    }

    /** The side the statement is from. */
    public ReadOnlyStringProperty speakerProperty() {
        return speaker.getReadOnlyProperty();
    }

    /** The side's colour (CSS). */
    public ReadOnlyStringProperty speakerColorProperty() {
        return speakerColor.getReadOnlyProperty();
    }

    /** The statement's own words as the comparison shows them (a quote in quotation marks). */
    public ReadOnlyStringProperty ownWordsProperty() {
        return ownWords.getReadOnlyProperty();
    }

    /** The passage as it stands in the source, or "" when it was not found. */
    public ReadOnlyStringProperty passageProperty() {
        return passage.getReadOnlyProperty();
    }

    /** Why no passage is marked (no source, no text, not found), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The paragraph holding the statement's passage, to scroll into view; -1 when it was not found. */
    public ReadOnlyIntegerProperty currentParagraphProperty() {
        return currentParagraph.getReadOnlyProperty();
    }

    public ObservableList<ReaderParagraph> paragraphs() {
        return shownParagraphs;
    }
}
