package app.counterpoint.view.timeline;

import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.view.timeline.paint.LegendPainter;
import app.counterpoint.view.timeline.paint.TextMeasurer;
import app.counterpoint.view.timeline.paint.TimelinePalette;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;

/**
 * What the timeline's marks mean: a sample of each, drawn by the timeline's own painter in its current colours, with
 * a line of text; each topic of the story in its own colour and shape; and how to move around lanes taller than the
 * view. Shown from the timeline toolbar's Legend button.
 */
public final class TimelineLegend extends GridPane {

    /** A topic colour for the samples: each event's mark takes the colour of its topic. */
    private static final Color SAMPLE = Color.web("#0072B2");

    /** The key of each mark's meaning. */
    static final Map<LegendPainter.Mark, String> MEANINGS = meanings();

    private static Map<LegendPainter.Mark, String> meanings() {
        Map<LegendPainter.Mark, String> m = new EnumMap<>(LegendPainter.Mark.class);
        m.put(LegendPainter.Mark.DOT, "legend.dot");
        m.put(LegendPainter.Mark.TIMED, "legend.diamond");
        m.put(LegendPainter.Mark.NO_TOPIC, "legend.noTopic");
        m.put(LegendPainter.Mark.BAR, "legend.bar");
        m.put(LegendPainter.Mark.SELECTED, "legend.selected");
        m.put(LegendPainter.Mark.DIMMED, "legend.dimmed");
        m.put(LegendPainter.Mark.CLUSTER, "legend.cluster");
        return m;
    }

    public TimelineLegend(TimelineView timeline, LanguageViewModel language) {
        getStyleClass().add("timeline-legend");
        setHgap(12);
        setVgap(6);
        TimelinePalette palette = TimelineSkin.paletteOf(timeline);
        double fontSize = timeline.labelFontSizeProperty().getValue().doubleValue();
        LegendPainter painter = new LegendPainter(new TextMeasurer(fontSize));
        int row = 0;
        for (LegendPainter.Mark mark : LegendPainter.Mark.values()) {
            Canvas sample = new Canvas(Math.ceil(fontSize * 4), Math.ceil(fontSize * 2));
            sample.getStyleClass().add("timeline-legend-sample");
            sample.setId("legend-" + mark.name().toLowerCase(java.util.Locale.ROOT));
            painter.paint(sample.getGraphicsContext2D(), mark, sample.getWidth(), sample.getHeight(), SAMPLE, palette);
            // the dimmed mark names the toolbar's own toggle
            Label meaning = new Label(language.get(MEANINGS.get(mark), language.get("timeline.dim")));
            meaning.setWrapText(true);
            meaning.setMaxWidth(fontSize * 26);
            add(sample, 0, row);
            add(meaning, 1, row);
            row++;
        }
        Story story = timeline.getViewModel().getStory();
        if (story != null && !story.topics().isEmpty()) {
            Label topics = new Label(language.get("legend.topics"));
            topics.getStyleClass().add("timeline-legend-heading");
            topics.setWrapText(true);
            topics.setMaxWidth(fontSize * 30);
            add(topics, 0, row++, 2, 1);
            for (int i = 0; i < story.topics().size(); i++) {
                Topic topic = story.topics().get(i);
                Canvas sample = new Canvas(Math.ceil(fontSize * 4), Math.ceil(fontSize * 2));
                sample.getStyleClass().add("timeline-legend-sample");
                sample.setId("legend-topic-" + topic.id());
                painter.paintTopic(
                        sample.getGraphicsContext2D(),
                        MarkerShape.forIndex(i),
                        sample.getWidth(),
                        sample.getHeight(),
                        painter.colorOf(topic.color()),
                        palette);
                Label name = new Label(topic.label());
                name.setWrapText(true);
                name.setMaxWidth(fontSize * 26);
                add(sample, 0, row);
                add(name, 1, row);
                row++;
            }
        }
        Label moving = new Label(language.get("legend.moving"));
        moving.getStyleClass().add("timeline-legend-keys");
        moving.setWrapText(true);
        moving.setMaxWidth(fontSize * 30);
        add(moving, 0, row, 2, 1);
    }
}
