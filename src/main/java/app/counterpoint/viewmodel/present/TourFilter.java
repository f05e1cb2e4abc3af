package app.counterpoint.viewmodel.present;

import app.counterpoint.model.Event;

/**
 * What presenting a tour does about a filter that hides one of its steps' events: the tour is the teacher's lesson,
 * so the filter is set aside for the rest of it (every event shows) and given back when the tour ends.
 */
public interface TourFilter {

    /** No filter: nothing is ever hidden. */
    TourFilter NONE = new TourFilter() {
        @Override
        public boolean hides(Event event) {
            return false;
        }

        @Override
        public void setAside() {}

        @Override
        public void restore() {}
    };

    boolean hides(Event event);

    /** Shows every event, remembering the filter. */
    void setAside();

    /** Brings back the filter {@link #setAside} remembered. */
    void restore();
}
