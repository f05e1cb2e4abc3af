package app.counterpoint.view.timeline.paint;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.text.TextRange;
import app.counterpoint.view.timeline.layout.ClusterMarker;
import app.counterpoint.view.timeline.layout.LabelPlace;
import app.counterpoint.view.timeline.layout.LayoutMetrics;
import app.counterpoint.view.timeline.layout.PlacedItem;
import app.counterpoint.view.timeline.layout.TimelineFrame;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.timeline.Lane;
import app.counterpoint.viewmodel.timeline.LaneMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Paints the laid-out events (markers, bars and their labels, the selection) and the cluster markers, in the colours
 * the story gives its topics and lanes and in each topic's {@link MarkerShape}: colour is never the only cue.
 */
final class ItemPainter {

    /** How strongly events the filter leaves out show in dim mode: there, but clearly in the background. */
    static final double DIMMED_ALPHA = 0.22;

    static final Color NEUTRAL_ITEM = Color.web("#6b7280");

    /** Behind what the search found in a label: the comparison's search mark, in every theme. */
    static final Color LABEL_MARK = Color.web("#ffd27a");

    static final Color LABEL_MARK_EDGE = Color.web("#e09a1a");
    static final Color LABEL_MARK_INK = Color.web("#1d2228");

    private Function<Event, List<TextRange>> labelMarks = e -> List.of();

    private final TextMeasurer text;
    private final Map<String, Color> colors = new HashMap<>();
    /** Each topic's position in the story's list, for its shape; made again when another list of topics comes. */
    private final Map<String, Integer> topicIndex = new HashMap<>();

    private List<Topic> indexedTopics;
    /** Corners of the shape being drawn, scaled and placed: reused, as thousands of marks are drawn per frame. */
    private double[] xs = new double[0];

    private double[] ys = new double[0];

    ItemPainter(TextMeasurer text) {
        this.text = text;
    }

    void setLabelMarks(Function<Event, List<TextRange>> marks) {
        labelMarks = marks == null ? e -> List.of() : marks;
    }

    /** Forgets the parsed colours, e.g. when another story is shown. */
    void forgetColors() {
        colors.clear();
        topicIndex.clear();
        indexedTopics = null;
    }

    void paintItems(GraphicsContext g, TimelineFrame frame, TimelinePalette palette) {
        g.setTextBaseline(VPos.CENTER);
        for (PlacedItem item : frame.layout().items()) {
            g.setGlobalAlpha(frame.dimmed().test(item.event()) ? DIMMED_ALPHA : 1);
            int topic = markTopic(item.event(), item.lane(), frame);
            Color color = topic >= 0 ? topicColor(frame, item.lane(), topic) : laneColor(frame, item.lane());
            MarkerShape shape = topic >= 0 ? MarkerShape.forIndex(topic) : MarkerShape.RING;
            paintItem(g, item, color, shape, frame.metrics(), frame.width(), palette, frame.isSelected(item.event()));
        }
        g.setGlobalAlpha(1);
        for (ClusterMarker cluster : frame.layout().clusters()) {
            paintCluster(g, cluster, frame.metrics(), palette);
        }
    }

    /** One item's mark, selection ring and label; the legend draws its samples with this too. */
    void paintItem(
            GraphicsContext g,
            PlacedItem item,
            Color color,
            MarkerShape shape,
            LayoutMetrics metrics,
            double width,
            TimelinePalette palette,
            boolean selected) {
        g.setTextBaseline(VPos.CENTER);
        Event event = item.event();
        double y = item.centerY();
        double r = metrics.markerRadius();
        if (item.point()) {
            if (selected) {
                g.setFill(palette.selection().deriveColor(0, 1, 1, 0.14));
                g.fillOval(item.x0() - r - 6, y - r - 6, 2 * r + 12, 2 * r + 12);
            }
            boolean timed = event.start().precision().compareTo(DatePrecision.MINUTE) >= 0;
            paintShape(g, shape, item.x0(), y, r, color, palette.background(), 2, timed);
            if (selected) {
                g.setStroke(palette.selection());
                g.setLineWidth(2.5);
                g.strokeOval(item.x0() - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8);
            }
        } else {
            double left = Math.max(item.x0(), -r);
            double right = Math.min(item.x1(), width + r);
            double bh = metrics.barHeight();
            g.setFill(blend(color, palette.background(), 0.24));
            g.fillRoundRect(left, y - bh / 2, right - left, bh, bh * 0.6, bh * 0.6);
            g.setStroke(color);
            g.setLineWidth(1.5);
            g.strokeRoundRect(left, y - bh / 2, right - left, bh, bh * 0.6, bh * 0.6);
            // The topic's shape at the bar's start, where the layout keeps a label inside the bar clear of it.
            double glyph = Math.min(r, bh / 2 - 1) * 0.85;
            paintShape(g, shape, left + r, y, glyph, color, palette.background(), 1.5, false);
            if (selected) {
                g.setStroke(palette.selection());
                g.setLineWidth(2.5);
                g.strokeRoundRect(left - 3, y - bh / 2 - 3, right - left + 6, bh + 6, bh * 0.7, bh * 0.7);
            }
        }
        paintLabel(g, item, palette, selected);
    }

