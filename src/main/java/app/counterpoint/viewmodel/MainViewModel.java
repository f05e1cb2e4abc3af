package app.counterpoint.viewmodel;

import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.AtomicFile;
import app.counterpoint.io.export.StatementsCsvWriter;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.io.recovery.RecoveryStore;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.settings.SettingsStore;
import app.counterpoint.viewmodel.compare.ActorTimelineViewModel;
import app.counterpoint.viewmodel.compare.ComparisonFormat;
import app.counterpoint.viewmodel.compare.ComparisonViewModel;
import app.counterpoint.viewmodel.compare.CoverageViewModel;
import app.counterpoint.viewmodel.details.DetailsViewModel;
import app.counterpoint.viewmodel.draft.ArticleDraftViewModel;
import app.counterpoint.viewmodel.draft.DraftReviewViewModel;
import app.counterpoint.viewmodel.edit.EditingViewModel;
import app.counterpoint.viewmodel.edit.StoryChange;
import app.counterpoint.viewmodel.edit.StoryEditor;
import app.counterpoint.viewmodel.export.HandoutViewModel;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.help.KeyboardHelpViewModel;
import app.counterpoint.viewmodel.platform.ClipboardService;
import app.counterpoint.viewmodel.present.PresentationViewModel;
import app.counterpoint.viewmodel.reader.SourceReaderViewModel;
import app.counterpoint.viewmodel.recovery.RecoveryKeeper;
import app.counterpoint.viewmodel.recovery.RecoveryOffer;
import app.counterpoint.viewmodel.search.SearchViewModel;
import app.counterpoint.viewmodel.settings.SettingsViewModel;
import app.counterpoint.viewmodel.settings.TextSizeViewModel;
import app.counterpoint.viewmodel.story.PreparedStory;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The main window's state: the open story, the shared filter and selection, and the view models of the timeline,
 * the comparison and the details pane. Loading runs on a background executor and publishes on the UI executor; a
 * file that fails validation changes nothing but {@link #lastFailureProperty()}.
 */
public final class MainViewModel {

    /** The classpath location of the story shown when none is named. */
    public static final String BUNDLED_STORY = "stories/trump-putin-2017.json";

    /** Reading and showing files in the background. */
    private final StoryLoading loads;
    /** Writing the story in the background. */
    private final StorySaving saves;

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(this, "story");
    private final ReadOnlyObjectWrapper<PreparedStory> preparedStory =
            new ReadOnlyObjectWrapper<>(this, "preparedStory");
    private final ReadOnlyStringWrapper storyName = new ReadOnlyStringWrapper(this, "storyName", "");
    private final StatusLine status = new StatusLine();
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    /** Where the view models copy to: the window hands in the system clipboard; without one, a holder of its own. */
    private ClipboardService clipboard = ClipboardService.inMemory();

    private final ObservableList<Event> eventsInTimeOrder = FXCollections.observableArrayList();
    private final FilteredList<Event> shownEvents = new FilteredList<>(eventsInTimeOrder);
    private final FilterViewModel filter = new FilterViewModel();
    /** The filter once applied (see {@link #applyFilter()}): what the view models of the filtered views follow. */
    private final ReadOnlyObjectWrapper<FilterState> appliedFilter = new ReadOnlyObjectWrapper<>(this, "appliedFilter");

    private final ComparisonViewModel comparison;
    private final DetailsViewModel details;
    private final TimelineViewModel timeline;
    private final PresentationViewModel presentation;
    private final SettingsViewModel settings;
    private final TextSizeViewModel textSize;
    private final KeyboardHelpViewModel help;
    private final SearchViewModel search;
    private final CoverageViewModel coverage;
    private final ActorTimelineViewModel actorTimeline;
    private final SourceReaderViewModel sourceReader;
    private final ReadOnlyObjectWrapper<DraftReviewViewModel> draftReview =
            new ReadOnlyObjectWrapper<>(this, "draftReview");
    private final StoryEditor editor = new StoryEditor();
    private final EditingViewModel editing = new EditingViewModel(story.getReadOnlyProperty(), selectedEvent, editor);
    /** Keeping unsaved changes against a crash, and offering them back. */
    private final StoryRecovery recovery;

    public MainViewModel(StoryReader reader, Executor background, Executor ui) {
        this(reader, background, ui, SettingsStore.none());
    }

    /** @param settingsStore where theme, type size, recent files and the like are kept between launches */
    public MainViewModel(StoryReader reader, Executor background, Executor ui, SettingsStore settingsStore) {
        this(reader, background, ui, settingsStore, null);
    }

    /**
     * @param recoveryStore where unsaved changes are kept against a crash and offered back at the next start; null
     *                      keeps none (tests, tools)
     */
    public MainViewModel(
            StoryReader reader,
            Executor background,
            Executor ui,
            SettingsStore settingsStore,
            RecoveryStore recoveryStore) {
        this.loads = new StoryLoading(this, new StoryOpener(reader), background, ui);
        this.saves = new StorySaving(this, background, ui);
        this.recovery = new StoryRecovery(recoveryStore, editor, storyName::get, currentFile::get, loads, background);
        shownEvents.setPredicate(filter.getState().eventFilter());
        appliedFilter.set(filter.getState());
        // the filter's one listener here: the view models below hear of a new filter through appliedFilter, once
        // the shown events follow it and a hidden selection is dropped, whatever order listeners run in
        filter.stateProperty().addListener((Observable o) -> applyFilter());
        comparison = new ComparisonViewModel(
                preparedStory.getReadOnlyProperty(),
                selectedEvent,
                appliedFilterProperty(),
                text -> clipboard.copy(text));
        coverage = new CoverageViewModel(preparedStory.getReadOnlyProperty(), filter);
        actorTimeline = new ActorTimelineViewModel(preparedStory.getReadOnlyProperty(), appliedFilterProperty());
        details = new DetailsViewModel(story.getReadOnlyProperty(), selectedEvent);
        sourceReader = new SourceReaderViewModel(preparedStory.getReadOnlyProperty(), selectedEvent);
        timeline = new TimelineViewModel(
                story.getReadOnlyProperty(),
                preparedStory.getReadOnlyProperty(),
                eventsInTimeOrder,
                shownEvents,
                selectedEvent);
        // the marks' colours follow the topic filter
        timeline.shownTopicIdsProperty()
                .bind(Bindings.createObjectBinding(() -> appliedFilter.get().topicIds(), appliedFilter));
        presentation = new PresentationViewModel(shownEvents, selectedEvent);
        help = new KeyboardHelpViewModel(presentation.activeProperty());
        textSize = new TextSizeViewModel(presentation.activeProperty(), presentation.fontScaleProperty());
        settings = new SettingsViewModel(
                settingsStore, presentation.fontScaleProperty(), timeline.laneModeProperty(), textSize.scaleProperty());
        shownEvents.addListener((Observable o) -> updateStatus());
        search = new SearchViewModel(
                preparedStory.getReadOnlyProperty(), appliedFilterProperty(), shownEvents, selectedEvent);
        editor.setOnPublish(this::showEdited);
    }

    /**
     * Opens a file in the background, in any format Counterpoint reads (detected from its content); on success it
     * replaces the story, on failure it reports why and the story shown before stays.
     */
    public void open(Path file) {
        loads.open(file);
    }

    /**
     * Opens a file as {@link #open(Path)} does, but hands its problems to {@code onFailure} instead of reporting
     * them: the start falls back to another story first, then says which.
     *
     * @param afterShown run once the story is shown
     */
    void open(Path file, Runnable afterShown, Consumer<List<ValidationProblem>> onFailure) {
        loads.open(file, afterShown, onFailure);
    }

    /** The name a file goes by in the window title and in messages: its last part. */
    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * Opens the story named on the command line (or double-clicked); else the last story opened, if it is still
     * there; else the bundled one. When the named or the last story cannot be opened, another is opened in its
     * place (the last good one, or the bundled one) and the problems dialog says which: the window never starts
     * empty.
     */
    public void openFirstStory(List<String> arguments) {
        new FirstStory(this).open(arguments);
    }

    /**
     * Starts a new story from nothing: its title, sides and topics, no events yet. It belongs to no file until saved
     * and counts as unsaved from the start.
     */
    public void newStory(Story fresh) {
        loads.forget();
        currentFile.set(null);
        show(fresh.title(), PreparedStory.of(fresh));
        editor.openUnsaved(fresh);
    }

    /** The newest story a crashed or killed session left unsaved, with the question to ask; empty for none. */
    public Optional<RecoveryOffer> recoveryOffer() {
        return recovery.offer();
    }

    /**
     * Opens the story of an offer, in the background like any file: it is shown as it was before the crash, counts as
     * unsaved, saves to the file it came from, and its slot is handed over to this session.
     */
    public void recover(RecoveryOffer offer) {
        recovery.recover(offer);
    }

    /** Forgets an offer's story: the user chose not to recover it. */
    public void declineRecovery(RecoveryOffer offer) {
        recovery.discard(offer);
    }

    /** The app is closing and nothing is to be kept (saved, or the user chose not to): the recovery slot goes. */
    public void closeCleanly() {
        recovery.closeCleanly();
    }

    /** What keeps the unsaved changes for recovery; null when this view model keeps none. */
    public RecoveryKeeper recoveryKeeper() {
        return recovery.keeper();
    }

    /** Opens the story shipped with the app: the spring 2017 Trump–Putin exchange. */
    public void openBundledStory() {
        openResource(BUNDLED_STORY);
    }

    /** Opens a story shipped on the classpath, such as the bundled default story. */
    public void openResource(String resource) {
        loads.openResource(resource);
    }

    void openResource(String resource, Runnable onSuccess, Consumer<List<ValidationProblem>> onFailure) {
        loads.openResource(resource, onSuccess, onFailure);
    }

    /** Publishes a failure; the same failure twice is still told, as it is a second attempt. */
    void reportFailure(LoadFailure failure) {
        loads.reportFailure(failure);
    }

    /**
     * Writes an exported file (an image, a handout page) all at once, so a failed export never leaves half a file.
     */
    public void writeExport(Path target, byte[] content) throws IOException {
        AtomicFile.write(target, content);
    }

    /** Writes the comparison shown now as Markdown or as a standalone HTML page. */
    public void exportComparison(Path target, boolean html) throws IOException {
        String text = comparison.asText(html ? ComparisonFormat.HTML : ComparisonFormat.MARKDOWN);
        AtomicFile.write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The printed handout's content: the story and, for every event the filter shows, its comparison. */
    public HandoutViewModel handout() {
        return HandoutViewModel.of(preparedStory.getReadOnlyProperty(), shownEvents, appliedFilterProperty());
    }

    /** The clipboard every Copy of this window's view models goes to; the window gives the system's. */
    public void useClipboard(ClipboardService service) {
        clipboard = java.util.Objects.requireNonNull(service, "service");
    }

    /** Stops the load in progress: its result, whenever it comes, is dropped and the story shown stays. */
    public void cancelLoading() {
        loads.cancel();
    }

    /**
     * Saves the story to the file it was opened from or last saved to.
     *
     * @return false when there is no such file (a bundled or imported story); the view then asks where to save
     */
    public boolean save() {
        Path file = currentFile.get();
        if (file == null || story.get() == null) {
            return false;
        }
        save(file);
        return true;
    }

    /** Saves the story as a Counterpoint file (atomically), which becomes the current file. */
    public void save(Path file) {
        save(file, () -> {});
    }

    /** As {@link #save(Path)}, then runs {@code onSaved} on the UI executor once the file is safely written. */
    public void save(Path file, Runnable onSaved) {
        saves.save(file, onSaved);
    }

    /** Writes the story's statements as the statement CSV File › Open reads, to edit in a spreadsheet. */
    public void exportStatementsCsv(Path file) {
        saves.exportStatementsCsv(file);
    }

    /** Writes the statement CSV template: its header row and two example rows. */
    public void writeSpreadsheetTemplate(Path file) throws IOException {
        AtomicFile.write(file, StatementsCsvWriter.template());
    }

    /** "Moving 'Talks' to 3 May 2017": what a drag of an event shows while it runs. */
    public Optional<String> dragEvent(Event event, double seconds, Object gesture) {
        return editing.move(event, seconds, gesture)
                .map(date -> "Moving '" + event.title() + "' to " + date.toDisplayString());
    }

    /** "Save the changes to syria.json?": the question asked before unsaved changes would be lost. */
    public String unsavedQuestion() {
        return "Save the changes to " + storyName.get() + "?";
    }

    /** Writes the story's events as a TimelineJS JSON file for publishing on the web. */
    public void exportTimelineJs(Path file) {
        saves.exportTimelineJs(file);
    }

    /** Shows an already validated story, preparing it first on this thread (see {@link PreparedStory#of}). */
    public void show(String name, Story newStory) {
        show(name, PreparedStory.of(newStory));
    }

    /**
     * Shows a validated story prepared off the UI thread: this only swaps references and tells the views, and opens
     * on the event with the most statements, the one worth comparing first.
     */
    public void show(String name, PreparedStory prepared) {
        // the "story shown" step, in this order: the views hear of the new story only once its events, filter and
        // name are in place (the timeline fits to the events on the story's change), then of its first selection
        selectedEvent.set(null);
        eventsInTimeOrder.clear(); // so that the new story's filter does not go through the old story's events
        filter.setStory(prepared);
        eventsInTimeOrder.setAll(prepared.eventsInTimeOrder());
        storyName.set(name);
        editor.open(prepared.story());
        preparedStory.set(prepared);
        story.set(prepared.story());
        selectedEvent.set(prepared.mostDiscussedEvent().orElse(null));
        updateStatus();
    }

    /**
     * Shows the story after an edit, an undo or a redo: the views catch up with what changed (in time that follows
     * the change, not the story), keep their filter and window, and the edited event stays selected.
     */
    private void showEdited(StoryEditor.Published published) {
        StoryChange change = published.change();
        boolean back = published.reverted();
        List<Event> eventsOut =
                back ? change.events().itemsAfter() : change.events().itemsBefore();
        List<Event> eventsIn =
                back ? change.events().itemsBefore() : change.events().itemsAfter();
        PreparedStory next = preparedStory
                .get()
                .edited(
                        published.after(),
                        eventsOut,
                        eventsIn,
                        back
                                ? change.statements().itemsAfter()
                                : change.statements().itemsBefore(),
                        back
                                ? change.statements().itemsBefore()
                                : change.statements().itemsAfter());
        Event selected = selectedEvent.get();
        String select =
                published.selectEventId() != null ? published.selectEventId() : selected == null ? null : selected.id();
        filter.storyEdited(next);
        TimeOrderedEvents.update(eventsInTimeOrder, next.eventsInTimeOrder(), eventsOut, eventsIn);
        preparedStory.set(next);
        story.set(next.story());
        Event nowSelected = select == null ? null : next.event(select).orElse(null);
        if (nowSelected != null && !filter.getState().shows(nowSelected)) {
            nowSelected = null;
        }
        selectedEvent.set(nowSelected);
        updateStatus();
    }

    /** A new filter: the shown events follow it, a selection it hides is dropped, then the views hear of it. */
    private void applyFilter() {
        FilterState state = filter.getState();
        shownEvents.setPredicate(state.eventFilter());
        dropHiddenSelection();
        appliedFilter.set(state);
    }

    private void dropHiddenSelection() {
        Event selected = selectedEvent.get();
        if (selected != null && !filter.getState().shows(selected)) {
            selectedEvent.set(null);
        }
    }

    /** The status line now, for the loading and saving plumbing. */
    void setStatus(String text) {
        status.set(text);
    }

    void setCurrentFile(Path file) {
        currentFile.set(file);
    }

    void setStoryName(String name) {
        storyName.set(name);
    }

    /** The status line back to what the story shows: "5 events, 12 statements" or "3 of 5 events shown". */
    void updateStatus() {
        status.summarise(story.get(), eventsInTimeOrder.size(), shownEvents.size());
    }

    /** The forms and edits of the Edit menu, the timeline and the comparison. */
    /** File › New from Article: the article and its date, drafted in the background. */
    public ArticleDraftViewModel newFromArticle() {
        return new ArticleDraftViewModel(background, ui);
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
            newStory(review.build());
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

    /** The source reader: a statement's passage in its source's text. */
    public SourceReaderViewModel reader() {
        return sourceReader;
    }

    public EditingViewModel editing() {
        return editing;
    }

    /** Every change to the open story goes through this editor, which keeps its undo history. */
    public StoryEditor editor() {
        return editor;
    }

    public ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    /** The open story with its indexes; replaced just before {@link #storyProperty()}. */
    public ReadOnlyObjectProperty<PreparedStory> preparedStoryProperty() {
        return preparedStory.getReadOnlyProperty();
    }

    /** The file name of the open story, for the window title. */
    public ReadOnlyStringProperty storyNameProperty() {
        return storyName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loads.loadingProperty();
    }

    /** How far the file being opened has been read, 0 to 1, or -1 while that cannot be told (parsing). */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loads.loadProgressProperty();
    }

    /** The Counterpoint file the story was opened from or saved to; null for a bundled or imported story. */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** Why the last save failed, or null; the view shows it. */
    public ReadOnlyStringProperty lastSaveErrorProperty() {
        return saves.lastSaveErrorProperty();
    }

    /** The last file that failed to open, or null after a success; the view shows its problems. */
    public ReadOnlyObjectProperty<LoadFailure> lastFailureProperty() {
        return loads.lastFailureProperty();
    }

    /** A one-line summary for the status bar: "5 events, 12 statements" or "3 of 5 events shown". */
    public ReadOnlyStringProperty statusProperty() {
        return status.property();
    }

    /** The selected event, shared by the timeline, the comparison and the details pane. */
    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /** The events the filter lets through, in time order. */
    public ObservableList<Event> shownEvents() {
        return shownEvents;
    }

    /**
     * The filter's state once it is applied: the shown events already follow it and a selection it hides is gone.
     * What shows the filter's effect listens to this rather than to {@link FilterViewModel#stateProperty()}.
     */
    public ReadOnlyObjectProperty<FilterState> appliedFilterProperty() {
        return appliedFilter.getReadOnlyProperty();
    }

    public FilterViewModel filter() {
        return filter;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    public DetailsViewModel details() {
        return details;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public PresentationViewModel presentation() {
        return presentation;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    /** Where the search's text is found, and next / previous match. */
    public SearchViewModel search() {
        return search;
    }

    /** Help › Keyboard Shortcuts: whether the list of keys is shown. */
    public KeyboardHelpViewModel help() {
        return help;
    }

    /** View › Text Size for the whole window. */
    public TextSizeViewModel textSize() {
        return textSize;
    }

    /** The coverage matrix: who talks about what. */
    public CoverageViewModel coverage() {
        return coverage;
    }

    /** One actor's statements across events, per topic. */
    public ActorTimelineViewModel actorTimeline() {
        return actorTimeline;
    }
}
