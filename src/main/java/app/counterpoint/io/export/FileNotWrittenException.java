package app.counterpoint.io.export;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import java.io.IOException;

/**
 * Why a file was not written, as a text told in the reader's language ({@code problem.write.*} keys of the problems
 * bundle): "the disk is full; …", "it is a folder; …". Callers put it after the name of the file the person chose.
 * Its message is the English text, for logs.
 */
public final class FileNotWrittenException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient LocalText reason;

    public FileNotWrittenException(LocalText reason) {
        this(reason, null);
    }

    public FileNotWrittenException(LocalText reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    /** Why, to be put into words in a language. */
    public LocalText reason() {
        return reason;
    }

    /**
     * Why {@code failure} happened, in {@code language}: a writer's own reason in that language, the system's words
     * of any other failure as the system gave them.
     */
    public static String reason(Exception failure, Language language) {
        if (failure instanceof FileNotWrittenException notWritten) {
            return notWritten.reason().in(language);
        }
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? LocalText.of("problem.write.refused", failure.getClass().getSimpleName())
                        .in(language)
                : message;
    }
}
