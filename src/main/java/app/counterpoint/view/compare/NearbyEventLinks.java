package app.counterpoint.view.compare;

import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.compare.ComparisonViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** Where the comparison has nothing to show: links to the events nearby, each selecting its event. */
final class NearbyEventLinks extends FlowPane {

    private final ComparisonViewModel viewModel;
    private final LanguageViewModel language;

    NearbyEventLinks(ComparisonViewModel viewModel, LanguageViewModel language) {
        super(10, 6);
        this.viewModel = viewModel;
        this.language = language;
        getStyleClass().add("nearby-events");
        viewModel.nearbyEvents().addListener((Observable o) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        List<Event> events = viewModel.nearbyEvents();
        if (events.isEmpty()) {
            return;
        }
        Label lead = new Label(language.get("compare.nearby"));
        lead.getStyleClass().add("nearby-lead");
        getChildren().add(lead);
        for (Event e : events) {
            Hyperlink link = new Hyperlink(viewModel.nearbyText(e));
            link.getStyleClass().add("nearby-event");
            link.setOnAction(a -> viewModel.select(e));
            getChildren().add(link);
        }
    }
}
