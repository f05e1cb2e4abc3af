package app.counterpoint.view.filter;

import static app.counterpoint.view.Texts.label;
import static app.counterpoint.view.Texts.tooltip;

import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.filter.ToggleChoice;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The topic chips under the menu: a caption, then the chips in the story's order on at most {@value #MAX_ROWS} rows.
 * When they do not all fit, the last row ends in a "More topics (n)…" button that opens every topic as a list with
 * check boxes and a search; chips are never shortened, so each stays legible from the back of the room.
 */
public final class TopicChipBar extends Region {

    static final int MAX_ROWS = 2;
    private static final double H_GAP = 8;
    private static final double V_GAP = 6;
    private static final double CAPTION_GAP = 12;

    private final FilterViewModel viewModel;
    private final Label caption = new Label();
    private final LanguageViewModel language;
    private final Button more = new Button();
    private final List<TopicChip> chips = new ArrayList<>();
    private TopicPopup popup;

    public TopicChipBar(FilterViewModel viewModel, LanguageViewModel language) {
        this.language = language;
        label(language, "filter.topics", caption);
        this.viewModel = viewModel;
        getStyleClass().add("topic-chip-bar");
        caption.getStyleClass().addAll("filter-caption", "topics-caption");
        caption.setTooltip(tooltip(language, "filter.topics.tooltip"));
        more.setId("more-topics");
        more.getStyleClass().add("more-topics");
        more.setOnAction(e -> showAllTopics());
        more.setTooltip(tooltip(language, "filter.moreTopics.tooltip"));
        getChildren().addAll(caption, more);
        viewModel.topics().addListener((ListChangeListener<ToggleChoice<Topic>>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().removeAll(chips);
        chips.clear();
        for (ToggleChoice<Topic> choice : viewModel.topics()) {
            chips.add(new TopicChip(choice, language));
        }
        getChildren().addAll(chips);
        requestLayout();
    }

    private void showAllTopics() {
        if (popup == null) {
            popup = new TopicPopup(viewModel, language);
        }
        popup.show(more);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        double widest = moreWidth();
        for (TopicChip chip : chips) {
            widest = Math.max(widest, chip.prefWidth(-1));
        }
        return in.getLeft() + captionWidth() + widest + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        double row = 0;
        for (TopicChip chip : chips) {
            row += (row == 0 ? 0 : H_GAP) + chip.prefWidth(-1);
        }
        return in.getLeft() + captionWidth() + row + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        int rows = chips.isEmpty() ? 1 : arrange(width < 0 ? computePrefWidth(-1) : width).rows;
        double rowHeight = rowHeight();
        return in.getTop() + rows * rowHeight + (rows - 1) * V_GAP + in.getBottom();
    }

    private double rowHeight() {
        double h = Math.max(caption.prefHeight(-1), more.prefHeight(-1));
        for (TopicChip chip : chips) {
            h = Math.max(h, chip.prefHeight(-1));
        }
        return snapSizeY(h);
    }

    private double captionWidth() {
        return snapSizeX(caption.prefWidth(-1)) + CAPTION_GAP;
    }

    /** Where each chip goes at a width: how many rows, how many chips shown, and each shown chip's place. */
    private record Arrangement(int rows, int shown, double[] x, int[] row, double moreX) {}

    private Arrangement arrange(double width) {
        Insets in = getInsets();
        double left = in.getLeft() + captionWidth();
        double right = width - in.getRight();
        int n = chips.size();
        double[] x = new double[n];
        int[] row = new int[n];
        // first try: every chip, on as few rows as fit
        int r = 0;
        double at = left;
        boolean fits = true;
        for (int i = 0; i < n; i++) {
            double w = snapSizeX(chips.get(i).prefWidth(-1));
            if (at > left && at + w > right) {
                r++;
                at = left;
            }
            if (r >= MAX_ROWS) {
                fits = false;
                break;
            }
            x[i] = at;
            row[i] = r;
            at += w + H_GAP;
        }
        if (fits) {
            return new Arrangement(r + 1, n, x, row, -1);
        }
        // else as many as fit with room for the "More topics" button at the end of the last row
        double moreWidth = moreWidth();
        r = 0;
        at = left;
        int shown = 0;
        for (int i = 0; i < n; i++) {
            double w = snapSizeX(chips.get(i).prefWidth(-1));
            double need = w + (r == MAX_ROWS - 1 ? H_GAP + moreWidth : 0);
            if (at > left && at + need > right) {
                if (r == MAX_ROWS - 1) {
                    break;
                }
                r++;
                at = left;
                need = w + (r == MAX_ROWS - 1 ? H_GAP + moreWidth : 0);
                if (at + need > right) {
                    break;
                }
            }
            x[i] = at;
            row[i] = r;
            at += w + H_GAP;
            shown++;
        }
        return new Arrangement(MAX_ROWS, shown, x, row, r == MAX_ROWS - 1 ? at : left);
    }

    /**
     * The button's width with the widest count it can show, so that it keeps one width whatever the count and the
     * count never changes the rows it was laid out for.
     */
    private double moreWidth() {
        Text widest = new Text(language.get(
                "filter.moreTopics", "8".repeat(Integer.toString(chips.size()).length())));
        widest.setFont(more.getFont());
        return snapSizeX(widest.getLayoutBounds().getWidth() + more.snappedLeftInset() + more.snappedRightInset() + 2);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double rowHeight = rowHeight();
        Arrangement a = arrange(getWidth());
        caption.resizeRelocate(
                in.getLeft(),
                in.getTop() + (rowHeight - caption.prefHeight(-1)) / 2,
                snapSizeX(caption.prefWidth(-1)),
                caption.prefHeight(-1));
        for (int i = 0; i < chips.size(); i++) {
            TopicChip chip = chips.get(i);
            boolean shown = i < a.shown;
            chip.setVisible(shown);
            if (shown) {
                chip.resizeRelocate(
                        a.x[i], in.getTop() + a.row[i] * (rowHeight + V_GAP), snapSizeX(chip.prefWidth(-1)), rowHeight);
            }
        }
        int hidden = chips.size() - a.shown;
        more.setVisible(hidden > 0);
        more.setText(language.get("filter.moreTopics", Integer.toString(hidden)));
        if (hidden > 0) {
            double w = moreWidth();
            more.resizeRelocate(a.moreX, in.getTop() + (MAX_ROWS - 1) * (rowHeight + V_GAP), w, rowHeight);
        }
    }

    /** The chips drawn now, in order; the others wait behind "More topics". For tests. */
    List<Node> shownChips() {
        return chips.stream().filter(Node::isVisible).map(c -> (Node) c).toList();
    }
}
