package app.counterpoint.view.timeline.paint;

import javafx.scene.paint.Color;

/** The timeline's colours as its style sheet sets them, read once per frame. */
public record TimelinePalette(
        Color background,
        Color axis,
        Color grid,
        Color majorGrid,
        Color laneShade,
        Color text,
        Color mutedText,
        Color selection) {}
