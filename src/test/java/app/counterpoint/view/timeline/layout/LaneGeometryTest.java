package app.counterpoint.view.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.timeline.LaneMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The defects a class saw in lanes (issue #11), on the pure layout. */
class LaneGeometryTest {

    private static void assertInOwnBand(TimelineLayout layout, LayoutProbe probe, String where) {
        for (PlacedItem item : layout.items()) {
            LaneBand band = layout.bands().get(item.lane());
            double rowHeight = probe.metrics.rowHeight();
            assertTrue(
                    item.centerY() - rowHeight / 2 >= band.top() + probe.metrics.laneHeaderHeight() - 1e-9
                            && item.centerY() + rowHeight / 2 <= band.bottom() + 1e-9,
                    where + ": " + item.event().title() + " at y " + item.centerY() + " is outside its band " + band);
            assertTrue(
                    Arrays.stream(probe.lanes.lanesOf(item.event())).anyMatch(l -> l == item.lane()),
                    where + ": " + item.event().title() + " drawn in a lane it does not belong to");
        }
    }

    @Test
    void bySideEveryEventSitsInTheBandOfItsOwnSide() {
        LayoutProbe probe = new LayoutProbe(LayoutProbe.story("sides-3"), LaneMode.BY_ACTOR);
        double[] fit = probe.fitted();
        for (double height : new double[] {120, 180, 260, 400, 700}) {
            TimelineLayout layout = probe.layout(fit[0], fit[1], 1000, height, 0);
            assertInOwnBand(layout, probe, "height " + height);
            assertFalse(layout.items().isEmpty(), "height " + height);
        }
    }

    @Test
    void bySideEventsBelongToTheSidesThatSpokeAboutThem() {
        Story story = LayoutProbe.story("sides-3");
        LayoutProbe probe = new LayoutProbe(story, LaneMode.BY_ACTOR);
        // e1 names no side, and all three speak about it
        Event e1 = story.event("e1").orElseThrow();
        assertTrue(e1.actorIds().isEmpty());
        assertEquals(2, probe.lanes.lanesOf(e1).length, "the two sides that spoke about it");
        assertEquals(
                "Other",
                probe.lanes
                        .lanes()
                        .get(probe.lanes.lanesOf(story.event("quiet").orElseThrow())[0])
                        .label());
    }

    @Test
    void theLastLaneIsReachableByScrollingWhenLanesAreTallerThanTheView() {
        LayoutProbe probe = new LayoutProbe(LayoutProbe.story("sides-5"), LaneMode.BY_ACTOR);
        double[] fit = probe.fitted();
        double height = 160;
        LanePlan plan = probe.plan(height);
        assertTrue(plan.contentHeight() > height, "six lanes do not fit in 160 px: they scroll");
        TimelineLayout top = probe.layout(fit[0], fit[1], 1000, height, 0);
        assertInOwnBand(top, probe, "top");
        double bottom = plan.contentHeight() - height;
        TimelineLayout scrolled = probe.layout(fit[0], fit[1], 1000, height, bottom);
        LaneBand last = scrolled.bands().get(scrolled.bands().size() - 1);
        assertEquals("Other", last.lane().label());
        assertEquals(50 + height, last.bottom(), 1e-9, "scrolled to the end, the last lane ends at the view's bottom");
        assertTrue(
                scrolled.items().stream()
                        .anyMatch(i -> i.lane() == scrolled.bands().size() - 1),
                "its event is drawn");
        assertInOwnBand(scrolled, probe, "scrolled");
        for (PlacedItem item : scrolled.items()) {
            assertTrue(item.centerY() >= 50 && item.centerY() <= 50 + height, "only what is in view is placed");
        }
    }

    @Test
    void byTopicTitlesShowWhereRowsHaveRoomAndNoClusterCountsOneEvent() {
        for (String name : new String[] {"sides-3", "topics-8"}) {
            LayoutProbe probe = new LayoutProbe(LayoutProbe.story(name), LaneMode.BY_TOPIC);
            double[] fit = probe.fitted();
            for (double height : new double[] {200, 330, 600}) {
                TimelineLayout layout = probe.layout(fit[0], fit[1], 1000, height, 0);
                for (ClusterMarker c : layout.clusters()) {
                    assertTrue(c.count() >= 2, name + " height " + height + ": " + c);
                }
                assertInOwnBand(layout, probe, name + " height " + height);
            }
        }
        // Three sides and four topics at a classroom width: every event placed with its title, no cluster at all.
        LayoutProbe probe = new LayoutProbe(LayoutProbe.story("sides-3"), LaneMode.BY_TOPIC);
        double[] fit = probe.fitted();
        TimelineLayout layout = probe.layout(fit[0], fit[1], 1000, 330, 0);
        assertTrue(layout.clusters().isEmpty(), "rows have room: " + layout.clusters());
        assertTrue(layout.items().stream().allMatch(i -> i.labelWidth() > 0), "every event has a label");
    }

    @Test
    void aCrowdedRowNeverShowsAOneEventCluster() {
        LayoutProbe probe = new LayoutProbe(LayoutProbe.story("topics-30"), LaneMode.SINGLE);
        double[] fit = probe.fitted();
        for (double width : new double[] {300, 600, 1000}) {
            for (double height : new double[] {60, 100, 200}) {
                TimelineLayout layout = probe.layout(fit[0], fit[1], width, height, 0);
                assertFalse(layout.clusters().isEmpty(), "crowded at " + width + "x" + height);
                for (ClusterMarker c : layout.clusters()) {
                    assertTrue(c.count() >= 2, width + "x" + height + ": " + c);
                }
            }
        }
    }

    @Test
    void rowsStayPutWhileTheWindowPans() {
        for (String name : new String[] {"topics-8", "topics-30", "long-titles"}) {
            for (LaneMode mode : LaneMode.values()) {
                LayoutProbe probe = new LayoutProbe(LayoutProbe.story(name), mode);
                double[] fit = probe.fitted();
                for (double zoom : new double[] {1, 3, 10}) {
                    double span = (fit[1] - fit[0]) / zoom;
                    Map<String, Integer> rowOf = new HashMap<>();
                    for (int step = 0; step < 300; step++) {
                        double start = fit[0] + step * span / 97;
                        TimelineLayout layout = probe.layout(start, start + span, 1000, 400, 0);
                        for (PlacedItem item : layout.items()) {
                            String key = item.event().id() + "@" + item.lane();
                            Integer before = rowOf.putIfAbsent(key, item.row());
                            assertTrue(
                                    before == null || before == item.row(),
                                    name + " " + mode + " zoom " + zoom + " step " + step + ": "
                                            + item.event().title() + " moved from row " + before + " to " + item.row());
                        }
                    }
                }
            }
        }
    }
}
