package app.counterpoint.viewmodel;

import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.importing.ImportedNames;
import app.counterpoint.io.recovery.OwnLargeFiles;
import app.counterpoint.io.recovery.RecoveryStore;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.settings.SettingsStore;
import app.counterpoint.viewmodel.compare.ActorTimelineViewModel;
import app.counterpoint.viewmodel.compare.ComparisonViewModel;
import app.counterpoint.viewmodel.compare.CoverageViewModel;
import app.counterpoint.viewmodel.details.DetailsViewModel;
import app.counterpoint.viewmodel.edit.EditingViewModel;
import app.counterpoint.viewmodel.edit.StoryEditor;
import app.counterpoint.viewmodel.export.HandoutViewModel;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.help.KeyboardHelpViewModel;
import app.counterpoint.viewmodel.platform.ClipboardService;
import app.counterpoint.viewmodel.present.PresentationViewModel;
import app.counterpoint.viewmodel.reader.SourceReaderViewModel;
import app.counterpoint.viewmodel.search.SearchViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import app.counterpoint.viewmodel.settings.SettingsViewModel;
import app.counterpoint.viewmodel.settings.TextSizeViewModel;
import app.counterpoint.viewmodel.story.PreparedStory;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * The main window's state: the open story, the shared filter and selection, and the view models of the timeline,
 * the comparison and the details pane. Loading runs on a background executor and publishes on the UI executor; a
 * file that fails validation changes nothing but {@link #lastFailureProperty()}.
 */
public final class MainViewModel {

    /** The classpath location of the story shown when none is named. */
    public static final String BUNDLED_STORY = "stories/trump-putin-2017.json";

    /** View › Language: first, as every text below follows it. */
    private final LanguageViewModel language = new LanguageViewModel();

    private final StatusLine status = new StatusLine(language);

    /** Reading and showing files in the background. */
    private final StoryLoading loads;
    /** Saving and exporting. */
    private final StoryFiles files;

    /** The story shown, its events, the filter and the selection every view shares. */
    private final ShownStory shown = new ShownStory();

    private final ObjectProperty<Event> selectedEvent = shown.selectedEventProperty();
    private final FilterViewModel filter = shown.filter();
    private final TransformationList<Event, Event> shownEvents = shown.shownEvents();
    private final ReadOnlyStringWrapper storyName = new ReadOnlyStringWrapper(this, "storyName", "");
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    /** Where the view models copy to: the window hands in the system clipboard; without one, a holder of its own. */
    private ClipboardService clipboard = ClipboardService.inMemory();

    /** The timeline, the comparison, the presentation and the other panels, wired to each other. */
    private final FeatureViewModels features;
    /** New from Article: drafting, the review, the story made from it. */
    private final StoryDrafts drafts;

    private final StoryEditor editor = new StoryEditor();
    private final EditingViewModel editing = new EditingViewModel(shown.storyProperty(), selectedEvent, editor);
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
        this(reader, background, ui, settingsStore, recoveryStore, null);
    }

    /**
     * @param ownFiles where the large story files the window saves are remembered, so that it opens them again
     *                 without a raised limit; null remembers none (tests, tools)
     */
    public MainViewModel(
            StoryReader reader,
            Executor background,
            Executor ui,
            SettingsStore settingsStore,
            RecoveryStore recoveryStore,
            OwnLargeFiles ownFiles) {
        this.loads = new StoryLoading(
                this,
                new StoryOpener(
                        reader,
                        ownFiles == null ? file -> false : ownFiles::wrote,
                        () -> ImportedNames.in(language.getLanguage())),
                background,
                ui);
        this.files = new StoryFiles(this, background, ui, reader.limits(), ownFiles);
        this.recovery = new StoryRecovery(recoveryStore, editor, storyName::get, currentFile::get, loads, background);
        this.drafts = new StoryDrafts(background, ui, this::newStory, language.messagesProperty());
        this.features = FeatureViewModels.wire(shown, language, text -> clipboard.copy(text), settingsStore);
        editor.messagesProperty().bind(language.messagesProperty());
        language.languageProperty().addListener((Observable o) -> {
            if (!loads.loadingProperty().get()) {
                updateStatus();
            }
        });
        shownEvents.addListener((Observable o) -> updateStatus());
        editor.setOnPublish(published -> {
            shown.showEdited(published);
            updateStatus();
        });
    }

    /**
     * Opens a file in the background, in any format Counterpoint reads (detected from its content); on success it
     * replaces the story, on failure it reports why and the story shown before stays.
     */
    public void open(Path file) {
        loads.open(file);
    }

    /**
     * Opens the story named on the command line (or double-clicked); else the last story opened, if it is still
     * there; else the bundled one. When the named or the last story cannot be opened, another is opened in its
     * place (the last good one, or the bundled one) and the problems dialog says which: the window never starts
     * empty.
     */
    public void openFirstStory(List<String> arguments) {
        new FirstStory(this, loads).open(arguments);
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

    /** Opens the story shipped with the app: the spring 2017 Trump–Putin exchange. */
    public void openBundledStory() {
        openResource(BUNDLED_STORY);
    }

    /** Opens a story shipped on the classpath, such as the bundled default story. */
    public void openResource(String resource) {
        loads.openResource(resource);
    }

    /** The printed handout's content: the story and, for every event the filter shows, its comparison. */
    public HandoutViewModel handout() {
        return HandoutViewModel.of(
                shown.preparedStoryProperty(),
                shownEvents,
                appliedFilterProperty(),
                language().dates());
    }

    /** The clipboard every Copy of this window's view models goes to; the window gives the system's. */
    public void useClipboard(ClipboardService service) {
        clipboard = java.util.Objects.requireNonNull(service, "service");
    }

    /** The tours of the open story; empty without a story. */
    public List<app.counterpoint.model.Tour> tours() {
        Story story = shown.storyProperty().get();
        return story == null ? List.of() : story.tours();
    }

    /** Where the time of the last successful open went; the start-up log and the open benchmark print it. */
    public ReadOnlyObjectProperty<LoadTimes> lastLoadTimesProperty() {
        return loads.lastLoadTimesProperty();
    }

    /** Stops the load in progress: its result, whenever it comes, is dropped and the story shown stays. */
    public void cancelLoading() {
        loads.cancel();
    }

    /** "Moving 'Talks' to 3 May 2017": what a drag of an event shows while it runs. */
    public Optional<String> dragEvent(Event event, double seconds, Object gesture) {
        return editing.move(event, seconds, gesture)
                .map(date -> language.get(
                        "status.moving", event.title(), language.dates().format(date)));
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
        shown.show(prepared, () -> {
            storyName.set(name);
            editor.open(prepared.story());
        });
        updateStatus();
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
        status.summarise(shown.storyProperty().get(), shown.eventsInTimeOrder().size(), shownEvents.size());
    }

    /** File › New from Article: the article drafted, its draft reviewed, the accepted story opened. */
    public StoryDrafts drafts() {
        return drafts;
    }

    /** View › Language: the window's words, dates and direction. */
    public LanguageViewModel language() {
        return language;
    }

    /** The source reader: a statement's passage in its source's text. */
    public SourceReaderViewModel reader() {
        return features.sourceReader();
    }

    /** The forms and edits of the Edit menu, the timeline and the comparison. */
    public EditingViewModel editing() {
        return editing;
    }

    /** Every change to the open story goes through this editor, which keeps its undo history. */
    public StoryEditor editor() {
        return editor;
    }

    /** Edit › app.counterpoint.model.Tour Steps…: the tours' steps to reorder, edit, delete and jump to, every change undoable. */
    public app.counterpoint.viewmodel.edit.TourStepsViewModel tourSteps() {
        return new app.counterpoint.viewmodel.edit.TourStepsViewModel(
                shown.storyProperty(),
                editor,
                selectedEvent,
                language.datesProperty(),
                new app.counterpoint.viewmodel.present.TourStepJump(filter, selectedEvent, features.timeline()));
    }

    public ReadOnlyObjectProperty<Story> storyProperty() {
        return shown.storyProperty();
    }

    /** The open story with its indexes; replaced just before {@link #storyProperty()}. */
    public ReadOnlyObjectProperty<PreparedStory> preparedStoryProperty() {
        return shown.preparedStoryProperty();
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

    /** Saving the story, exporting it, and writing what the views export. */
    public StoryFiles files() {
        return files;
    }

    /** Keeping unsaved changes against a crash, and offering them back at the next start. */
    public StoryRecovery recovery() {
        return recovery;
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
        return shown.appliedFilterProperty();
    }

    public FilterViewModel filter() {
        return filter;
    }

    public ComparisonViewModel comparison() {
        return features.comparison();
    }

    public DetailsViewModel details() {
        return features.details();
    }

    public TimelineViewModel timeline() {
        return features.timeline();
    }

    public PresentationViewModel presentation() {
        return features.presentation();
    }

    public SettingsViewModel settings() {
        return features.settings();
    }

    /** Where the search's text is found, and next / previous match. */
    public SearchViewModel search() {
        return features.search();
    }

    /** Help › Keyboard Shortcuts: whether the list of keys is shown. */
    public KeyboardHelpViewModel help() {
        return features.help();
    }

    /** View › Text Size for the whole window. */
    public TextSizeViewModel textSize() {
        return features.textSize();
    }

    /** The coverage matrix: who talks about what. */
    public CoverageViewModel coverage() {
        return features.coverage();
    }

    /** The Events list: the shown events as a table. */
    public app.counterpoint.viewmodel.events.EventsListViewModel eventsList() {
        return features.eventsList();
    }

    /** One actor's statements across events, per topic. */
    public ActorTimelineViewModel actorTimeline() {
        return features.actorTimeline();
    }
}
