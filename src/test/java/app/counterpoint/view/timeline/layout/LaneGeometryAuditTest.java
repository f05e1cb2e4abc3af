package app.counterpoint.view.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.viewmodel.timeline.LaneMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lane audit of issue #11: for stories of 1, 2, 3 and 5 sides and 3, 8 and 30 topics, long titles and a crowded
 * event, in every lane mode, at several zooms, widths, view heights and scroll positions, every drawn event and its
 * label lie inside the band of their own lane and inside the canvas, no two labels overlap, no label covers another
 * mark or a cluster, and no cluster counts a single event. A geometry test on the layout, not on pixels.
 */
class LaneGeometryAuditTest {

    private static final List<String> STORIES = List.of(
            "sides-1",
            "sides-2",
            "sides-3",
            "sides-5",
            "topics-3",
            "topics-8",
            "topics-30",
            "long-titles",
            "crowded-cell");
    /** How much the label's backing is taller than the font: its drawn height is 1.3 em. */
    private static final double LABEL_HEIGHT = 15 * 1.3;

    @Test
    void everyDrawnEventLiesInsideItsOwnLaneAndNothingOverlaps() {
        int layouts = 0;
        int items = 0;
        for (String name : STORIES) {
            for (LaneMode mode : LaneMode.values()) {
                LayoutProbe probe = new LayoutProbe(LayoutProbe.story(name), mode);
                double[] fit = probe.fitted();
                for (double width : new double[] {620, 1000, 1900}) {
                    for (double height : new double[] {90, 250, 560}) {
                        LanePlan plan = probe.plan(height);
                        double bottom = Math.max(0, plan.contentHeight() - height);
                        for (double scroll : new double[] {0, bottom / 2, bottom}) {
                            for (double zoom : new double[] {1, 4, 30}) {
                                for (double at : zoom == 1 ? new double[] {0.5} : new double[] {0.1, 0.5, 0.85}) {
                                    double span = (fit[1] - fit[0]) / zoom;
                                    double centre = fit[0] + at * (fit[1] - fit[0]);
                                    double start = zoom == 1 ? fit[0] : centre - span / 2;
                                    String where = name + " " + mode + " " + width + "x" + height + " scroll " + scroll
                                            + " zoom " + zoom + " at " + at;
                                    TimelineLayout layout = probe.layout(start, start + span, width, height, scroll);
                                    audit(layout, probe, width, height, where);
                                    layouts++;
                                    items += layout.items().size();
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(layouts > 1500 && items > 15_000, layouts + " layouts, " + items + " items");
    }

    private static void audit(TimelineLayout layout, LayoutProbe probe, double width, double height, String where) {
        LayoutMetrics m = probe.metrics;
        double viewTop = 50;
        double viewBottom = 50 + height;
        double r = m.markerRadius();
        for (PlacedItem a : layout.items()) {
            String what = where + ": " + a.event().title() + " (lane " + a.lane() + ", row " + a.row() + ")";
            LaneBand band = layout.bands().get(a.lane());
            assertTrue(
                    Arrays.stream(probe.lanes.lanesOf(a.event())).anyMatch(l -> l == a.lane()),
                    what + " is drawn in a lane it does not belong to");
            assertTrue(a.row() >= 0 && a.row() < band.rows(), what);
            assertTrue(
                    a.centerY() - m.rowHeight() / 2 >= band.top() + m.laneHeaderHeight() - 1e-9
                            && a.centerY() + m.rowHeight() / 2 <= band.bottom() + 1e-9,
                    what + " lies outside its band " + band);
            assertTrue(band.bottom() > viewTop && band.top() < viewBottom, what + ": its lane is out of view");
            TimelineLayoutTest.assertLabelAttached(a, width, m, LayoutProbe.LABEL, what);
            if (a.point()) {
                assertTrue(a.x0() >= -r && a.x0() <= width + r, what + " is off the canvas");
            } else {
                assertTrue(a.x1() > -r && a.x0() < width + r, what + " is off the canvas");
            }
            for (PlacedItem b : layout.items()) {
                if (a == b || a.labelWidth() == 0) {
                    continue;
                }
                boolean sameRow = a.lane() == b.lane() && a.row() == b.row();
                if (sameRow) {
                    assertTrue(
                            a.boxRight() <= b.boxLeft() || b.boxRight() <= a.boxLeft(),
                            what + " overlaps " + b.event().title());
                }
                boolean closeInY = Math.abs(a.centerY() - b.centerY()) < LABEL_HEIGHT;
                if (closeInY && b.labelWidth() > 0) {
                    boolean apart =
                            a.labelX() + a.labelWidth() <= b.labelX() || b.labelX() + b.labelWidth() <= a.labelX();
                    assertTrue(
                            apart,
                            what + ": its label overlaps the label of "
                                    + b.event().title());
                }
            }
            for (ClusterMarker c : layout.clusters()) {
                if (c.lane() == a.lane() && Math.abs(c.centerY() - a.centerY()) < 1e-9) {
                    assertTrue(a.boxRight() <= c.boxLeft() || c.boxRight() <= a.boxLeft(), what + " overlaps " + c);
                }
            }
        }
        for (ClusterMarker c : layout.clusters()) {
            String what = where + ": cluster " + c.label() + " in lane " + c.lane();
            assertTrue(c.count() >= 2, what + " counts one event");
            LaneBand band = layout.bands().get(c.lane());
            assertTrue(
                    c.centerY() - m.rowHeight() / 2 >= band.top() + m.laneHeaderHeight() - 1e-9
                            && c.centerY() + m.rowHeight() / 2 <= band.bottom() + 1e-9,
                    what + " lies outside its band");
            if (c.boxLeft() < width) {
                assertTrue(c.boxLeft() >= -1e-9 && c.boxRight() <= width + 1e-9, what + " is cut by the canvas edge");
            }
        }
    }
}
