package app.counterpoint.viewmodel;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.AtomicFile;
import app.counterpoint.io.export.StatementsCsvWriter;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.io.export.TimelineJsExporter;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.io.recovery.RecoveryStore;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.settings.SettingsStore;
import app.counterpoint.viewmodel.compare.ActorTimelineViewModel;
import app.counterpoint.viewmodel.compare.ComparisonExporter;
import app.counterpoint.viewmodel.compare.ComparisonViewModel;
import app.counterpoint.viewmodel.compare.CoverageViewModel;
import app.counterpoint.viewmodel.details.DetailsViewModel;
import app.counterpoint.viewmodel.draft.ArticleDraftViewModel;
import app.counterpoint.viewmodel.draft.DraftReviewViewModel;
import app.counterpoint.viewmodel.edit.EditingViewModel;
import app.counterpoint.viewmodel.edit.StoryChange;
import app.counterpoint.viewmodel.edit.StoryEditor;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.help.KeyboardHelpViewModel;
import app.counterpoint.viewmodel.present.PresentationViewModel;
import app.counterpoint.viewmodel.reader.SourceReaderViewModel;
import app.counterpoint.viewmodel.recovery.RecoveryKeeper;
import app.counterpoint.viewmodel.recovery.RecoveryOffer;
import app.counterpoint.viewmodel.search.SearchViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import app.counterpoint.viewmodel.settings.SettingsViewModel;
import app.counterpoint.viewmodel.settings.TextSizeViewModel;
import app.counterpoint.viewmodel.story.PreparedStory;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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

    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());

    /** The classpath location of the story shown when none is named. */
    public static final String BUNDLED_STORY = "stories/trump-putin-2017.json";

    private final StoryOpener opener;
    private final StoryWriter writer = new StoryWriter();
    private final TimelineJsExporter exporter = new TimelineJsExporter();
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(this, "story");
    private final ReadOnlyObjectWrapper<PreparedStory> preparedStory =
            new ReadOnlyObjectWrapper<>(this, "preparedStory");
    private final ReadOnlyStringWrapper storyName = new ReadOnlyStringWrapper(this, "storyName", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<LoadFailure> lastFailure = new ReadOnlyObjectWrapper<>(this, "lastFailure");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ReadOnlyDoubleWrapper loadProgress =
            new ReadOnlyDoubleWrapper(this, "loadProgress", StoryOpener.INDETERMINATE);
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private final ReadOnlyStringWrapper lastSaveError = new ReadOnlyStringWrapper(this, "lastSaveError");
    private final ReadOnlyObjectWrapper<LoadTimes> lastLoadTimes = new ReadOnlyObjectWrapper<>(this, "lastLoadTimes");

    /** Counts loads on the UI thread; a result whose number is no longer current was cancelled or overtaken. */
    private long loadGeneration;

    private AtomicBoolean cancelCurrentLoad = new AtomicBoolean();

    private final ObservableList<Event> eventsInTimeOrder = FXCollections.observableArrayList();
    private final FilteredList<Event> shownEvents = new FilteredList<>(eventsInTimeOrder);
    private final FilterViewModel filter = new FilterViewModel();
    private final ComparisonViewModel comparison;
    private final DetailsViewModel details;
    private final TimelineViewModel timeline;
    private final PresentationViewModel presentation;
    private final SettingsViewModel settings;
    private final LanguageViewModel language = new LanguageViewModel();
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
    private final RecoveryStore recoveryStore;
    private final RecoveryKeeper keeper;

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
        this.recoveryStore = recoveryStore;
        this.opener = new StoryOpener(reader);
        this.background = background;
        this.ui = ui;
        shownEvents.setPredicate(filter.getState().eventFilter());
        // the first of the filter's listeners, so that the others find the shown events already filtered
        filter.stateProperty()
                .addListener((Observable o) ->
                        shownEvents.setPredicate(filter.getState().eventFilter()));
        comparison =
                new ComparisonViewModel(preparedStory.getReadOnlyProperty(), selectedEvent, filter.stateProperty());
        coverage = new CoverageViewModel(preparedStory.getReadOnlyProperty(), filter);
        actorTimeline = new ActorTimelineViewModel(preparedStory.getReadOnlyProperty(), filter.stateProperty());
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
                .bind(Bindings.createObjectBinding(() -> filter.getState().topicIds(), filter.stateProperty()));
        presentation = new PresentationViewModel(shownEvents, selectedEvent, id -> {
            PreparedStory prepared = preparedStory.get();
            return prepared == null ? null : prepared.event(id).orElse(null);
        });
        // a tour's step puts its event, row and statement in the spotlight
        timeline.spotlightProperty().bind(presentation.spotlightProperty());
        comparison
                .markedTopicIdProperty()
                .bind(Bindings.createObjectBinding(
                        () -> presentation.tourStepProperty().get() == null
                                ? null
                                : presentation.tourStepProperty().get().topicId(),
                        presentation.tourStepProperty()));
        comparison
                .markedStatementIdProperty()
                .bind(Bindings.createObjectBinding(
                        () -> presentation.tourStepProperty().get() == null
                                ? null
                                : presentation.tourStepProperty().get().statementId(),
                        presentation.tourStepProperty()));
        comparison.leftOutOnlyProperty().bind(presentation.leftOutCoveredProperty());
        help = new KeyboardHelpViewModel(presentation.activeProperty());
        textSize = new TextSizeViewModel(presentation.activeProperty(), presentation.fontScaleProperty());
        settings = new SettingsViewModel(
                settingsStore,
                presentation.fontScaleProperty(),
                timeline.laneModeProperty(),
                textSize.scaleProperty(),
                language.languageProperty());
        details.datesProperty().bind(language.datesProperty());
        comparison.datesProperty().bind(language.datesProperty());
        presentation.datesProperty().bind(language.datesProperty());
        language.languageProperty().addListener((Observable o) -> {
            if (!loading.get()) {
                updateStatus();
            }
        });
        filter.stateProperty().addListener((Observable o) -> dropHiddenSelection());
        shownEvents.addListener((Observable o) -> updateStatus());
        // last: it finds the filter applied and a hidden selection dropped
        search = new SearchViewModel(
                preparedStory.getReadOnlyProperty(), filter.stateProperty(), shownEvents, selectedEvent);
        editor.setOnPublish(this::showEdited);
        keeper = recoveryStore == null
                ? null
                : new RecoveryKeeper(
                        recoveryStore,
                        Executors.newSingleThreadScheduledExecutor(r -> {
                            Thread t = new Thread(r, "recovery-writer");
                            t.setDaemon(true);
                            return t;
                        }),
                        editor,
                        storyName::get,
                        currentFile::get,
                        Clock.systemUTC());
    }

    /**
     * Opens a file in the background, in any format Counterpoint reads (detected from its content); on success it
     * replaces the story, on failure it reports why and the story shown before stays.
     */
    public void open(Path file) {
        open(file, () -> {}, problems -> reportFailure(displayName(file), problems));
    }

    /**
     * Opens a file as {@link #open(Path)} does, but hands its problems to {@code onFailure} instead of reporting
     * them: the start falls back to another story first, then says which.
     *
     * @param afterShown run once the story is shown
     */
    void open(Path file, Runnable afterShown, Consumer<LoadResult> onFailure) {
        String path = file.toAbsolutePath().toString();
        load(
                displayName(file),
                file,
                (progress, cancelled) -> opener.open(file, progress, cancelled),
                () -> {
                    settings.rememberOpened(path);
                    afterShown.run();
                },
                onFailure);
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
        loadGeneration++;
        cancelCurrentLoad.set(true);
        loading.set(false);
        lastFailure.set(null);
        currentFile.set(null);
        show(fresh.title(), PreparedStory.of(fresh));
        editor.openUnsaved(fresh);
    }

    /** The newest story a crashed or killed session left unsaved, with the question to ask; empty for none. */
    public Optional<RecoveryOffer> recoveryOffer() {
        return recoveryStore == null
                ? Optional.empty()
                : RecoveryOffer.find(recoveryStore, ZoneId.systemDefault(), Instant.now());
    }

    /**
     * Opens the story of an offer, in the background like any file: it is shown as it was before the crash, counts as
     * unsaved, saves to the file it came from, and its slot is handed over to this session.
     */
    public void recover(RecoveryOffer offer) {
        RecoveryStore.About about = offer.slot().about();
        load(
                about.name(),
                about.file(),
                (progress, cancelled) -> recoveryStore.read(offer.slot()),
                () -> discard(offer),
                problems -> reportFailure(about.name(), problems),
                true);
    }

    /** Forgets an offer's story: the user chose not to recover it. */
    public void declineRecovery(RecoveryOffer offer) {
        discard(offer);
    }

    private void discard(RecoveryOffer offer) {
        background.execute(() -> {
            try {
                recoveryStore.discard(offer.slot());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "A recovery slot could not be removed", e);
            }
        });
    }

    /** The app is closing and nothing is to be kept (saved, or the user chose not to): the recovery slot goes. */
    public void closeCleanly() {
        if (keeper != null) {
            try {
                keeper.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What keeps the unsaved changes for recovery; null when this view model keeps none. */
    public RecoveryKeeper recoveryKeeper() {
        return keeper;
    }

    /** Opens the story shipped with the app: the spring 2017 Trump–Putin exchange. */
    public void openBundledStory() {
        openResource(BUNDLED_STORY);
    }

    /** Opens a story shipped on the classpath, such as the bundled default story. */
    public void openResource(String resource) {
        openResource(resource, () -> {}, problems -> reportFailure(resourceName(resource), problems));
    }

    void openResource(String resource, Runnable onSuccess, Consumer<LoadResult> onFailure) {
        load(
                resourceName(resource),
                null,
                (progress, cancelled) -> opener.openResource(resource),
                onSuccess,
                onFailure);
    }

    private static String resourceName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** Reports a file that did not open, saying what the window shows now. */
    private void reportFailure(String name, LoadResult problems) {
        reportFailure(new LoadFailure(
                name,
                problems,
                story.get() == null ? language.get("failure.noStory") : language.get("failure.kept", storyName.get())));
    }

    /** Publishes a failure; the same failure twice is still told, as it is a second attempt. */
    void reportFailure(LoadFailure failure) {
        lastFailure.set(null);
        lastFailure.set(failure);
    }

    /** How a load reads its file: reporting progress, asking whether to stop. */
    private interface Read {
        LoadResult read(DoubleConsumer progress, BooleanSupplier cancelled);
    }

    /**
     * @param onSuccess run on the UI executor once the story is shown, e.g. to remember the file
     * @param onFailure run on the UI executor with the problems of a file that did not open (not when cancelled)
     */
    private void load(String name, Path file, Read read, Runnable onSuccess, Consumer<LoadResult> onFailure) {
        load(name, file, read, onSuccess, onFailure, false);
    }

    /** @param unsaved the story holds changes no file has (a recovered one): it counts as modified */
    private void load(
            String name, Path file, Read read, Runnable onSuccess, Consumer<LoadResult> onFailure, boolean unsaved) {
        long generation = ++loadGeneration;
        cancelCurrentLoad.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelCurrentLoad = cancelled;
        loading.set(true);
        loadProgress.set(StoryOpener.INDETERMINATE);
        status.set(language.get("status.opening", name));
        DoubleConsumer progress = fraction -> ui.execute(() -> {
            if (generation == loadGeneration) {
                loadProgress.set(fraction);
            }
        });
        long started = System.nanoTime();
        background.execute(() -> {
            LoadResult result;
            PreparedStory prepared = null;
            long readEnd = 0;
            try {
                result = read.read(progress, cancelled::get);
                readEnd = System.nanoTime();
                if (result.isValid() && !cancelled.get()) {
                    prepared = PreparedStory.of(result.story()); // here, so that showing it costs the UI nothing
                }
            } catch (OutOfMemoryError e) {
                // the story being read or prepared is dropped with this frame; the one on screen stays
                prepared = null;
                result = StoryOpener.outOfMemory(name);
            } catch (RuntimeException e) {
                // the reader reports bad content as problems; this is a bug, shown rather than leaving "Opening…"
                LOG.log(System.Logger.Level.ERROR, "Opening " + name + " failed", e);
                result = LoadResult.invalid(new ValidationProblem(name, 1, 1, language.get("failure.internal")));
            }
            LoadResult done = result;
            PreparedStory ready = prepared;
            long readAt = readEnd;
            long preparedAt = System.nanoTime();
            ui.execute(() -> {
                long takenUp = System.nanoTime();
                if (finishLoad(generation, file, done, ready, name, unsaved)) {
                    long shown = System.nanoTime();
                    lastLoadTimes.set(new LoadTimes(
                            name,
                            started,
                            readAt - started,
                            preparedAt - readAt,
                            takenUp - preparedAt,
                            shown - takenUp,
                            shown));
                    onSuccess.run();
                } else if (generation == loadGeneration) {
                    onFailure.accept(done);
                }
            });
        });
    }

    /**
     * @param prepared the story made ready to show; null only when the load failed or was cancelled (and a cancelled
     *                 load's generation is no longer current)
     * @return true when the story was shown
     */
    private boolean finishLoad(
            long generation, Path file, LoadResult result, PreparedStory prepared, String name, boolean unsaved) {
        if (generation != loadGeneration) {
            return false; // cancelled, or another file was opened meanwhile
        }
        loading.set(false);
        if (result.isValid()) {
            lastFailure.set(null);
            // only a Counterpoint file is saved back in place; an imported one is saved under a new name
            currentFile.set(result.format() == StoryFormat.COUNTERPOINT ? file : null);
            show(name, prepared);
            if (unsaved) {
                editor.openUnsaved(prepared.story());
            }
            return true;
        }
        updateStatus();
        return false;
    }

    /**
     * Writes an exported file (an image, a handout page) all at once, so a failed export never leaves half a file.
     */
    public void writeExport(Path target, byte[] content) throws IOException {
        AtomicFile.write(target, content);
    }

    /** The tours of the open story; empty without a story. */
    public java.util.List<app.counterpoint.model.Tour> tours() {
        Story shown = story.get();
        return shown == null ? java.util.List.of() : shown.tours();
    }

    /** Writes the "Who said it?" worksheet of {@code tour} as a PDF, with its answers on a page of their own. */
    public void exportWorksheet(Path target, app.counterpoint.model.Tour tour) throws IOException {
        Story shown = story.get();
        if (shown == null) {
            throw new IOException("no story is open");
        }
        byte[] pdf = new app.counterpoint.io.export.pdf.PdfWriter()
                .write(app.counterpoint.io.export.Worksheet.of(shown, tour));
        AtomicFile.write(target, pdf);
    }

    /** Writes the comparison handout (what Print Handout prints) of the events shown now as a PDF. */
    public void exportHandoutPdf(Path target) throws IOException {
        PreparedStory prepared = preparedStory.get();
        if (prepared == null) {
            throw new IOException("no story is open");
        }
        byte[] pdf = new app.counterpoint.io.export.pdf.PdfWriter()
                .write(app.counterpoint.viewmodel.compare.HandoutPdf.of(
                        prepared, java.util.List.copyOf(shownEvents), filter.getState()));
        AtomicFile.write(target, pdf);
    }

    /** Writes {@code tour} as a self-contained HTML slideshow (one file, no network, arrow keys to step). */
    public void exportSlideshow(Path target, app.counterpoint.model.Tour tour) throws IOException {
        Story shown = story.get();
        if (shown == null) {
            throw new IOException("no story is open");
        }
        AtomicFile.write(
                target,
                app.counterpoint.io.export.TourSlideshow.html(shown, tour).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the comparison shown now as Markdown or as a standalone HTML page. */
    public void exportComparison(Path target, boolean html) throws IOException {
        String title = comparison.titleProperty().get();
        String text = html
                ? ComparisonExporter.html(title, comparison.columns(), comparison.rows())
                : ComparisonExporter.markdown(title, comparison.columns(), comparison.rows());
        AtomicFile.write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the time of the last successful open went; the start-up log and the open benchmark print it. */
    public ReadOnlyObjectProperty<LoadTimes> lastLoadTimesProperty() {
        return lastLoadTimes.getReadOnlyProperty();
    }

    /** Stops the load in progress: its result, whenever it comes, is dropped and the story shown stays. */
    public void cancelLoading() {
        if (!loading.get()) {
            return;
        }
        loadGeneration++;
        cancelCurrentLoad.set(true);
        loading.set(false);
        updateStatus();
        if (story.get() == null) {
            status.set(language.get("status.openingCancelled"));
        }
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
        write(file, true, s -> writer.write(s, file), onSaved);
    }

    /** Writes the story's statements as the statement CSV File › Open reads, to edit in a spreadsheet. */
    public void exportStatementsCsv(Path file) {
        write(file, false, s -> AtomicFile.write(file, StatementsCsvWriter.toBytes(s)));
    }

    /** Writes the statement CSV template: its header row and two example rows. */
    public void writeSpreadsheetTemplate(Path file) throws IOException {
        AtomicFile.write(file, StatementsCsvWriter.template());
    }

    /** "Moving 'Talks' to 3 May 2017": what a drag of an event shows while it runs. */
    public Optional<String> dragEvent(Event event, double seconds, Object gesture) {
        return editing.move(event, seconds, gesture)
                .map(date -> language.get(
                        "status.moving", event.title(), language.dates().format(date)));
    }

    /** "Save the changes to syria.json?": the question asked before unsaved changes would be lost. */
    public String unsavedQuestion() {
        return language.get("unsaved.question", storyName.get());
    }

    /** Writes the story's events as a TimelineJS JSON file for publishing on the web. */
    public void exportTimelineJs(Path file) {
        write(file, false, s -> exporter.write(s, file));
    }

    /** One way of writing a story to a file. */
    private interface Write {
        void write(Story s) throws IOException;
    }

    private void write(Path file, boolean becomesCurrent, Write write) {
        write(file, becomesCurrent, write, () -> {});
    }

    /** @param onSuccess run on the UI executor once the file is written, e.g. to close the window after a save */
    private void write(Path file, boolean becomesCurrent, Write write, Runnable onSuccess) {
        Story s = story.get();
        if (s == null) {
            return;
        }
        long version = editor.version();
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        status.set(language.get("status.saving", name));
        background.execute(() -> {
            String error = null;
            try {
                write.write(s);
            } catch (IOException | RuntimeException e) {
                error = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            String failure = error;
            ui.execute(() -> {
                if (finishWrite(file, name, becomesCurrent, failure, version)) {
                    onSuccess.run();
                }
            });
        });
    }

    /** @param version the editor's version of the story written; it counts as saved now */
    private boolean finishWrite(Path file, String name, boolean becomesCurrent, String error, long version) {
        updateStatus();
        if (error != null) {
            lastSaveError.set(null); // the same message twice must still reach listeners
            lastSaveError.set(name + " could not be saved: " + error + ". Any file already there is unchanged.");
            return false;
        }
        lastSaveError.set(null);
        if (becomesCurrent) {
            currentFile.set(file);
            storyName.set(name);
            editor.markSaved(version);
        }
        status.set(language.get("status.saved", name, status.get()));
        return true;
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

    private void dropHiddenSelection() {
        Event selected = selectedEvent.get();
        if (selected != null && !filter.getState().shows(selected)) {
            selectedEvent.set(null);
        }
    }

    private void updateStatus() {
        Story s = story.get();
        if (s == null) {
            status.set("");
            return;
        }
        int total = eventsInTimeOrder.size();
        int shown = shownEvents.size();
        status.set(
                shown == total
                        ? language.get("status.summary", total, s.statements().size())
                        : language.get("status.filtered", shown, total));
    }

    /** View › Language: the window's words, dates and direction. */
    public LanguageViewModel language() {
        return language;
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
        return loading.getReadOnlyProperty();
    }

    /** How far the file being opened has been read, 0 to 1, or -1 while that cannot be told (parsing). */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    /** The Counterpoint file the story was opened from or saved to; null for a bundled or imported story. */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** Why the last save failed, or null; the view shows it. */
    public ReadOnlyStringProperty lastSaveErrorProperty() {
        return lastSaveError.getReadOnlyProperty();
    }

    /** The last file that failed to open, or null after a success; the view shows its problems. */
    public ReadOnlyObjectProperty<LoadFailure> lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }

    /** A one-line summary for the status bar: "5 events, 12 statements" or "3 of 5 events shown". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The selected event, shared by the timeline, the comparison and the details pane. */
    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /** The events the filter lets through, in time order. */
    public ObservableList<Event> shownEvents() {
        return shownEvents;
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
