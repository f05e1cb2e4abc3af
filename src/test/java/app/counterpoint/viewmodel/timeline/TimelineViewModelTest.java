package app.counterpoint.viewmodel.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.model.Actor;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

    private static final double DAY = 86_400;

    private final ObjectProperty<Story> story = new SimpleObjectProperty<>();
    private final ObservableList<Event> shown = FXCollections.observableArrayList();
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private TimelineViewModel vm;

    static Event event(String id, String start) {
        return EventBuilder.event(id).on(start).topics("t").actors("a").build();
    }

    static Event range(String id, String start, String end) {
        return EventBuilder.event(id)
                .on(start)
                .until(end)
                .topics("t")
                .actors("a")
                .build();
    }

    static Story storyOf(List<Event> events) {
        return StoryBuilder.story("S")
                .actors(new Actor("a", "A", "#0072B2"))
                .topics(new Topic("t", "T", "#D55E00"))
                .events(events)
                .build();
    }

    @BeforeEach
    void setUp() {
        vm = new TimelineViewModel(story, shown, selected);
    }

    private void show(List<Event> events) {
        shown.setAll(events);
        story.set(storyOf(events));
    }

    @Test
    void zoomAtKeepsTheAnchorDateFixed() {
        vm.setWindow(0, 1000 * DAY);
        for (double fraction : new double[] {0, 0.1, 0.37, 0.5, 0.9, 1}) {
            for (double factor : new double[] {0.5, 1.25, 3, 10}) {
                double before = vm.getVisibleStart() + fraction * vm.getVisibleSpan();
                vm.zoomAt(fraction, factor);
                double after = vm.getVisibleStart() + fraction * vm.getVisibleSpan();
                assertEquals(before, after, 1e-6 * vm.getVisibleSpan(), "fraction " + fraction + " factor " + factor);
            }
        }
    }

    @Test
    void zoomInHalvesTheSpan() {
        vm.setWindow(0, 100 * DAY);
        vm.zoomAt(0.25, 2);
        assertEquals(50 * DAY, vm.getVisibleSpan(), 1e-6);
        assertEquals(12.5 * DAY, vm.getVisibleStart(), 1e-6);
    }

    @Test
    void spanStaysBetweenOneMinuteAndTenThousandYears() {
        vm.setWindow(0, DAY);
        for (int i = 0; i < 100; i++) {
            vm.zoomAt(0.3, 10);
        }
        assertEquals(60, vm.getVisibleSpan(), 1e-6);
        for (int i = 0; i < 100; i++) {
            vm.zoomAt(0.3, 0.1);
        }
        assertEquals(TimelineViewModel.MAX_SPAN_SECONDS, vm.getVisibleSpan(), 1);
        vm.setWindow(100, 110);
        assertEquals(60, vm.getVisibleSpan(), 1e-6);
        assertEquals(105, (vm.getVisibleStart() + vm.getVisibleEnd()) / 2, 1e-6);
    }

    @Test
    void zoomAtTheLimitKeepsTheAnchor() {
        vm.setWindow(0, 600);
        double anchor = vm.getVisibleStart() + 0.8 * vm.getVisibleSpan();
        vm.zoomAt(0.8, 1000);
        assertEquals(anchor, vm.getVisibleStart() + 0.8 * vm.getVisibleSpan(), 1e-6);
    }

    @Test
    void panByFractionMovesByShareOfSpan() {
        vm.setWindow(0, 100 * DAY);
        vm.panByFraction(0.25);
        assertEquals(25 * DAY, vm.getVisibleStart(), 1e-6);
        assertEquals(125 * DAY, vm.getVisibleEnd(), 1e-6);
        vm.panByFraction(-0.5);
        assertEquals(-25 * DAY, vm.getVisibleStart(), 1e-6);
    }

    @Test
    void zoomToFitContainsAllEventsWithASmallMargin() {
        Event first = event("1", "2017-03-01");
        Event last = range("2", "2017-06-01", "2017-07");
        show(List.of(last, first));
        double from = first.startEpochSecond();
        double to = last.endEpochSecondExclusive();
        assertTrue(vm.getVisibleStart() < from);
        assertTrue(vm.getVisibleEnd() > to);
        assertTrue(vm.getVisibleSpan() < (to - from) * 1.5, "margin is small");
    }

    @Test
    void newStoryZoomsToFitEvenWhenItsEventsArriveLater() {
        vm.setWindow(0, 60);
        Event e = event("1", "-0043-03-15");
        story.set(storyOf(List.of(e)));
        shown.setAll(e);
        assertTrue(vm.getVisibleStart() < e.startEpochSecond());
        assertTrue(vm.getVisibleEnd() > e.endEpochSecondExclusive());
    }

    @Test
    void singleDayEventGetsAWindowOfAboutAMonth() {
        Event e = event("1", "2017-05-02");
        show(List.of(e));
        assertTrue(vm.getVisibleSpan() >= 20 * DAY && vm.getVisibleSpan() <= 40 * DAY, "span " + vm.getVisibleSpan());
        assertTrue(vm.getVisibleStart() < e.startEpochSecond() && vm.getVisibleEnd() > e.endEpochSecondExclusive());
    }

    @Test
    void singleMinuteEventGetsAWindowOfHours() {
        Event e = event("1", "2017-05-02T14:30");
        show(List.of(e));
        assertTrue(vm.getVisibleSpan() >= 3600 && vm.getVisibleSpan() <= 6 * 3600, "span " + vm.getVisibleSpan());
        assertTrue(vm.getVisibleStart() < e.startEpochSecond() && vm.getVisibleEnd() > e.endEpochSecondExclusive());
    }

    @Test
    void zoomToSelectionShowsTheSelectedEvent() {
        Event a = event("1", "1990");
        Event b = event("2", "2017-05-02");
        show(List.of(a, b));
        vm.setSelectedEvent(b);
        vm.zoomToSelection();
        assertTrue(vm.getVisibleStart() < b.startEpochSecond() && vm.getVisibleEnd() > b.endEpochSecondExclusive());
        assertTrue(vm.getVisibleSpan() < 60 * DAY);
    }

    @Test
    void selectNextWalksInTimeOrderAndStopsAtTheEnd() {
        Event c = event("c", "2017-05-03");
        Event a = event("a", "2016");
        Event b = event("b", "2017-05-02T10:00");
        show(List.of(c, a, b));
        vm.selectNext();
        assertSame(a, selected.get());
        vm.selectNext();
        assertSame(b, selected.get());
        vm.selectNext();
        assertSame(c, selected.get());
        vm.selectNext();
        assertSame(c, selected.get());
        vm.selectPrevious();
        assertSame(b, selected.get());
    }

    @Test
    void selectPreviousWithoutSelectionTakesTheLast() {
        Event a = event("a", "2016");
        Event b = event("b", "2018");
        show(List.of(b, a));
        vm.selectPrevious();
        assertSame(b, selected.get());
    }

    @Test
    void selectNextFromAFilteredOutEventTakesItsSuccessor() {
        Event a = event("a", "2016");
        Event b = event("b", "2017");
        Event c = event("c", "2018");
        show(List.of(a, c));
        selected.set(b);
        vm.selectNext();
        assertSame(c, selected.get());
        selected.set(b);
        vm.selectPrevious();
        assertSame(a, selected.get());
    }

    @Test
    void selectNextKeepsTheSelectionInView() {
        Event a = event("a", "2000-01-01");
        Event b = event("b", "2017-01-01");
        show(List.of(a, b));
        vm.setWindow(a.startEpochSecond() - DAY, a.startEpochSecond() + 10 * DAY);
        vm.setSelectedEvent(a);
        vm.selectNext();
        assertTrue(vm.getVisibleStart() < b.startEpochSecond() && vm.getVisibleEnd() > b.startEpochSecond());
    }

    @Test
    void emptyListSelectsNothing() {
        vm.selectNext();
        assertNull(selected.get());
    }

    @Test
    void laneModeDefaultsToSingle() {
        assertEquals(LaneMode.SINGLE, vm.getLaneMode());
        vm.setLaneMode(LaneMode.BY_TOPIC);
        assertEquals(LaneMode.BY_TOPIC, vm.laneModeProperty().get());
    }

    @Test
    void filteredEventDisplayDefaultsToHideAndAllEventsToTheShownOnes() {
        ObservableList<Event> list = FXCollections.observableArrayList();
        TimelineViewModel plain =
                new TimelineViewModel(new SimpleObjectProperty<>(), list, new SimpleObjectProperty<>());
        assertEquals(FilteredEventDisplay.HIDE, plain.getFilteredEventDisplay());
        assertSame(list, plain.getAllEvents());
        plain.setFilteredEventDisplay(FilteredEventDisplay.DIM);
        assertEquals(FilteredEventDisplay.DIM, plain.getFilteredEventDisplay());
        plain.setFilteredEventDisplay(null);
        assertEquals(FilteredEventDisplay.HIDE, plain.getFilteredEventDisplay());
    }

    @Test
    void aTimelineGivenAFilteredViewTellsWhereEachShownEventStandsAmongAll() {
        Event a = event("a", "2017-05-02");
        Event b = event("b", "2017-05-03");
        Event c = event("c", "2017-05-04");
        ObservableList<Event> all = FXCollections.observableArrayList(a, b, c);
        FilteredList<Event> filtered = new FilteredList<>(all, e -> e != b);
        TimelineViewModel main = new TimelineViewModel(story, new SimpleObjectProperty<>(), all, filtered, selected);
        assertFalse(main.showsEveryEvent());
        assertArrayEquals(new int[] {0, 2}, main.shownPositions().orElseThrow());
        filtered.setPredicate(e -> e == c);
        assertArrayEquals(new int[] {2}, main.shownPositions().orElseThrow());

        assertTrue(vm.showsEveryEvent(), "one list: every event is shown");
        assertTrue(vm.shownPositions().isEmpty());
        assertTrue(
                new TimelineViewModel(story, all, filtered, selected)
                        .shownPositions()
                        .isEmpty(),
                "a filtered list not given as such is indexed afresh");
    }

    @Test
    void aClusterClickZoomsGentlyAndNeverBelowTheEventsPrecision() {
        Event a = event("a", "2017-05-02");
        Event b = event("b", "2017-05-03");
        show(List.of(a, b));
        double from = a.startEpochSecond();
        double to = b.endEpochSecondExclusive();
        // From a window of ten years, one click zooms in at most eight times, keeping the two days in view.
        vm.setWindow(from - 5 * 365 * DAY, from + 5 * 365 * DAY);
        double wide = vm.getVisibleSpan();
        assertTrue(vm.revealCluster(from, to, DatePrecision.DAY, false, a));
        assertEquals(wide / TimelineViewModel.MOST_REVEAL_ZOOM, vm.getVisibleSpan(), 1);
        assertTrue(vm.getVisibleStart() <= from && vm.getVisibleEnd() >= to);
        // Clicks go on, but never to a window narrower than a day-dated crowd can use (29 days), not to one day.
        for (int i = 0; i < 10; i++) {
            vm.revealCluster(from, to, DatePrecision.DAY, false, a);
        }
        assertEquals(29 * DAY, vm.getVisibleSpan(), 1);
        assertTrue(vm.getVisibleStart() <= from && vm.getVisibleEnd() >= to);
        assertSame(a, selected.get(), "once zooming cannot separate them, a click selects the first");
    }

    @Test
    void aClusterOfEventsOnTheSameDateSelectsTheFirstInsteadOfZooming() {
        Event a = event("a", "2017-05-02");
        show(List.of(a));
        vm.setWindow(a.startEpochSecond() - 200 * DAY, a.startEpochSecond() + 200 * DAY);
        double span = vm.getVisibleSpan();
        assertTrue(!vm.revealCluster(a.startEpochSecond(), a.endEpochSecondExclusive(), DatePrecision.DAY, true, a));
        assertEquals(span, vm.getVisibleSpan(), 1e-6, "no zoom");
        assertSame(a, selected.get());
    }

    @Test
    void theShownTopicsDefaultToEveryTopic() {
        assertTrue(vm.isTopicShown("anything"));
        vm.shownTopicIdsProperty().set(java.util.Set.of("t"));
        assertTrue(vm.isTopicShown("t"));
        assertTrue(!vm.isTopicShown("u"));
    }
}
