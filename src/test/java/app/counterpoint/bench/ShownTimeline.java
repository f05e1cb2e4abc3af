package app.counterpoint.bench;

import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Story;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.MainViewModel;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * A story shown as the app shows it at its start, with a timeline laid out at a given size, for the benchmarks that
 * time what follows (a filter change, a keystroke, a frame). Call on the FX thread.
 */
record ShownTimeline(MainViewModel main, TimelineView view, Scene scene) {

    static ShownTimeline of(Story story, String name, int width, int height) {
        MainViewModel main = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);
        // the Events list tab is not shown at the app's start, before any story: its rows are not written
        main.eventsList().activeProperty().set(false);
        main.show(name, story);
        // as in the app at its start: the comparison tab is shown, the coverage and across-events tabs are not (nor
        // the Events list: a benchmark that wants it open sets it active itself)
        main.coverage().activeProperty().set(false);
        main.actorTimeline().activeProperty().set(false);
        TimelineView view = new TimelineView(main.timeline());
        Scene scene = new Scene(new StackPane(view), width, height);
        view.applyCss();
        view.resize(width, height);
        view.layout();
        return new ShownTimeline(main, view, scene);
    }
}
