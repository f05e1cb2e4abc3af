package app.counterpoint.viewmodel.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Runs a view model's rebuild only while someone is looking. A view bound to a hidden tab skips the work a filter
 * change asks for (on a story of 100,000 statements, most of that change's cost) and catches up when it is shown.
 */
public final class DeferredRebuild {

    private final Runnable rebuild;
    private final BooleanProperty active;
    private boolean stale;

    public DeferredRebuild(Object owner, Runnable rebuild) {
        this.rebuild = rebuild;
        this.active = new SimpleBooleanProperty(owner, "active", true);
        active.addListener((obs, was, now) -> {
            if (now && stale) {
                run();
            }
        });
    }

    /** Rebuilds now when active, or at the next activation. */
    public void request() {
        if (active.get()) {
            run();
        } else {
            stale = true;
        }
    }

    private void run() {
        stale = false;
        rebuild.run();
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}
