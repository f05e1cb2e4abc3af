package app.counterpoint.viewmodel.edit;

/**
 * An edit that would leave the story in a state {@code check} rejects: nothing is changed, and the message says
 * why in the same words the reader would use.
 */
public final class InvalidEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidEditException(String message) {
        super(message);
    }
}
