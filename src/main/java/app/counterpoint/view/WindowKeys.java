package app.counterpoint.view;

import app.counterpoint.view.help.ShortcutKeys;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.help.KeyboardHelpViewModel;
import app.counterpoint.viewmodel.help.Shortcut;
import javafx.scene.Node;
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

    private WindowKeys(MainViewModel viewModel, Stage stage) {
        this.viewModel = viewModel;
        this.stage = stage;
    }

    static void install(MainViewModel viewModel, Stage stage) {
        WindowKeys keys = new WindowKeys(viewModel, stage);
        stage.addEventFilter(KeyEvent.KEY_PRESSED, keys::pressed);
        stage.addEventFilter(KeyEvent.KEY_TYPED, keys::typed);
    }

    private void pressed(KeyEvent e) {
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
        if (!"?".equals(e.getCharacter())) {
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
