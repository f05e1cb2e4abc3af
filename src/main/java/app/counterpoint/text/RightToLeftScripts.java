package app.counterpoint.text;

/** Whether a text holds letters of a script written right to left (Arabic, Hebrew, …), by Unicode's bidi classes. */
public final class RightToLeftScripts {

    private RightToLeftScripts() {}

    /** Whether {@code text} has a letter of a right-to-left script. */
    public static boolean hasLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }
}
