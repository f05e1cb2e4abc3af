package app.counterpoint.view.timeline.paint;

import app.counterpoint.model.Event;
import app.counterpoint.model.StoryDate;
import app.counterpoint.view.timeline.layout.ClusterMarker;
import app.counterpoint.view.timeline.layout.LabelPlace;
import app.counterpoint.view.timeline.layout.LayoutMetrics;
import app.counterpoint.view.timeline.layout.PlacedItem;
import app.counterpoint.viewmodel.common.MarkerShape;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws one sample of each mark the timeline draws, for its legend, with the timeline's own {@link ItemPainter}: the
 * legend cannot show a mark the timeline does not draw, or draw one differently.
 */
public final class LegendPainter {

    /** The marks of the timeline, in the order the legend lists them. */
    public enum Mark {
        /** An event on a day (or shorter, when zoomed out): its topic's shape, here the first topic's. */
        DOT,
        /** An event timed to the minute: a dot at the centre of its shape. */
        TIMED,
        /** An event on no topic: a ring. */
        NO_TOPIC,
        /** An event that lasts, or one known only to its month or year: a bar over that time, its start filled. */
        BAR,
        /** The selected event: ringed. */
        SELECTED,
        /** An event the filter leaves out, in Dim filtered mode: faint. */
        DIMMED,
        /** Events where a row is full: their count. */
        CLUSTER
    }

    private static final Event DAY = sample("2017-05-02");
    private static final Event MINUTE = sample("2017-05-02T14:30");
    private static final Event MONTH = sample("2017-05");
    /** The samples of marks are drawn in the first topic's shape, as they are in its colour. */
    private static final MarkerShape FIRST = MarkerShape.forIndex(0);

    private final TextMeasurer text;
    private final ItemPainter items;

    public LegendPainter(TextMeasurer text) {
        this.text = text;
        this.items = new ItemPainter(text);
    }

    private static Event sample(String date) {
        return new Event("legend", "", StoryDate.parse(date), null, null, List.of(), List.of(), List.of());
    }

    /** Paints {@code mark} centred in a {@code width} by {@code height} area, in {@code color}. */
    public void paint(GraphicsContext g, Mark mark, double width, double height, Color color, TimelinePalette palette) {
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        LayoutMetrics metrics = LayoutMetrics.forFontSize(text.fontSize(), false);
        double y = height / 2;
        double x = width / 2;
        g.setGlobalAlpha(mark == Mark.DIMMED ? ItemPainter.DIMMED_ALPHA : 1);
        switch (mark) {
            case DOT, DIMMED, SELECTED ->
                items.paintItem(
                        g, point(DAY, x, y, metrics), color, FIRST, metrics, width, palette, mark == Mark.SELECTED);
            case TIMED ->
                items.paintItem(g, point(MINUTE, x, y, metrics), color, FIRST, metrics, width, palette, false);
            case NO_TOPIC ->
                items.paintItem(
                        g,
                        point(DAY, x, y, metrics),
                        ItemPainter.NEUTRAL_ITEM,
                        MarkerShape.RING,
                        metrics,
                        width,
                        palette,
                        false);
            case BAR ->
                items.paintItem(
                        g,
                        new PlacedItem(MONTH, 0, 0, false, 6, width - 6, y, 6, width - 6, 6, 0, LabelPlace.INSIDE),
                        color,
                        FIRST,
                        metrics,
                        width,
                        palette,
                        false);
            case CLUSTER -> {
                double badge = Math.max(metrics.barHeight(), text.width("+3", true) + 2 * metrics.clusterPadding());
                items.paintCluster(
                        g,
                        new ClusterMarker(0, y, x - badge / 2, x + badge / 2, 3, 0, 1, null, false, DAY),
                        metrics,
                        palette);
            }
        }
        g.setGlobalAlpha(1);
    }

    /** A story's CSS colour as the timeline parses it: its neutral grey for one that does not parse. */
    public Color colorOf(String css) {
        return items.colorOf(css);
    }

    /** One topic's mark, an event on a day in its colour and shape, centred in a {@code width} by {@code height} area. */
    public void paintTopic(
            GraphicsContext g, MarkerShape shape, double width, double height, Color color, TimelinePalette palette) {
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        LayoutMetrics metrics = LayoutMetrics.forFontSize(text.fontSize(), false);
        items.paintItem(g, point(DAY, width / 2, height / 2, metrics), color, shape, metrics, width, palette, false);
    }

    private static PlacedItem point(Event event, double x, double y, LayoutMetrics metrics) {
        double r = metrics.markerRadius();
        return new PlacedItem(event, 0, 0, true, x, x, y, x - r, x + r, x + r, 0, LabelPlace.RIGHT);
    }
}
