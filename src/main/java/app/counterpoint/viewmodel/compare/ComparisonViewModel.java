package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.text.SharedWords;
import app.counterpoint.text.TextRange;
import app.counterpoint.viewmodel.common.TopicShapes;
import app.counterpoint.viewmodel.common.WindowDates;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.platform.ClipboardService;
import app.counterpoint.viewmodel.reader.SourcePassages;
import app.counterpoint.viewmodel.story.EventTimeOrder;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The side-by-side comparison of the selected event: one column per actor who spoke about it, one row per topic
 * anyone mentioned (in the story's topic order), and a "not mentioned" cell where a side said nothing on a topic.
 * Honours the filter: hidden topics lose their rows, hidden actors their columns.
 */
public final class ComparisonViewModel {

    /** The quiz's first order: the same for every class, so a teacher can prepare it; Shuffle Again moves on. */
    private static final long QUIZ_SEED = 18;

    private final ObservableValue<PreparedStory> story;
    private final ObjectProperty<Event> selectedEvent;
    private final ObservableValue<FilterState> filterState;
    private final ClipboardService clipboard;

    /** Each source's text folded once for the warnings, however many statements and rebuilds ask. */
    private final SourcePassages passages = new SourcePassages();

    private final ObservableList<Actor> columns = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ObservableList<Event> nearbyEvents = FXCollections.observableArrayList();
    private final BooleanProperty highlightShared = new SimpleBooleanProperty(this, "highlightShared", true);
    private final BooleanProperty showSilentSides = new SimpleBooleanProperty(this, "showSilentSides", true);
    private final BooleanProperty showOriginals = new SimpleBooleanProperty(this, "showOriginals");
    private final ReadOnlyBooleanWrapper hasOriginals = new ReadOnlyBooleanWrapper(this, "hasOriginals");
    private final ObjectProperty<String> markedTopicId = new SimpleObjectProperty<>(this, "markedTopicId");
    private final ObjectProperty<String> markedStatementId = new SimpleObjectProperty<>(this, "markedStatementId");
    private final BooleanProperty leftOutOnly = new SimpleBooleanProperty(this, "leftOutOnly");
    private final QuizViewModel quiz;
    /** The ids of the columns' sides that said nothing about the event (shown only with showSilentSides). */
    private Set<String> silent = Set.of();
    /** Counts the changes of event or story, not of the filter: the view starts a new subject at its top. */
    private final ReadOnlyIntegerWrapper subject = new ReadOnlyIntegerWrapper(this, "subject");

    private Event shownEvent;
    private final javafx.beans.property.ObjectProperty<app.counterpoint.i18n.DisplayDates> dates =
            WindowDates.property(this);
    private PreparedStory shownStory;

    /**
     * @param filter the shared filter: its statement filter chooses the rows and columns, its event filter which
     *               events may be suggested as neighbours of an event with nothing to compare
     * @param clipboard where Copy text / Copy Markdown put the comparison
     */
    public ComparisonViewModel(
            ObservableValue<PreparedStory> story,
            ObjectProperty<Event> selectedEvent,
            ObservableValue<FilterState> filter,
            ClipboardService clipboard) {
        this.story = story;
        this.selectedEvent = selectedEvent;
        this.filterState = filter;
        this.clipboard = clipboard;
        this.quiz = new QuizViewModel(
                columns,
                javafx.beans.binding.Bindings.createStringBinding(
                        () -> selectedEvent.get() == null
                                ? null
                                : selectedEvent.get().id(),
                        selectedEvent),
                QUIZ_SEED);
        story.addListener((Observable o) -> rebuild());
        selectedEvent.addListener((Observable o) -> rebuild());
        filter.addListener((Observable o) -> rebuild());
        showSilentSides.addListener((Observable o) -> rebuild());
        showOriginals.addListener((Observable o) -> rebuild());
        dates.addListener((Observable o) -> rebuild());
        rebuild();
    }

    /** How dates are written: the window binds it to View › Language. */
    public javafx.beans.property.ObjectProperty<app.counterpoint.i18n.DisplayDates> datesProperty() {
        return dates;
    }

    /**
     * Whether a side the filter shows that said nothing about the event still gets its column, reading that it said
     * nothing: the silence is part of the lesson. On by default.
     */
    public BooleanProperty showSilentSidesProperty() {
        return showSilentSides;
    }

    /** Whether each translated statement shows its words as they were said under the translation. Off by default. */
    public BooleanProperty showOriginalsProperty() {
        return showOriginals;
    }

    /** Whether any statement about the shown event has its words as they were said: only then is there a toggle. */
    public ReadOnlyBooleanProperty hasOriginalsProperty() {
        return hasOriginals.getReadOnlyProperty();
    }

    /** "Who said it?": the columns' order as shown, and whether each side's name and colour are hidden. */
    public QuizViewModel quiz() {
        return quiz;
    }

    /** The topic whose row a tour's step is about: the view scrolls to it and marks it. Null for none. */
    public ObjectProperty<String> markedTopicIdProperty() {
        return markedTopicId;
    }

    /** The statement a tour's step points at, marked in its cell. Null for none. */
    public ObjectProperty<String> markedStatementIdProperty() {
        return markedStatementId;
    }

    /**
     * While true (a "left out" step, before the reveal), the view shows only the rows some side left out, and in them
     * only the "Not mentioned" cells: what the other sides said stays covered.
     */
    public BooleanProperty leftOutOnlyProperty() {
        return leftOutOnly;
    }

    /** The rows a "left out" step shows: those on which a side said nothing (on the marked topic alone, if any). */
    public List<ComparisonRow> leftOutRows() {
        String topic = markedTopicId.get();
        return rows.stream()
                .filter(ComparisonRow::isOneSided)
                .filter(r -> topic == null || r.topic().id().equals(topic))
                .toList();
    }

    /** True when {@code actor} has a column but said nothing about the selected event. */
    public boolean isSilent(Actor actor) {
        return silent.contains(actor.id());
    }

    /** Changes whenever another event or another story is compared (a filter change keeps it). */
    public ReadOnlyIntegerProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /** Whether the view marks the words a statement shares with the other sides' statements on its row. */
    public BooleanProperty highlightSharedProperty() {
        return highlightShared;
    }

    /**
     * The stretches of {@code entry}'s statement text (offsets into {@code statement().text()}) that the other
     * columns of {@code row} also say; empty when the entry is alone on its row.
     */
    public List<TextRange> sharedWords(ComparisonRow row, ComparisonEntry entry) {
        List<String> others = new ArrayList<>();
        for (ComparisonCell cell : row.cells()) {
            if (!cell.actor().id().equals(entry.statement().actorId())) {
                cell.entries().forEach(e -> others.add(e.statement().text()));
            }
        }
        return SharedWords.find(entry.statement().text(), others);
    }

    /**
     * What {@code check} warns about the entry's words against its source (a quote not word for word, an excerpt not
     * in the source's text), in a teacher's words; empty when nothing is doubtful.
     */
    public List<String> warnings(ComparisonEntry entry) {
        return passages.warningsOf(entry.statement(), entry.source());
    }

    /**
     * When the selected event has nothing to compare: the nearest earlier and the nearest later event that has,
     * under the current filter (earlier first); empty otherwise.
     */
    public ObservableList<Event> nearbyEvents() {
        return nearbyEvents;
    }

    /** Whether {@code event} comes before the selected event on the timeline; false when nothing is selected. */
    public boolean isBeforeSelection(Event event) {
        Event selected = selectedEvent.get();
        return selected != null && EventTimeOrder.COMPARATOR.compare(event, selected) < 0;
    }

    /** A neighbour's link: its title and date, with an arrow pointing the way it lies from the selection. */
    public String nearbyText(Event event) {
        boolean earlier = isBeforeSelection(event);
        return (earlier ? "\u2190 " : "") + dates.get().heading(event) + (earlier ? "" : " \u2192");
    }

    /** The whole comparison shown now, with its title and sides, in {@code format}. */
    public String asText(ComparisonFormat format) {
        String heading = title.get();
        app.counterpoint.i18n.Messages messages = dates.get().messages();
        return switch (format) {
            case TEXT -> ComparisonExporter.plainText(heading, columns, rows, messages);
            case MARKDOWN -> ComparisonExporter.markdown(heading, columns, rows, messages);
            case HTML -> ComparisonExporter.html(heading, columns, rows, messages);
        };
    }

    /** One topic's row in {@code format}: what each side said on it, under the sides' names. */
    public String rowAsText(ComparisonRow row, ComparisonFormat format) {
        app.counterpoint.i18n.Messages messages = dates.get().messages();
        return switch (format) {
            case TEXT -> ComparisonExporter.plainText(row, messages);
            case MARKDOWN -> ComparisonExporter.markdown(row, messages);
            case HTML ->
                ComparisonExporter.html(
                        row.topic().label(),
                        row.cells().stream().map(ComparisonCell::actor).toList(),
                        List.of(row),
                        messages);
        };
    }

    /** Copy text / Copy Markdown: the whole comparison onto the clipboard. */
    public void copy(ComparisonFormat format) {
        clipboard.copy(asText(format));
    }

    /** A row's context menu: that topic alone onto the clipboard. */
    public void copyRow(ComparisonRow row, ComparisonFormat format) {
        clipboard.copy(rowAsText(row, format));
    }

    /** Selects another event, such as one of the {@link #nearbyEvents()}. */
    public void select(Event event) {
        selectedEvent.set(event);
    }

    /** The actors with a column, left to right in the story's actor order. */
    public ObservableList<Actor> columns() {
        return columns;
    }

    public ObservableList<ComparisonRow> rows() {
        return rows;
    }

    /** The selected event's title and date, or empty when nothing is selected. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What to show instead of the table when it has no rows, or empty when it has some. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    private void rebuild() {
        PreparedStory prepared = story.getValue();
        Event event = selectedEvent.get();
        if (prepared != shownStory || event != shownEvent) {
            shownStory = prepared;
            shownEvent = event;
            subject.set(subject.get() + 1);
        }
        if (prepared == null || event == null) {
            silent = Set.of();
            hasOriginals.set(false);
            title.set("");
            placeholder.set(dates.get().messages().text("comparison.placeholder.noEvent"));
            columns.clear();
            rows.clear();
            nearbyEvents.clear();
            return;
        }
        title.set(dates.get().heading(event));
        Story s = prepared.story();
        List<Statement> all = prepared.statementsAbout(event.id());
        FilterState state = filterState.getValue();
        Predicate<Statement> filter = state.statementFilter();
        List<Statement> shown = all.stream().filter(filter).toList();
        hasOriginals.set(shown.stream()
                .anyMatch(st -> st.original() != null && st.original().hasWords()));

        Set<String> speaking = new LinkedHashSet<>();
        Set<String> mentioned = new LinkedHashSet<>();
        for (Statement st : shown) {
            speaking.add(st.actorId());
            for (String t : st.topicIds()) {
                if (StatementTopics.shownOn(filter, st, t)) {
                    mentioned.add(t);
                }
            }
        }
        // a side the filter shows that said nothing at all about the event keeps its column, saying so, unless
        // the teacher hides such columns; a side whose words the topic filter hides is not silent, only hidden
        Set<String> spokeAtAll = new java.util.HashSet<>();
        all.forEach(st -> spokeAtAll.add(st.actorId()));
        boolean withSilent = showSilentSides.get() && !shown.isEmpty();
        Set<String> newSilent = new java.util.HashSet<>();
        for (Actor a : s.actors()) {
            if (withSilent && !spokeAtAll.contains(a.id()) && state.actorIds().contains(a.id())) {
                newSilent.add(a.id());
            }
        }
        List<Actor> newColumns = s.actors().stream()
                .filter(a -> speaking.contains(a.id()) || newSilent.contains(a.id()))
                .toList();
        silent = Set.copyOf(newSilent);
        List<ComparisonRow> newRows = new ArrayList<>();
        TopicShapes shapes = new TopicShapes(s.topics());
        for (Topic topic : s.topics()) {
            if (!mentioned.contains(topic.id())) {
                continue;
            }
            List<ComparisonCell> cells = new ArrayList<>();
            for (Actor actor : newColumns) {
                List<ComparisonEntry> entries = shown.stream()
                        .filter(st ->
                                st.actorId().equals(actor.id()) && StatementTopics.shownOn(filter, st, topic.id()))
                        .map(st -> new ComparisonEntry(
                                st,
                                prepared.source(st.sourceId()).orElse(null),
                                dates.get().messages(),
                                showOriginals.get()))
                        .toList();
                cells.add(new ComparisonCell(actor, entries));
            }
            newRows.add(new ComparisonRow(topic, shapes.of(topic.id()), cells));
        }
        if (all.isEmpty()) {
            placeholder.set(dates.get().messages().text("comparison.placeholder.noStatements"));
        } else if (shown.isEmpty()) {
            placeholder.set(dates.get().messages().text("comparison.placeholder.allFiltered", all.size()));
        } else {
            placeholder.set("");
        }
        nearbyEvents.setAll(shown.isEmpty() ? neighboursWithStatements(prepared, event, state) : List.of());
        // only what changed: an edit of the event's title or date, or of another event, leaves the comparison as it
        // was, and every change of these lists rebuilds the comparison's cards
        if (!columns.equals(newColumns)) {
            columns.setAll(newColumns);
        }
        if (!rows.equals(newRows)) {
            rows.setAll(newRows);
        }
    }

    /**
     * The nearest shown events before and after {@code event} that have statements the filter shows. Walks outwards
     * from the event in time order, so it usually looks at a handful of events, not the whole story.
     */
    private static List<Event> neighboursWithStatements(PreparedStory prepared, Event event, FilterState filter) {
        List<Event> ordered = prepared.eventsInTimeOrder();
        int place = Collections.binarySearch(ordered, event, EventTimeOrder.COMPARATOR);
        if (place < 0) {
            return List.of();
        }
        List<Event> result = new ArrayList<>(2);
        nearest(prepared, place, -1, filter).ifPresent(result::add);
        nearest(prepared, place, 1, filter).ifPresent(result::add);
        return result;
    }

    private static Optional<Event> nearest(PreparedStory prepared, int from, int step, FilterState filter) {
        List<Event> ordered = prepared.eventsInTimeOrder();
        for (int i = from + step; i >= 0 && i < ordered.size(); i += step) {
            Event e = ordered.get(i);
            if (filter.shows(e) && prepared.statementsAbout(e.id()).stream().anyMatch(filter.statementFilter())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
