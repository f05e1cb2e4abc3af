package app.counterpoint.view.export;

import static app.counterpoint.view.WrappingLabels.wrapping;

import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.compare.ComparisonCell;
import app.counterpoint.viewmodel.compare.ComparisonEntry;
import app.counterpoint.viewmodel.compare.ComparisonRow;
import app.counterpoint.viewmodel.export.HandoutViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A printed handout of the story: its title, a picture of the timeline, and for each shown event what each side
 * said, topic by topic. Built as pages of nodes so that printing and tests see the same thing.
 */
public final class Handout {

    /** Gaps between sections on a page, in points. */
    private static final double GAP = 14;

    private Handout() {}

    /**
     * Lays the handout out on pages of the given printable size; every page is a laid-out node no taller than
     * {@code pageHeight} unless one section alone is taller (it then gets a page of its own).
     */
    public static List<Region> pages(
            MainViewModel viewModel, Image timeline, double pageWidth, double pageHeight, List<String> stylesheets) {
        List<Region> sections = sections(viewModel, timeline, pageWidth);
        List<Region> pages = new ArrayList<>();
        VBox page = newPage(pageWidth);
        double used = 0;
        for (Region section : sections) {
            double height = measure(section, pageWidth, stylesheets);
            if (!page.getChildren().isEmpty() && used + GAP + height > pageHeight) {
                pages.add(page);
                page = newPage(pageWidth);
                used = 0;
            }
            used += (page.getChildren().isEmpty() ? 0 : GAP) + height;
            page.getChildren().add(section);
        }
        if (!page.getChildren().isEmpty()) {
            pages.add(page);
        }
        for (Region p : pages) {
            measure(p, pageWidth, stylesheets);
        }
        return pages;
    }

    private static VBox newPage(double width) {
        VBox page = new VBox(GAP);
        page.getStyleClass().add("handout-page");
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        return page;
    }

    /** Applies CSS and lays a node out off screen at the page width; returns its height. */
    private static double measure(Region node, double width, List<String> stylesheets) {
        Group holder = new Group(node);
        Scene scene = new Scene(holder);
        scene.getStylesheets().setAll(stylesheets);
        node.applyCss();
        node.setPrefWidth(width);
        double height = node.prefHeight(width);
        node.resize(width, height);
        node.layout();
        holder.getChildren().clear();
        return height;
    }

    private static List<Region> sections(MainViewModel viewModel, Image timeline, double width) {
        HandoutViewModel handout = viewModel.handout();
        List<Region> sections = new ArrayList<>();
        if (handout.isEmpty()) {
            return sections;
        }
        Label title = wrapping(handout.title(), "handout-title");
        VBox head = new VBox(6, title);
        if (handout.description() != null) {
            head.getChildren().add(wrapping(handout.description(), "handout-description"));
        }
        sections.add(head);
        if (timeline != null) {
            ImageView picture = new ImageView(timeline);
            picture.setPreserveRatio(true);
            picture.setFitWidth(Math.min(width, timeline.getWidth()));
            sections.add(new VBox(picture));
        }
        for (HandoutViewModel.Section section : handout.sections()) {
            sections.add(eventSection(section, width));
        }
        return sections;
    }

    private static Region eventSection(HandoutViewModel.Section event, double width) {
        VBox section = new VBox(6);
        section.getStyleClass().add("handout-event");
        section.getChildren().add(wrapping(event.heading(), "handout-event-title"));
        if (event.summary() != null) {
            section.getChildren().add(wrapping(event.summary(), "handout-summary"));
        }
        if (event.rows().isEmpty()) {
            section.getChildren().add(wrapping(event.placeholder(), "handout-muted"));
            return section;
        }
        GridPane table = new GridPane();
        table.getStyleClass().add("handout-table");
        int columns = event.sides().size();
        double topicWidth = 110;
        table.getColumnConstraints().add(new ColumnConstraints(topicWidth));
        for (int c = 0; c < columns; c++) {
            ColumnConstraints side = new ColumnConstraints();
            side.setPrefWidth((width - topicWidth) / columns);
            side.setHgrow(Priority.ALWAYS);
            table.getColumnConstraints().add(side);
        }
        for (int c = 0; c < columns; c++) {
            table.add(wrapping(event.sides().get(c).name(), "handout-side"), c + 1, 0);
        }
        int r = 1;
        for (ComparisonRow row : event.rows()) {
            Label topic = wrapping(row.topic().label(), "handout-topic");
            GridPane.setValignment(topic, VPos.TOP);
            table.add(topic, 0, r);
            for (int c = 0; c < row.cells().size(); c++) {
                table.add(cell(row.cells().get(c)), c + 1, r);
            }
            r++;
        }
        section.getChildren().add(table);
        return section;
    }

    private static Region cell(ComparisonCell cell) {
        VBox box = new VBox(4);
        box.getStyleClass().add("handout-cell");
        if (cell.isNotMentioned()) {
            box.getChildren().add(wrapping("Not mentioned", "handout-muted"));
        }
        for (ComparisonEntry entry : cell.entries()) {
            box.getChildren().add(wrapping(entry.labelledText(), "handout-statement"));
            box.getChildren().add(wrapping(entry.shortSourceText(), "handout-source"));
        }
        return box;
    }
}
