package app.counterpoint.viewmodel.present;

import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.filter.FilterViewModel;

/** The window's filter as a tour sees it: set aside (everything shown) and given back as it was. */
public final class FilterSetAside implements TourFilter {

    private final FilterViewModel filter;
    private FilterViewModel.Choices before;

    public FilterSetAside(FilterViewModel filter) {
        this.filter = filter;
    }

    @Override
    public boolean hides(Event event) {
        return event != null && !filter.getState().shows(event);
    }

    @Override
    public void setAside() {
        before = filter.choices();
        filter.reset();
    }

    @Override
    public void restore() {
        if (before != null) {
            FilterViewModel.Choices choices = before;
            before = null;
            filter.restore(choices);
        }
    }
}
