package app.counterpoint.view.compare;

import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.MainViewModel;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The comparison views under the timeline: the selected event side by side, the coverage matrix, and one side's
 * statements across events. Following a listed statement to its event switches back to the comparison.
 */
public final class ComparisonTabs extends TabPane {

    /** The stylesheet of the comparison views, on top of the application's. */
    public static final String STYLESHEET = ComparisonTabs.class
            .getResource("/app/counterpoint/view/compare/compare.css")
            .toExternalForm();

    private static final PseudoClass PRESENTING = PseudoClass.getPseudoClass("presenting");

    private final Tab comparisonTab;
    private final Tab eventsTab;
    private final ComparisonPane comparisonPane;

    /** @param openLink opens an http(s) address in the system browser */
    public ComparisonTabs(MainViewModel viewModel, Consumer<String> openLink) {
        setId("comparison-tabs");
        getStyleClass().add("comparison-tabs");
        getStylesheets().add(STYLESHEET);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Consumer<Event> compareEvent = event -> {
            viewModel.selectedEventProperty().set(event);
            showComparison();
        };
        comparisonPane = new ComparisonPane(viewModel.comparison(), viewModel.language(), openLink);
        comparisonPane.showSearch(viewModel.search().marksProperty());
        comparisonTab = new Tab("", comparisonPane);
        comparisonTab.textProperty().bind(viewModel.language().text("compare.tab.comparison"));
        comparisonTab.setId("tab-comparison");
        Tab coverage = new Tab();
        coverage.textProperty().bind(viewModel.language().text("compare.tab.coverage"));
        coverage.setId("tab-coverage");
        buildWhenFirstShown(
                coverage, () -> new CoveragePane(viewModel.coverage(), viewModel.language(), compareEvent, openLink));
        Tab across = new Tab();
        across.textProperty().bind(viewModel.language().text("compare.tab.across"));
        across.setId("tab-across-events");
        buildWhenFirstShown(
                across,
                () -> new ActorTimelinePane(viewModel.actorTimeline(), viewModel.language(), compareEvent, openLink));
        Tab events = new Tab();
        eventsTab = events;
        events.textProperty().bind(viewModel.language().text("compare.tab.events"));
        events.setId("tab-events-list");
        buildWhenFirstShown(events, () -> new EventsListPane(viewModel.eventsList(), viewModel.language()));
        getTabs().addAll(comparisonTab, coverage, across, events);
        // the coverage and across-events tabs work only while shown, so filtering a big story stays quick
        viewModel.coverage().activeProperty().bind(coverage.selectedProperty());
        viewModel.actorTimeline().activeProperty().bind(across.selectedProperty());
        viewModel.eventsList().activeProperty().bind(events.selectedProperty());
    }

    /** A tab nobody opens costs nothing at start-up: its pane is made the first time the tab is selected. */
    private static void buildWhenFirstShown(Tab tab, Supplier<Node> content) {
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
    }

    /** Presentation mode shows the comparison alone: no tabs, no title (the window shows it), no tools. */
    public void setPresenting(boolean presenting) {
        if (presenting) {
            showComparison();
        }
        pseudoClassStateChanged(PRESENTING, presenting);
        comparisonPane.setPresenting(presenting);
    }

    /** The tab shown and where the comparison is scrolled to, to come back to. */
    public record State(Tab tab, double vertical, double horizontal, double contentHeight) {}

    public State state() {
        return new State(
                getSelectionModel().getSelectedItem(),
                comparisonPane.verticalScroll(),
                comparisonPane.horizontalScroll(),
                comparisonPane.contentHeight());
    }

    /** Whether the comparison's content is as tall as it was in {@code state}: its scroll range is that one again. */
    public boolean sameContentHeight(State state) {
        return Math.abs(comparisonPane.contentHeight() - state.contentHeight()) < 0.5;
    }

    /** @param sameEvent whether the comparison still shows the event it showed then: else it stays at its top */
    public void restore(State state, boolean sameEvent) {
        getSelectionModel().select(state.tab());
        if (sameEvent) {
            comparisonPane.scrollTo(state.vertical(), state.horizontal());
        }
    }

    /** Shows the side-by-side comparison tab. */
    public void showComparison() {
        getSelectionModel().select(comparisonTab);
    }

    /**
     * Shows the Events list tab and puts the keyboard in its table (View › Events list): where a keyboard or screen
     * reader user works through the events.
     */
    public void showEventsList() {
        getSelectionModel().select(eventsTab);
        if (eventsTab.getContent() instanceof EventsListPane list) {
            list.table().requestFocus();
        }
    }

    /** "Show in source" on the comparison's statements. */
    public void setShowInSource(Consumer<app.counterpoint.model.Statement> showInSource) {
        comparisonPane.setShowInSource(showInSource);
    }

    /** Editing from the comparison (double-click, Add what … said, drag to another row or column). */
    public void setStatementActions(StatementActions actions) {
        comparisonPane.setStatementActions(actions);
    }
}
