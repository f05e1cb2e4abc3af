package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.common.DeferredRebuild;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.common.TopicShapes;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The coverage matrix: how many statements each actor made on each topic, over the whole story or only what the
 * filter and search show. Focusing a cell narrows the shared filter to that actor and topic and lists those statements.
 */
public final class CoverageViewModel {

    private final ObservableValue<PreparedStory> story;
    private final FilterViewModel filter;

    /** On by default: like every other view, the matrix follows the topic and side filters and the search. */
    private final BooleanProperty onlyFiltered = new SimpleBooleanProperty(this, "onlyFiltered", true);
    /** While a cell is focused, the filter as it was before: the matrix keeps showing that, not the one cell. */
    private FilterState focusScope;

    private final ReadOnlyObjectWrapper<CoverageMatrix> matrix =
            new ReadOnlyObjectWrapper<>(this, "matrix", CoverageMatrix.EMPTY);
    private final ReadOnlyObjectWrapper<CoverageCell> focused = new ReadOnlyObjectWrapper<>(this, "focused");
    private final ReadOnlyStringWrapper focusTitle = new ReadOnlyStringWrapper(this, "focusTitle", "");
    private final ObservableList<StatementListing> focusedStatements = FXCollections.observableArrayList();

    private final DeferredRebuild deferred = new DeferredRebuild(this, this::rebuildNow);

    private final javafx.beans.property.ObjectProperty<app.counterpoint.i18n.Messages> messages =
            new javafx.beans.property.SimpleObjectProperty<>(
                    this, "messages", app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.ENGLISH));

    public CoverageViewModel(ObservableValue<PreparedStory> story, FilterViewModel filter) {
        this.story = story;
        this.filter = filter;
        messages.addListener((Observable o) -> {
            rebuild();
            // the focused cell's title and statements, written again in the new language
            if (focused.get() != null) {
                focus(focused.get());
            }
        });
        story.addListener((Observable o) -> {
            clearFocusState();
            rebuild();
        });
        filter.stateProperty().addListener((Observable o) -> rebuild());
        onlyFiltered.addListener((Observable o) -> rebuild());
        rebuild();
    }

    /** The window's language, for the focused cell's title and its statements' labels. */
    public javafx.beans.property.ObjectProperty<app.counterpoint.i18n.Messages> messagesProperty() {
        return messages;
    }

    /** True (the default): count only the statements the filter lets through; false: the whole story. */
    public BooleanProperty onlyFilteredProperty() {
        return onlyFiltered;
    }

    public ReadOnlyObjectProperty<CoverageMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** The cell last focused, or null. */
    public ReadOnlyObjectProperty<CoverageCell> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    /** "White House on Syria: 4 statements", or empty when no cell is focused. */
    public ReadOnlyStringProperty focusTitleProperty() {
        return focusTitle.getReadOnlyProperty();
    }

    /** The focused cell's statements in time order. */
    public ObservableList<StatementListing> focusedStatements() {
        return focusedStatements;
    }

    /** Filters every view to this actor's statements on this topic and lists them. */
    public void focus(CoverageCell cell) {
        if (focusScope == null) {
            focusScope = filter.getState();
        }
        filter.focusOn(cell.actor().id(), cell.topic().id());
        PreparedStory s = story.getValue();
        List<StatementListing> listing = s == null ? List.of() : listing(s, cell);
        focused.set(cell);
        focusTitle.set(messages.get()
                .text("coverage.focusTitle", cell.actor().name(), cell.topic().label(), listing.size()));
        focusedStatements.setAll(listing);
    }

    /** What a cell counts, in the window's language, for its tooltip and a screen reader: "Kremlin on Syria: 2 statements". */
    public String describe(CoverageCell cell) {
        return messages.get()
                .text("coverage.focusTitle", cell.actor().name(), cell.topic().label(), cell.count());
    }

    /** Drops the focus and shows everything again. */
    public void clearFocus() {
        clearFocusState();
        filter.reset();
    }

    private void clearFocusState() {
        focusScope = null;
        focused.set(null);
        focusTitle.set("");
        focusedStatements.clear();
    }

    /** Whether anyone is looking: while inactive (its tab hidden) filter changes skip the work until it is shown. */
    public BooleanProperty activeProperty() {
        return deferred.activeProperty();
    }

    private void rebuild() {
        deferred.request();
    }

    private void rebuildNow() {
        PreparedStory prepared = story.getValue();
        if (prepared == null) {
            matrix.set(CoverageMatrix.EMPTY);
            return;
        }
        boolean filtered = onlyFiltered.get();
        FilterState state = focusScope != null ? focusScope : filter.getState();
        Predicate<Statement> statements = state.statementFilter();
        Predicate<Event> events = state.eventFilter();
        Story s = prepared.story();
        // the filtered scope follows the search too: a statement counts only while its event is shown
        Predicate<Statement> shown =
                filtered ? st -> statements.test(st) && events.test(prepared.eventOf(st)) : st -> true;
        Set<String> onTopics = filtered ? state.topicIds() : null;
        Set<String> onActors = filtered ? state.actorIds() : null;
        List<Actor> actors = new ArrayList<>();
        List<MarkerShape> actorShapes = new ArrayList<>();
        for (int i = 0; i < s.actors().size(); i++) {
            Actor a = s.actors().get(i);
            if (onActors == null || onActors.contains(a.id())) {
                actors.add(a);
                actorShapes.add(MarkerShape.forIndex(i));
            }
        }
        List<Topic> topics = s.topics().stream()
                .filter(t -> onTopics == null || onTopics.contains(t.id()))
                .toList();
        TopicShapes shapes = new TopicShapes(s.topics());
        List<MarkerShape> topicShapes =
                topics.stream().map(t -> shapes.of(t.id())).toList();

        Map<String, Integer> counts = new HashMap<>();
        for (Statement st : s.statements()) {
            if (shown.test(st)) {
                for (String t : st.topicIds()) {
                    if (filtered && !StatementTopics.shownOn(statements, st, t)) {
                        continue;
                    }
                    counts.merge(st.actorId() + '\u0000' + t, 1, Integer::sum);
                }
            }
        }
        int max = 0;
        for (Actor a : actors) {
            for (Topic t : topics) {
                max = Math.max(max, counts.getOrDefault(a.id() + '\u0000' + t.id(), 0));
            }
        }
        List<CoverageCell> cells = new ArrayList<>(actors.size() * topics.size());
        for (Actor a : actors) {
            for (Topic t : topics) {
                int n = counts.getOrDefault(a.id() + '\u0000' + t.id(), 0);
                cells.add(new CoverageCell(a, t, n, max == 0 ? 0 : (double) n / max));
            }
        }
        matrix.set(new CoverageMatrix(actors, topics, cells, actorShapes, topicShapes));
    }

    private List<StatementListing> listing(PreparedStory s, CoverageCell cell) {
        String actor = cell.actor().id();
        String topic = cell.topic().id();
        return s.statementsInTimeOrder().stream()
                .filter(st -> st.actorId().equals(actor) && st.topicIds().contains(topic))
                .map(st -> new StatementListing(
                        s.eventOf(st),
                        new ComparisonEntry(st, s.source(st.sourceId()).orElse(null), messages.get())))
                .toList();
    }
}
