package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Topic;

/** How many statements one actor made on one topic, and that count as a share of the busiest cell (0 to 1). */
public record CoverageCell(Actor actor, Topic topic, int count, double intensity) {}