    /**
     * One shape centred on {@code (x, y)}, about {@code r} across, filled in {@code color} and edged in the background
     * so it stands out from what it overlaps; the ring is a hollow outline. An event timed to the minute has a dot at
     * its centre.
     */
    void paintShape(
            GraphicsContext g,
            MarkerShape shape,
            double x,
            double y,
            double r,
            Color color,
            Color background,
            double edge,
            boolean timed) {
        if (shape.hollow()) {
            double ring = Math.max(2, r * 0.45);
            g.setStroke(background);
            g.setLineWidth(ring + 2 * edge);
            g.strokeOval(x - r + ring / 2, y - r + ring / 2, 2 * r - ring, 2 * r - ring);
            g.setStroke(color);
            g.setLineWidth(ring);
            g.strokeOval(x - r + ring / 2, y - r + ring / 2, 2 * r - ring, 2 * r - ring);
        } else {
            g.setFill(color);
            g.setStroke(background);
            g.setLineWidth(edge);
            if (shape.round()) {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            } else {
                int n = place(shape, x, y, r);
                g.fillPolygon(xs, ys, n);
                g.strokePolygon(xs, ys, n);
            }
        }
        if (timed) {
            double pip = Math.max(1.5, r * 0.3);
            g.setFill(shape.hollow() ? color : background);
            g.fillOval(x - pip, y - pip, 2 * pip, 2 * pip);
        }
    }

    /** The shape's corners scaled to {@code r} round {@code (x, y)} into {@link #xs} and {@link #ys}; their count. */
    private int place(MarkerShape shape, double x, double y, double r) {
        double[] unit = shape.unitPolygon();
        int n = unit.length / 2;
        if (xs.length < n) {
            xs = new double[n];
            ys = new double[n];
        }
        for (int i = 0; i < n; i++) {
            xs[i] = x + r * unit[2 * i];
            ys[i] = y + r * unit[2 * i + 1];
        }
        return n;
    }

    /** The title, shortened with an ellipsis to the room the layout gave it (whole in the tooltip). */
    private void paintLabel(GraphicsContext g, PlacedItem item, TimelinePalette palette, boolean selected) {
        String title = item.event().title();
        String label = text.fit(title, selected, item.labelWidth());
        if (label.isEmpty()) {
            return;
        }
        double y = item.centerY();
        double fontSize = text.fontSize();
        // A whole title has the room it needs, no more: its width is known without a look-up.
        double width = label == title ? item.labelWidth() : text.width(label, selected);
        // A label before its item ends at it, however much of the room a shortened one leaves.
        double x = item.labelPlace() == LabelPlace.LEFT ? item.labelX() + item.labelWidth() - width : item.labelX();
        g.setFont(text.font(selected));
        g.setTextAlign(TextAlignment.LEFT);
        if (item.labelPlace() != LabelPlace.INSIDE) {
            // A backing keeps labels readable over gridlines and long bars of other rows.
            g.setFill(palette.background().deriveColor(0, 1, 1, 0.85));
            g.fillRoundRect(x - 2, y - fontSize * 0.65, width + 4, fontSize * 1.3, 4, 4);
        }
        g.setFill(palette.text());
        g.fillText(label, x, y);
        paintMarks(g, item.event(), label, x, y, selected);
    }

