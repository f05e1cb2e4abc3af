package app.counterpoint.view.timeline.layout;

/** Where an event's label goes relative to its marker or bar. */
public enum LabelPlace {
    /** After the marker or bar: the usual place; the label may use the free room up to its neighbour. */
    RIGHT,
    /** Before it, near the right edge where there is no room after it. */
    LEFT,
    /** Inside a bar long enough to hold it. */
    INSIDE
}
