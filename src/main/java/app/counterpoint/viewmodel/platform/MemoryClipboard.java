package app.counterpoint.viewmodel.platform;

/** A clipboard that keeps the last text copied, where there is no window to copy to (tests, the checker). */
public final class MemoryClipboard implements ClipboardService {

    private String text = "";

    @Override
    public void copy(String copied) {
        text = copied;
    }

    /** The last text copied, or empty before the first copy. */
    public String text() {
        return text;
    }
}
