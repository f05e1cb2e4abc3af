package app.counterpoint.view.timeline;

import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.text.TextRange;
import app.counterpoint.view.timeline.layout.PanGlide;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

/**
 * A zoomable, pannable timeline of a story's shown events, drawn on a canvas in lanes under a two-row time axis.
 * Mouse wheel and pinch zoom at the pointer, drag pans (a flick glides on), click selects; when focused, +/- zoom
 * (animated), Left/Right walk the selection, Shift+Left/Right pan, Home or F fit everything, Z zooms to the
 * selection, Enter opens the selected event (see {@link #onOpenEventProperty()}) and Escape clears it. Lanes taller
 * than the view scroll: the scroll bar, Shift+wheel, Up/Down and Page Up/Page Down. Colours and the label size come
 * from {@code timeline.css}.
 */
public class TimelineView extends Control {

    private static final StyleablePropertyFactory<TimelineView> STYLES =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final StyleableProperty<Color> backgroundColor = STYLES.createStyleableColorProperty(
            this, "backgroundColor", "-timeline-background", v -> v.backgroundColor, Color.WHITE);
    private final StyleableProperty<Color> axisColor = STYLES.createStyleableColorProperty(
            this, "axisColor", "-timeline-axis-background", v -> v.axisColor, Color.web("#f5f6f8"));
    private final StyleableProperty<Color> gridColor = STYLES.createStyleableColorProperty(
            this, "gridColor", "-timeline-grid", v -> v.gridColor, Color.web("#eceef2"));
    private final StyleableProperty<Color> majorGridColor = STYLES.createStyleableColorProperty(
            this, "majorGridColor", "-timeline-major-grid", v -> v.majorGridColor, Color.web("#cfd4db"));
    private final StyleableProperty<Color> laneShadeColor = STYLES.createStyleableColorProperty(
            this, "laneShadeColor", "-timeline-lane-shade", v -> v.laneShadeColor, Color.web("#f8f9fb"));
    private final StyleableProperty<Color> textColor = STYLES.createStyleableColorProperty(
            this, "textColor", "-timeline-text", v -> v.textColor, Color.web("#1d2228"));
    private final StyleableProperty<Color> mutedTextColor = STYLES.createStyleableColorProperty(
            this, "mutedTextColor", "-timeline-muted-text", v -> v.mutedTextColor, Color.web("#5d6670"));
    private final StyleableProperty<Color> selectionColor = STYLES.createStyleableColorProperty(
            this, "selectionColor", "-timeline-selection", v -> v.selectionColor, Color.web("#111827"));
    private final StyleableProperty<Number> labelFontSize = STYLES.createStyleableNumberProperty(
            this, "labelFontSize", "-timeline-font-size", v -> v.labelFontSize, 15);

