package app.counterpoint.view;

import app.counterpoint.viewmodel.platform.ClipboardService;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The desktop's clipboard, behind the service the view models copy through. */
public final class SystemClipboard implements ClipboardService {

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
