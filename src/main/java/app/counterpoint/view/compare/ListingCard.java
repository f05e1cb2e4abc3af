package app.counterpoint.view.compare;

import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.compare.StatementListing;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** A statement listed with its event ("2 May 2017 · Phone call"); the heading opens that event's comparison. */
final class ListingCard extends VBox {

    ListingCard(StatementListing listing, Consumer<Event> compareEvent, Consumer<String> openLink) {
        getStyleClass().add("listing-card");
        Hyperlink heading = new Hyperlink(listing.heading());
        heading.getStyleClass().add("listing-heading");
        heading.setWrapText(true);
        heading.setMinHeight(USE_PREF_SIZE);
        heading.setTooltip(new Tooltip(listing.entry()
                .messages()
                .text("listing.compare.tooltip", listing.event().title())));
        heading.setOnAction(e -> compareEvent.accept(listing.event()));
        getChildren().addAll(heading, new StatementCard(listing.entry(), List.of(), openLink));
    }
}
