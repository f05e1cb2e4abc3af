package app.counterpoint.view;

import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourZoom;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.MainViewModel;

/**
 * Where the timeline goes while presenting: to each selected event, animated so the audience sees where the story
 * moves, and on a tour to the zoom each step asks for.
 */
final class PresentationZoom {

    private final MainViewModel viewModel;
    private final TimelineView timeline;

    PresentationZoom(MainViewModel viewModel, TimelineView timeline) {
        this.viewModel = viewModel;
        this.timeline = timeline;
        viewModel.selectedEventProperty().addListener((obs, old, event) -> {
            if (event != null
                    && viewModel.presentation().isActive()
                    && viewModel.presentation().tourProperty().get() == null) {
                timeline.zoomToSelection(); // animated: the audience sees where the story moves
            }
        });
        // a tour's step glides to the zoom the step asks for
        viewModel.presentation().tourMovesProperty().addListener((obs, old, moves) -> glideToStep());
    }

    /** On entering the presentation: the tour's step, else the selected event. */
    void zoomOnEntering() {
        if (viewModel.presentation().tourStepProperty().get() != null) {
            glideToStep();
        } else {
            timeline.zoomToSelection();
        }
    }

    /** Glides the timeline to the zoom of the tour's step: the whole story, the step's event, or a stretch. */
    private void glideToStep() {
        TourStep step = viewModel.presentation().tourStepProperty().get();
        if (step == null || !viewModel.presentation().isActive()) {
            return;
        }
        TourZoom zoom = step.zoom();
        switch (zoom.mode()) {
            case FIT -> timeline.zoomToFit();
            case EVENT -> timeline.zoomToSelection();
            case RANGE ->
                timeline.glideTo(zoom.start().startEpochSecond(), zoom.end().endEpochSecondExclusive());
        }
    }
}
