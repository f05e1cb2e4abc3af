package app.counterpoint.view.timeline.layout;

import app.counterpoint.viewmodel.timeline.Lane;

/** Where a lane is drawn: from {@code top} to {@code bottom} pixels, with {@code rows} rows for items. */
public record LaneBand(Lane lane, double top, double bottom, int rows) {}
