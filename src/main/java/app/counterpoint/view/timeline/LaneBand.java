package app.counterpoint.view.timeline;

/** Where a lane is drawn: from {@code top} to {@code bottom} pixels, with {@code rows} rows for items. */
public record LaneBand(Lane lane, double top, double bottom, int rows) {}