    /**
     * Each marked stretch of the label that is shown (not one cut off by its ellipsis), drawn over the label: the
     * mark, then its words in dark ink, readable on the light mark in every theme.
     */
    private void paintMarks(GraphicsContext g, Event event, String label, double x, double y, boolean selected) {
        List<TextRange> marks = labelMarks.apply(event);
        if (marks.isEmpty()) {
            return;
        }
        int shown = label.equals(event.title()) ? label.length() : Math.max(0, label.length() - 1);
        double h = text.fontSize() * 1.25;
        for (TextRange r : marks) {
            if (r.start() >= shown) {
                break;
            }
            double from = x + text.width(label.substring(0, r.start()), selected);
            double to = x + text.width(label.substring(0, Math.min(r.end(), shown)), selected);
            g.setFill(LABEL_MARK);
            g.fillRoundRect(from - 1, y - h / 2, to - from + 2, h, 3, 3);
            g.setStroke(LABEL_MARK_EDGE);
            g.setLineWidth(1);
            g.strokeRoundRect(from - 1, y - h / 2, to - from + 2, h, 3, 3);
            g.setFill(LABEL_MARK_INK);
            g.fillText(label.substring(r.start(), Math.min(r.end(), shown)), from, y);
        }
    }

    void paintCluster(GraphicsContext g, ClusterMarker cluster, LayoutMetrics metrics, TimelinePalette palette) {
        double bh = metrics.barHeight();
        double y = cluster.centerY();
        double width = cluster.boxRight() - cluster.boxLeft();
        Color muted = palette.mutedText();
        g.setFill(blend(muted, palette.background(), 0.16));
        g.fillRoundRect(cluster.boxLeft(), y - bh / 2, width, bh, bh, bh);
        g.setStroke(muted);
        g.setLineWidth(1.25);
        g.strokeRoundRect(cluster.boxLeft(), y - bh / 2, width, bh, bh, bh);
        g.setFill(palette.text());
        g.setFont(text.font(true));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(cluster.label(), cluster.boxLeft() + width / 2, y);
        g.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * The topic whose colour and shape the mark takes, by its position in the story's topics: in a topic's lane,
     * that topic; else the event's first topic the filter shows (its first topic when it shows none, as for a
     * dimmed event); -1 for an event on no topic (or in the lane of none), which takes its lane's colour.
     */
    private int markTopic(Event event, int lane, TimelineFrame frame) {
        Story story = frame.story();
        if (story == null) {
            return -1;
        }
        if (frame.lanes().mode() == LaneMode.BY_TOPIC) {
            Lane own = frame.lanes().lanes().get(lane);
            Integer index = indexOf(story, own.id());
            if (own.color() != null && index != null) {
                return index;
            }
        }
        if (event.topicIds().isEmpty()) {
            return -1;
        }
        String topic = event.topicIds().get(0);
        for (String id : event.topicIds()) {
            if (frame.topicShown().test(id)) {
                topic = id;
                break;
            }
        }
        Integer index = indexOf(story, topic);
        return index == null ? -1 : index;
    }

    /** The topic's colour; in a topic's lane the lane's, as the lane's name shows it. */
    private Color topicColor(TimelineFrame frame, int lane, int topic) {
        if (frame.lanes().mode() == LaneMode.BY_TOPIC) {
            Lane own = frame.lanes().lanes().get(lane);
            if (own.color() != null) {
                return colorOf(own.color());
            }
        }
        return colorOf(frame.story().topics().get(topic).color());
    }

    private Color laneColor(TimelineFrame frame, int lane) {
        return colorOf(frame.lanes().lanes().get(lane).color());
    }

    private Integer indexOf(Story story, String topicId) {
        if (story.topics() != indexedTopics) {
            topicIndex.clear();
            indexedTopics = story.topics();
            for (int i = 0; i < indexedTopics.size(); i++) {
                topicIndex.putIfAbsent(indexedTopics.get(i).id(), i);
            }
        }
        return topicIndex.get(topicId);
    }

    /** A CSS colour parsed once; the neutral grey for none or one that does not parse. */
    Color colorOf(String css) {
        if (css == null) {
            return NEUTRAL_ITEM;
        }
        return colors.computeIfAbsent(css, c -> {
            try {
                return Color.web(c);
            } catch (IllegalArgumentException e) {
                return NEUTRAL_ITEM;
            }
        });
    }

    /** A colour mixed toward the background: a light tint that keeps dark text on it readable. */
    private static Color blend(Color color, Color background, double amount) {
        return background.interpolate(color, amount);
    }
}
