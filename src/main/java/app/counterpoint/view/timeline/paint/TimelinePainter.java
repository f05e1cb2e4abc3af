package app.counterpoint.view.timeline.paint;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.Event;
import app.counterpoint.text.TextRange;
import app.counterpoint.view.timeline.layout.LaneBand;
import app.counterpoint.view.timeline.layout.TimelineFrame;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.timeline.LaneMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Paints one laid-out {@link TimelineFrame} on a canvas, back to front: background, lane bands, grid, axis, lane
 * names, events, clusters, and a message when there is nothing to see. Holds no state of the frame: all it draws
 * comes in as arguments, so the skin decides when and the painter only how.
 */
public final class TimelinePainter {

    private Messages messages = Messages.of(Language.ENGLISH);

    private final TextMeasurer text;
    private final AxisPainter axis;
    private final ItemPainter items;

    public TimelinePainter(TextMeasurer text) {
        this.text = text;
        this.axis = new AxisPainter(text);
        this.items = new ItemPainter(text);
    }

    /** Forgets the parsed story colours, e.g. when another story is shown. */
    public void forgetColors() {
        items.forgetColors();
    }

    /** The stretches of each title to mark in its label (what the search found), for the frames to come. */
    public void setLabelMarks(Function<Event, List<TextRange>> marks) {
        items.setLabelMarks(marks);
    }

    /** The window's language, for what an empty frame says. */
    public void setMessages(Messages messages) {
        this.messages = messages;
    }

    /** Just the background, for a canvas too small to hold a frame. */
    public void paintBlank(GraphicsContext g, double width, double height, TimelinePalette palette) {
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
    }

    public void paint(GraphicsContext g, TimelineFrame frame, TimelinePalette palette) {
        paintBlank(g, frame.width(), frame.height(), palette);
        clipToLanes(g, frame);
        paintLaneBands(g, frame, palette);
        g.restore();
        axis.paintGrid(g, frame, palette);
        axis.paintAxis(g, frame, palette);
        // Lanes scrolled up pass under the axis, not over it.
        clipToLanes(g, frame);
        paintLaneNames(g, frame, palette);
        items.paintItems(g, frame, palette);
        g.restore();
        emptyMessage(frame, messages).ifPresent(message -> paintMessage(g, message, frame, palette));
    }

    private static void clipToLanes(GraphicsContext g, TimelineFrame frame) {
        g.save();
        g.beginPath();
        g.rect(0, frame.axisHeight(), frame.width(), Math.max(0, frame.height() - frame.axisHeight()));
        g.closePath();
        g.clip();
    }

    private void paintLaneBands(GraphicsContext g, TimelineFrame frame, TimelinePalette palette) {
        List<LaneBand> bands = frame.layout().bands();
        for (int i = 0; i < bands.size(); i++) {
            LaneBand band = bands.get(i);
            if (i % 2 == 1) {
                g.setFill(palette.laneShade());
                g.fillRect(0, band.top(), frame.width(), band.bottom() - band.top());
            }
            if (i > 0) {
                g.setStroke(palette.majorGrid());
                g.setLineWidth(1);
                g.strokeLine(0, AxisPainter.snap(band.top()), frame.width(), AxisPainter.snap(band.top()));
            }
        }
    }

    /**
     * Each named lane's name at its top left, after a swatch of its colour: for a topic's lane, that topic's shape, as
     * its events are drawn.
     */
    private void paintLaneNames(GraphicsContext g, TimelineFrame frame, TimelinePalette palette) {
        if (frame.lanes().mode() == LaneMode.SINGLE) {
            return;
        }
        double fontSize = text.fontSize();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double header = frame.metrics().laneHeaderHeight();
        for (LaneBand band : frame.layout().bands()) {
            if (band.bottom() <= frame.axisHeight() || band.top() >= frame.height()) {
                continue;
            }
            // A lane scrolled partly under the axis keeps its name in view, like a sticky header.
            double top = Math.min(Math.max(band.top(), frame.axisHeight()), band.bottom() - header);
            double y = top + header / 2 + 2;
            Color color = items.colorOf(band.lane().color());
            double textX = 22;
            if (frame.lanes().mode() == LaneMode.BY_TOPIC) {
                textX = 30;
                int index = frame.lanes().lanes().indexOf(band.lane());
                MarkerShape shape = band.lane().color() == null ? MarkerShape.RING : MarkerShape.forIndex(index);
                items.paintShape(g, shape, 16, y, fontSize * 0.46, color, palette.background(), 1, false);
            } else {
                g.setFill(color);
                g.fillRoundRect(10, y - fontSize * 0.5, 5, fontSize, 3, 3);
            }
            g.setFont(text.font(true));
            g.setFill(palette.text());
            g.fillText(band.lane().label(), textX, y);
        }
    }

    /** What the frame says when it shows no event: none at all, or none in this period. */
    static Optional<String> emptyMessage(TimelineFrame frame, Messages messages) {
        if (!frame.anyEvents()) {
            return Optional.of(messages.text("timeline.empty.none"));
        }
        if (frame.layout().items().isEmpty() && frame.layout().clusters().isEmpty()) {
            return Optional.of(messages.text("timeline.empty.period"));
        }
        return Optional.empty();
    }

    private void paintMessage(GraphicsContext g, String message, TimelineFrame frame, TimelinePalette palette) {
        g.setFont(text.font(false));
        g.setFill(palette.mutedText());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double axisHeight = frame.axisHeight();
        g.fillText(message, frame.width() / 2, axisHeight + (frame.height() - axisHeight) / 2);
        g.setTextAlign(TextAlignment.LEFT);
    }
}
