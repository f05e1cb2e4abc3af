package app.counterpoint.view.timeline;

import javafx.scene.paint.Color;

/** The timeline's colours as its style sheet sets them, read once per frame. */
record TimelinePalette(
        Color background,
        Color axis,
        Color grid,
        Color majorGrid,
        Color laneShade,
        Color text,
        Color mutedText,
        Color selection) {

    static TimelinePalette of(TimelineView view) {
        return new TimelinePalette(
                view.backgroundColorProperty().getValue(),
                view.axisColorProperty().getValue(),
                view.gridColorProperty().getValue(),
                view.majorGridColorProperty().getValue(),
                view.laneShadeColorProperty().getValue(),
                view.textColorProperty().getValue(),
                view.mutedTextColorProperty().getValue(),
                view.selectionColorProperty().getValue());
    }
}
