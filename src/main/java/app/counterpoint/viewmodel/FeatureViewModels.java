package app.counterpoint.viewmodel;

import app.counterpoint.settings.SettingsStore;
import app.counterpoint.viewmodel.compare.ActorTimelineViewModel;
import app.counterpoint.viewmodel.compare.ComparisonViewModel;
import app.counterpoint.viewmodel.compare.CoverageViewModel;
import app.counterpoint.viewmodel.details.DetailsViewModel;
import app.counterpoint.viewmodel.events.EventsListViewModel;
import app.counterpoint.viewmodel.help.KeyboardHelpViewModel;
import app.counterpoint.viewmodel.platform.ClipboardService;
import app.counterpoint.viewmodel.present.FilterSetAside;
import app.counterpoint.viewmodel.present.PresentationViewModel;
import app.counterpoint.viewmodel.reader.SourceReaderViewModel;
import app.counterpoint.viewmodel.search.SearchViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import app.counterpoint.viewmodel.settings.SettingsViewModel;
import app.counterpoint.viewmodel.settings.TextSizeViewModel;
import app.counterpoint.viewmodel.story.PreparedStory;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The main window's feature view models, built on the shown story and wired to each other: the timeline's colours
 * follow the applied filter, a tour's step marks its event, row and statement on the timeline and in the
 * comparison, and every text follows the window's language. {@link MainViewModel} hands them out.
 */
record FeatureViewModels(
        ComparisonViewModel comparison,
        CoverageViewModel coverage,
        ActorTimelineViewModel actorTimeline,
        EventsListViewModel eventsList,
        DetailsViewModel details,
        SourceReaderViewModel sourceReader,
        TimelineViewModel timeline,
        PresentationViewModel presentation,
        KeyboardHelpViewModel help,
        TextSizeViewModel textSize,
        SettingsViewModel settings,
        SearchViewModel search) {

    /**
     * @param copy where a Copy of the comparison goes (the window's clipboard, which may be handed in later)
     * @param settingsStore where theme, type size, recent files and the like are kept between launches
     */
    static FeatureViewModels wire(
            ShownStory shown, LanguageViewModel language, ClipboardService copy, SettingsStore settingsStore) {
        ReadOnlyObjectProperty<PreparedStory> prepared = shown.preparedStoryProperty();
        var applied = shown.appliedFilterProperty();
        var selected = shown.selectedEventProperty();
        var comparison = new ComparisonViewModel(prepared, selected, applied, copy);
        var coverage = new CoverageViewModel(prepared, shown.filter());
        var actorTimeline = new ActorTimelineViewModel(prepared, applied);
        var eventsList = new EventsListViewModel(prepared, applied, shown.shownEvents(), selected);
        var details = new DetailsViewModel(shown.storyProperty(), selected);
        var sourceReader = new SourceReaderViewModel(prepared, selected);
        var timeline = new TimelineViewModel(
                shown.storyProperty(), prepared, shown.eventsInTimeOrder(), shown.shownEvents(), selected);
        timeline.setInstantsSource(shown::knownInstants);
        // the marks' colours follow the topic filter
        timeline.shownTopicIdsProperty()
                .bind(Bindings.createObjectBinding(() -> applied.get().topicIds(), applied));
        var presentation = new PresentationViewModel(
                shown.shownEvents(),
                selected,
                id -> prepared.get() == null ? null : prepared.get().event(id).orElse(null),
                new FilterSetAside(shown.filter()));
        followTour(presentation, timeline, comparison);
        var help = new KeyboardHelpViewModel(presentation.activeProperty());
        var textSize = new TextSizeViewModel(presentation.activeProperty(), presentation.fontScaleProperty());
        var settings = new SettingsViewModel(
                settingsStore,
                presentation.fontScaleProperty(),
                timeline.laneModeProperty(),
                textSize.scaleProperty(),
                language.languageProperty());
        details.datesProperty().bind(language.datesProperty());
        eventsList.datesProperty().bind(language.datesProperty());
        sourceReader.messagesProperty().bind(language.messagesProperty());
        shown.filter().messagesProperty().bind(language.messagesProperty());
        coverage.messagesProperty().bind(language.messagesProperty());
        actorTimeline.messagesProperty().bind(language.messagesProperty());
        comparison.datesProperty().bind(language.datesProperty());
        presentation.datesProperty().bind(language.datesProperty());
        var search = new SearchViewModel(prepared, applied, shown.shownEvents(), selected);
        search.messagesProperty().bind(language.messagesProperty());
        comparison.quiz().messagesProperty().bind(language.messagesProperty());
        return new FeatureViewModels(
                comparison,
                coverage,
                actorTimeline,
                eventsList,
                details,
                sourceReader,
                timeline,
                presentation,
                help,
                textSize,
                settings,
                search);
    }

    /** A tour's step puts its event, row and statement in the spotlight; a step on left-out lines shows only those. */
    private static void followTour(
            PresentationViewModel presentation, TimelineViewModel timeline, ComparisonViewModel comparison) {
        timeline.spotlightProperty().bind(presentation.spotlightProperty());
        var step = presentation.tourStepProperty();
        comparison
                .markedTopicIdProperty()
                .bind(Bindings.createObjectBinding(
                        () -> step.get() == null ? null : step.get().topicId(), step));
        comparison
                .markedStatementIdProperty()
                .bind(Bindings.createObjectBinding(
                        () -> step.get() == null ? null : step.get().statementId(), step));
        comparison.leftOutOnlyProperty().bind(presentation.leftOutCoveredProperty());
    }
}
