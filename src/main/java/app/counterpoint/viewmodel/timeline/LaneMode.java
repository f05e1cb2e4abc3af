package app.counterpoint.viewmodel.timeline;

/** How the timeline splits events into horizontal lanes. */
public enum LaneMode {
    /** Every event in one lane. */
    SINGLE,
    /** One lane per side; an event spoken about by two sides shows in both lanes. */
    BY_ACTOR,
    /** One lane per topic; an event on two topics shows in both lanes. */
    BY_TOPIC
}
