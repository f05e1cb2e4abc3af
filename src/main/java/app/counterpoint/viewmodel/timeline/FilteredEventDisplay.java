package app.counterpoint.viewmodel.timeline;

/** What the timeline does with events the filter leaves out. */
public enum FilteredEventDisplay {
    /** Filtered-out events disappear. */
    HIDE,
    /** Filtered-out events stay in place, faded, so the shape of the whole story remains visible. */
    DIM
}
