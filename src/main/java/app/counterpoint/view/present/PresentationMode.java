package app.counterpoint.view.present;

import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.present.PresentationViewModel;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Runs presentation mode on a stage: full screen without chrome, the keys that presentation clickers send, a
 * presenter view on a second screen when there is one, and the presenter's clock.
 */
public final class PresentationMode {

    private final MainViewModel viewModel;
    private final PresentationViewModel presentation;
    private final Stage stage;
    private final Supplier<List<String>> stylesheets;
    private final Consumer<Boolean> layoutSwitch;
    private final Consumer<String> openLink;
    private final Timeline clock;
    private PresenterWindow presenter;
    private Rectangle2D boundsBefore;

    /**
     * @param stylesheets  the current theme's stylesheets, for the presenter view
     * @param layoutSwitch turns the window's presentation layout on (true) or off (false)
     * @param openLink     opens a source's web address, for the presenter view
     */
    public PresentationMode(
            MainViewModel viewModel,
            Stage stage,
            Supplier<List<String>> stylesheets,
            Consumer<Boolean> layoutSwitch,
            Consumer<String> openLink) {
        this.viewModel = viewModel;
        this.presentation = viewModel.presentation();
        this.stage = stage;
        this.stylesheets = stylesheets;
        this.layoutSwitch = layoutSwitch;
        this.openLink = openLink;
        this.clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> presentation.tick(Instant.now())));
        clock.setCycleCount(Timeline.INDEFINITE);
        presentation.activeProperty().addListener((obs, was, active) -> {
            if (active) {
                start();
            } else {
                stop();
            }
        });
        // leaving full screen by any other way (the window manager, a second F11) ends the presentation too
        stage.fullScreenProperty().addListener((obs, was, full) -> {
            if (!full && presentation.isActive()) {
                presentation.leave();
            }
        });
    }

    /** Handles the presentation keys on a scene; F5 starts presenting from anywhere in the window. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public void enter() {
        presentation.enter(Instant.now());
    }

    /** Presents a tour, step by step in the teacher's order. */
    public void enterTour(app.counterpoint.model.Tour tour) {
        presentation.enterTour(tour, Instant.now());
    }

    private void onKey(KeyEvent e) {
        if (!presentation.isActive()) {
            if (e.getCode() == KeyCode.F5 && !e.isShortcutDown()) {
                enter();
                e.consume();
            }
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && viewModel.reader().isOpen()) {
            viewModel.reader().close(); // Esc puts the source away first, then stops presenting
            e.consume();
            return;
        }
        switch (e.getCode()) {
            // the current event's statements in their source, one per press, then back to the comparison
            case S ->
                viewModel
                        .reader()
                        .showNextAbout(viewModel.selectedEventProperty().get());
            // clickers send Page Down / Page Up; some send arrows, Space, or Enter and Backspace
            case RIGHT, DOWN, PAGE_DOWN, SPACE, ENTER, N -> presentation.next();
            case LEFT, UP, PAGE_UP, BACK_SPACE, P -> presentation.previous();
            case HOME -> presentation.first();
            case END -> presentation.last();
            // B and "." blank the screen in slide software; clickers' "blank" button sends one of them
            case B, PERIOD -> presentation.toggleBlank();
            case ESCAPE, F5 -> presentation.leave();
            case PLUS, EQUALS, ADD -> presentation.enlargeText();
            case MINUS, SUBTRACT -> presentation.shrinkText();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void start() {
        List<Screen> screens = Screen.getScreens();
        boundsBefore = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        if (screens.size() > 1) {
            // The audience gets the projector (a screen that is not the primary); the presenter keeps the laptop.
            Screen audience = screens.stream()
                    .filter(s -> !s.equals(Screen.getPrimary()))
                    .findFirst()
                    .orElse(screens.get(1));
            Rectangle2D b = audience.getBounds();
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            presenter = new PresenterWindow(viewModel, stage, Screen.getPrimary(), stylesheets.get(), openLink);
        }
        layoutSwitch.accept(true);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        if (presenter != null) {
            presenter.show();
        }
        clock.play();
    }

    private void stop() {
        clock.stop();
        if (presenter != null) {
            presenter.close();
            presenter = null;
        }
        layoutSwitch.accept(false);
        stage.setFullScreen(false);
        if (boundsBefore != null) {
            stage.setX(boundsBefore.getMinX());
            stage.setY(boundsBefore.getMinY());
        }
        if (stage.getScene() != null) {
            // a resize made while the platform was still leaving full screen can come without a layout
            stage.getScene().getRoot().requestLayout();
        }
    }

    /** True when a presenter view is open on a second screen. */
    public boolean hasPresenterView() {
        return presenter != null;
    }
}