    private final TimelineViewModel viewModel;
    private final WindowAnimator animator;
    private final javafx.beans.property.BooleanProperty reduceMotion =
            new javafx.beans.property.SimpleBooleanProperty(this, "reduceMotion");
    private final ObjectProperty<Consumer<Event>> onOpenEvent = new SimpleObjectProperty<>(this, "onOpenEvent");
    private final ReadOnlyDoubleWrapper neededHeight = new ReadOnlyDoubleWrapper(this, "neededHeight");
    private final ObjectProperty<Function<Event, List<TextRange>>> labelMarks =
            new SimpleObjectProperty<>(this, "labelMarks", e -> List.of());
    private final ObjectProperty<DoubleConsumer> onEmptyDoubleClick =
            new SimpleObjectProperty<>(this, "onEmptyDoubleClick");
    private final ObjectProperty<EventDragHandler> eventDragHandler =
            new SimpleObjectProperty<>(this, "eventDragHandler");
    private final javafx.beans.property.ReadOnlyStringWrapper dragStatus =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "dragStatus", "");

    public TimelineView(TimelineViewModel viewModel) {
        this(viewModel, new LanguageViewModel());
    }

    private final LanguageViewModel language;

    /** @param language the words a screen reader hears, following View › Language */
    public TimelineView(TimelineViewModel viewModel, LanguageViewModel language) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.language = Objects.requireNonNull(language, "language");
        this.animator = new WindowAnimator(viewModel);
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        accessibleRoleDescriptionProperty().bind(language.text("timeline.accessible.role"));
        accessibleTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> describe(language, viewModel.getStory(), viewModel.getSelectedEvent()),
                        viewModel.selectedEventProperty(),
                        viewModel.storyProperty(),
                        language.messagesProperty()));
        accessibleHelpProperty().bind(language.text("timeline.accessible.help"));
    }

    /** The window's language: the axis writes its months and years in it. */
    LanguageViewModel language() {
        return language;
    }

    /**
     * What a screen reader says of the selected event, which ← and → step through: "Trump and Putin speak by phone,
     * 2 May 2017, Syria, 3 statements".
     */
    static String describe(LanguageViewModel language, Story story, Event event) {
        if (event == null) {
            return language.get("timeline.accessible.none");
        }
        String topics = story == null
                ? ""
                : event.topicIds().stream()
                        .map(id -> story.topic(id).map(Topic::label).orElse(id))
                        .collect(Collectors.joining(", "));
        long statements = story == null
                ? 0
                : story.statements().stream()
                        .filter(st -> st.eventId().equals(event.id()))
                        .count();
        return language.get(
                topics.isEmpty() ? "timeline.accessible.eventNoTopic" : "timeline.accessible.event",
                event.title(),
                language.dates().range(event.start(), event.end()),
                topics,
                statements);
    }

    public TimelineViewModel getViewModel() {
        return viewModel;
    }

    /** Glides to show every shown event; same as pressing Home. */
    public void zoomToFit() {
        animate(viewModel::zoomToFit);
    }

    /** Glides to the selected event; same as pressing Z. */
    public void zoomToSelection() {
        animate(viewModel::zoomToSelection);
    }

    /** True while the window glides after a keyboard zoom, a fit, a cluster click or a drag released with speed. */
    public boolean isAnimating() {
        return animator.isRunning();
    }

    /** Called with the selected event when the user presses Enter on it, e.g. to move focus to its comparison. */
    public ObjectProperty<Consumer<Event>> onOpenEventProperty() {
        return onOpenEvent;
    }

    public void setOnOpenEvent(Consumer<Event> handler) {
        onOpenEvent.set(handler);
    }

    /** Called with the instant (epoch seconds) under the pointer when an empty place is double-clicked. */
    public ObjectProperty<DoubleConsumer> onEmptyDoubleClickProperty() {
        return onEmptyDoubleClick;
    }

    public void setOnEmptyDoubleClick(DoubleConsumer handler) {
        onEmptyDoubleClick.set(handler);
    }

    /** When set, dragging the selected event moves it along the timeline instead of panning. */
    public ObjectProperty<EventDragHandler> eventDragHandlerProperty() {
        return eventDragHandler;
    }

    public void setEventDragHandler(EventDragHandler handler) {
        eventDragHandler.set(handler);
    }

    DoubleConsumer getOnEmptyDoubleClick() {
        return onEmptyDoubleClick.get();
    }

    EventDragHandler getEventDragHandler() {
        return eventDragHandler.get();
    }

    /** What a drag of an event shows while it runs ("Moving 'Talks' to 3 May 2017"); empty otherwise. */
    public javafx.beans.property.ReadOnlyStringProperty dragStatusProperty() {
        return dragStatus.getReadOnlyProperty();
    }

    void setDragStatus(String text) {
        dragStatus.set(text == null ? "" : text);
    }

    /**
     * The height the timeline's rows need for the current story, lane mode, filter and text size: the axis and the
     * lanes' rows (in one lane a row per event up to eight, in several lanes two rows each, or one for a lane of one
     * event), at most the axis and fourteen rows. The same as {@code prefHeight(-1)}; it changes when any of those
     * does, so a window can give the timeline this much and the comparison the rest. Lanes that need more scroll.
     */
    public ReadOnlyDoubleProperty neededHeightProperty() {
        return neededHeight.getReadOnlyProperty();
    }

    public double getNeededHeight() {
        return neededHeight.get();
    }

    void setNeededHeight(double height) {
        neededHeight.set(height);
        requestLayout();
    }

    /** The stretches of each event's title to mark in its label, such as what the search found; none by default. */
    public ObjectProperty<Function<Event, List<TextRange>>> labelMarksProperty() {
        return labelMarks;
    }

    /** Glides to the window from {@code start} to {@code end} (epoch seconds). */
    public void glideTo(double start, double end) {
        animate(() -> getViewModel().setWindow(start, end));
    }

    /** View › Reduce Motion: zooms jump to their window and released drags stop where they are. */
    public javafx.beans.property.BooleanProperty reduceMotionProperty() {
        return reduceMotion;
    }

    /** Runs a view-model zoom or pan and glides to the window it chose (jumps there with Reduce Motion). */
    void animate(Runnable command) {
        if (reduceMotion.get()) {
            animator.stop();
            command.run();
            return;
        }
        animator.animate(command);
    }

    /** Stops a glide where it is; the user took over. */
    public void stopAnimation() {
        animator.stop();
    }

    /** Carries on a drag released with speed, from {@code releaseNanos}, on a drawing {@code width} pixels wide. */
    void glide(PanGlide glide, long releaseNanos, double width) {
        if (reduceMotion.get()) {
            return;
        }
        animator.glide(glide, releaseNanos, width);
    }

    /** Stops a released drag's glide where it is; a zoom's goes on. */
    void stopGlide() {
        animator.stopGlide();
    }

    /** The event drawn at a point in this control's coordinates, from the last layout (brought up to date first). */
    public Optional<Event> eventAt(double x, double y) {
        return skin().flatMap(s -> s.eventAt(x, y));
    }

    /** Where an event's marker or bar start is drawn, in this control's coordinates; for tests and popups. */
    Optional<Point2D> positionOf(Event event) {
        return skin().flatMap(s -> s.positionOf(event));
    }

    private Optional<TimelineSkin> skin() {
        return getSkin() instanceof TimelineSkin s ? Optional.of(s) : Optional.empty();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return stylesheet();
    }

    /** The timeline's stylesheet, which the overview strip shares. */
    static String stylesheet() {
        return Objects.requireNonNull(TimelineView.class.getResource("timeline.css"))
                .toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    StyleableProperty<Color> backgroundColorProperty() {
        return backgroundColor;
    }

    StyleableProperty<Color> axisColorProperty() {
        return axisColor;
    }

    StyleableProperty<Color> gridColorProperty() {
        return gridColor;
    }

    StyleableProperty<Color> majorGridColorProperty() {
        return majorGridColor;
    }

    StyleableProperty<Color> laneShadeColorProperty() {
        return laneShadeColor;
    }

    StyleableProperty<Color> textColorProperty() {
        return textColor;
    }

    StyleableProperty<Color> mutedTextColorProperty() {
        return mutedTextColor;
    }

    StyleableProperty<Color> selectionColorProperty() {
        return selectionColor;
    }

    StyleableProperty<Number> labelFontSizeProperty() {
        return labelFontSize;
    }
}
