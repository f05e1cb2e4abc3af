package app.counterpoint.viewmodel.present;

import app.counterpoint.model.Event;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourZoom;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;

/**
 * Shows one tour step in the window, as presenting it would: its event selected and the timeline at the step's zoom
 * (the whole story, the event, or the step's stretch of time). A step on an event the filter hides clears the filter
 * first: the teacher asked to see that step, and a selection the filter hides would show nothing.
 */
public final class TourStepJump implements BiConsumer<TourStep, Event> {

    private final FilterViewModel filter;
    private final ObjectProperty<Event> selectedEvent;
    private final TimelineViewModel timeline;

    public TourStepJump(FilterViewModel filter, ObjectProperty<Event> selectedEvent, TimelineViewModel timeline) {
        this.filter = filter;
        this.selectedEvent = selectedEvent;
        this.timeline = timeline;
    }

    @Override
    public void accept(TourStep step, Event event) {
        if (!filter.getState().shows(event)) {
            filter.reset();
        }
        selectedEvent.set(event);
        TourZoom zoom = step.zoom();
        switch (zoom.mode()) {
            case FIT -> timeline.zoomToFit();
            case EVENT -> timeline.zoomToSelection();
            case RANGE ->
                timeline.setWindow(zoom.start().startEpochSecond(), zoom.end().endEpochSecondExclusive());
        }
    }
}
