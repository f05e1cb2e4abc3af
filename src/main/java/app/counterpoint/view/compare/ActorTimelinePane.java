package app.counterpoint.view.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.compare.ActorTimelineRow;
import app.counterpoint.viewmodel.compare.ActorTimelineViewModel;
import app.counterpoint.viewmodel.compare.StatementListing;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * "Compare across events": pick a side and read its statements per topic in time order, to follow how its line
 * moved from one event to the next. A statement's heading opens that event's comparison.
 */
public final class ActorTimelinePane extends VBox {

    private static final double CARD_WIDTH = 300;

    private final ActorTimelineViewModel viewModel;
    private final Consumer<Event> compareEvent;
    private final Consumer<String> openLink;
    private final VBox rows = new VBox(18);

    public ActorTimelinePane(
            ActorTimelineViewModel viewModel,
            LanguageViewModel language,
            Consumer<Event> compareEvent,
            Consumer<String> openLink) {
        this.viewModel = viewModel;
        this.compareEvent = compareEvent;
        this.openLink = openLink;
        setId("across-events");
        getStyleClass().add("across-events-pane");

        Label caption = TabScaffold.caption(language.text("across.caption"));
        Label heading = TabScaffold.heading(language.text("across.heading"));
        ComboBox<Actor> actor = new ComboBox<>(viewModel.actors());
        actor.setId("across-events-actor");
        actor.valueProperty().bindBidirectional(viewModel.actorProperty());
        actor.setConverter(new StringConverter<>() {
            @Override
            public String toString(Actor a) {
                return a == null ? "" : a.name();
            }

            @Override
            public Actor fromString(String s) {
                return viewModel.actors().stream()
                        .filter(a -> a.name().equals(s))
                        .findFirst()
                        .orElse(null);
            }
        });
        actor.setButtonCell(new ActorCell());
        actor.setCellFactory(list -> new ActorCell());
        Label choose = new Label();
        choose.textProperty().bind(language.text("across.side"));
        choose.getStyleClass().add("filter-caption");
        HBox tools = new HBox(10, choose, actor);
        tools.getStyleClass().add("comparison-tools");

        Label placeholder = TabScaffold.placeholder(viewModel.placeholderProperty());
        ScrollPane scroll = TabScaffold.scrolling(12, placeholder, rows);
        getChildren().addAll(caption, heading, tools, scroll);

        viewModel.rows().addListener((Observable o) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        Actor actor = viewModel.actorProperty().get();
        for (ActorTimelineRow row : viewModel.rows()) {
            Region swatch = new Region();
            swatch.getStyleClass().add("topic-swatch");
            swatch.setStyle(row.topicShape().cssShape());
            Label topic = new Label(row.topic().label());
            topic.getStyleClass().add("topic-name");
            HBox header = new HBox(8, swatch, topic);
            header.getStyleClass().add("across-events-topic");
            header.setStyle("-topic-color: " + row.topic().color() + ";");

            FlowPane cards = new FlowPane(12, 12);
            cards.getStyleClass().add("across-events-cards");
            for (StatementListing l : row.statements()) {
                ListingCard card = new ListingCard(l, compareEvent, openLink);
                card.getStyleClass().add("comparison-cell");
                card.setStyle("-actor-color: " + (actor == null ? "-cp-accent" : actor.color()) + ";");
                card.setPrefWidth(CARD_WIDTH);
                cards.getChildren().add(card);
            }
            rows.getChildren().add(new VBox(8, header, cards));
        }
    }

    /** Shows a side by name in the chooser. */
    private static final class ActorCell extends ListCell<Actor> {
        @Override
        protected void updateItem(Actor item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
