package app.counterpoint.view;

import app.counterpoint.view.help.ShortcutKeys;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.help.KeyboardHelpViewModel;
import app.counterpoint.viewmodel.help.Shortcut;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The keys that work anywhere in the main window, whatever has focus: text size, help, search and its matches
 * (F3, and Enter in the search field). They are caught on
 * the stage, before the scene and its controls see them, because the timeline (which has focus at start) takes +
 * and − for its own zoom, and presentation mode takes them for its text size.
 */
final class WindowKeys {

    private final MainViewModel viewModel;
    private final Stage stage;
    private final Parent window;

    private WindowKeys(MainViewModel viewModel, Stage stage, Parent window) {
        this.viewModel = viewModel;
        this.stage = stage;
        this.window = window;
    }

    /**
     * @param window the main window, the stage's scene's root: the keys act only while it is, and are removed
     *               from the stage once another scene takes its place
     */
    static void install(MainViewModel viewModel, Stage stage, Parent window) {
        WindowKeys keys = new WindowKeys(viewModel, stage, window);
        EventHandler<KeyEvent> pressed = keys::pressed;
        EventHandler<KeyEvent> typed = keys::typed;
        stage.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        stage.addEventFilter(KeyEvent.KEY_TYPED, typed);
        stage.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene old, Scene now) {
                if (old != null && old.getRoot() == window && (now == null || now.getRoot() != window)) {
                    stage.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
                    stage.removeEventFilter(KeyEvent.KEY_TYPED, typed);
                    observable.removeListener(this);
                }
            }
        });
    }

    private boolean mine() {
        return stage.getScene() != null && stage.getScene().getRoot() == window;
    }

    private void pressed(KeyEvent e) {
        if (!mine()) {
            return;
        }
        KeyboardHelpViewModel help = viewModel.help();
        if (help.isShown()) {
            // the list lies over everything: keys close it, and reach nothing underneath (no slide moves on)
            if (e.getCode() == KeyCode.ESCAPE || ShortcutKeys.matches(Shortcut.HELP, e)) {
                help.hide();
            }
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.F1) {
            help.show();
        } else if (ShortcutKeys.matches(Shortcut.TEXT_LARGER, e)) {
            viewModel.textSize().enlarge();
        } else if (ShortcutKeys.matches(Shortcut.TEXT_SMALLER, e)) {
            viewModel.textSize().shrink();
        } else if (ShortcutKeys.matches(Shortcut.TEXT_RESET, e)) {
            viewModel.textSize().reset();
        } else if (ShortcutKeys.matches(Shortcut.NEXT_MATCH, e) || inSearchField(e, Shortcut.SEARCH_NEXT)) {
            viewModel.search().next();
        } else if (ShortcutKeys.matches(Shortcut.PREVIOUS_MATCH, e) || inSearchField(e, Shortcut.SEARCH_PREVIOUS)) {
            viewModel.search().previous();
        } else if ((ShortcutKeys.matches(Shortcut.QUIZ_REVEAL, e) || ShortcutKeys.matches(Shortcut.QUIZ_REVEAL_ALL, e))
                && viewModel.comparison().quiz().isQuiz()
                && !(stage.getScene() != null && stage.getScene().getFocusOwner() instanceof TextInputControl)) {
            // a letter: in a text field it is only a letter
            if (ShortcutKeys.matches(Shortcut.QUIZ_REVEAL_ALL, e)) {
                viewModel.comparison().quiz().revealAll();
            } else {
                viewModel.comparison().quiz().revealNext();
            }
        } else if (ShortcutKeys.matches(Shortcut.FIND, e)) {
            Node search = stage.getScene() == null ? null : stage.getScene().lookup("#search");
            if (search == null || !search.isVisible()) {
                return;
            }
            search.requestFocus();
        } else {
            return;
        }
        e.consume();
    }

    /** Enter and Shift+Enter step through the matches while the search field has focus. */
    private boolean inSearchField(KeyEvent e, Shortcut shortcut) {
        Node focused = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        return focused != null && "search".equals(focused.getId()) && ShortcutKeys.matches(shortcut, e);
    }

    /** "?" is a character, whichever keys type it; in a text field it is only a question mark. */
    private void typed(KeyEvent e) {
        if (!mine() || !"?".equals(e.getCharacter())) {
            return;
        }
        if (viewModel.help().isShown()) {
            viewModel.help().hide();
            e.consume();
        } else if (!(stage.getScene() != null && stage.getScene().getFocusOwner() instanceof TextInputControl)) {
            viewModel.help().show();
            e.consume();
        }
    }
}
