package app.counterpoint.view.details;

import app.counterpoint.model.Source;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.details.DetailsViewModel;
import javafx.beans.Observable;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The selected event's details: title, date at its own precision, summary, topics and sources. */
public final class DetailsPane extends ScrollPane {

    private final DetailsViewModel viewModel;
    private final FlowPane topics = new FlowPane(6, 6);
    private final VBox sources = new VBox(6);

    public DetailsPane(DetailsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("details");
        getStyleClass().add("details-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label caption = new Label("Details");
        caption.getStyleClass().add("pane-caption");
        Label title = wrapping("details-title");
        title.textProperty().bind(viewModel.titleProperty());
        Label date = wrapping("details-date");
        date.setId("details-date");
        date.textProperty().bind(viewModel.dateProperty());
        Label summary = wrapping("details-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label topicsCaption = new Label("Topics");
        topicsCaption.getStyleClass().add("details-caption");
        Label sourcesCaption = new Label("Sources");
        sourcesCaption.getStyleClass().add("details-caption");
        topicsCaption.visibleProperty().bind(viewModel.hasEventProperty());
        sourcesCaption.visibleProperty().bind(viewModel.hasEventProperty());

        VBox content = new VBox(10, caption, title, date, summary, topicsCaption, topics, sourcesCaption, sources);
        content.getStyleClass().add("details-content");
        setContent(content);

        viewModel.topics().addListener((Observable o) -> rebuildTopics());
        viewModel.sources().addListener((Observable o) -> rebuildSources());
        rebuildTopics();
        rebuildSources();
    }

    private static Label wrapping(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void rebuildTopics() {
        topics.getChildren()
                .setAll(viewModel.topics().stream().map(DetailsPane::topicTag).toList());
    }

    private static HBox topicTag(Topic topic) {
        Region swatch = new Region();
        swatch.getStyleClass().add("topic-swatch");
        HBox tag = new HBox(6, swatch, new Label(topic.label()));
        tag.getStyleClass().add("topic-tag");
        tag.setStyle("-topic-color: " + topic.color() + ";");
        return tag;
    }

    private void rebuildSources() {
        sources.getChildren()
                .setAll(viewModel.sources().stream()
                        .map(DetailsPane::sourceLine)
                        .toList());
    }

    private static Label sourceLine(Source source) {
        Label line = wrapping("details-source");
        line.setText(source.citation() + (source.url() == null ? "" : "\n" + source.url()));
        return line;
    }
}
