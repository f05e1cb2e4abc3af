package app.counterpoint.viewmodel.platform;

/**
 * Where "Copy" puts its text: the system clipboard in the window (the view hands it in), a plain holder in tests and
 * headless use. A view model copies through it and so stays testable without a toolkit (JabRef's
 * {@code ClipBoardManager}).
 */
public interface ClipboardService {

    /** Puts {@code text} on the clipboard, replacing what was there. */
    void copy(String text);

    /** A clipboard of its own that only keeps the last text copied, for use without a window. */
    static MemoryClipboard inMemory() {
        return new MemoryClipboard();
    }
}
