package app.counterpoint.io.export;

/**
 * Plain text made safe to put into HTML, element content or a quoted attribute alike: {@code & < > " '} become
 * entities, so no text a story holds can become markup in a page Counterpoint writes.
 */
public final class HtmlEscape {

    private HtmlEscape() {}

    /** The text escaped; line breaks stay as they are. */
    public static String text(String text) {
        return escape(text, false);
    }

    /** The text escaped, each line break a {@code <br>} (a carriage return dropped). */
    public static String withLineBreaks(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean lineBreaks) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n' -> sb.append(lineBreaks ? "<br>" : "\n");
                case '\r' -> {
                    if (!lineBreaks) {
                        sb.append('\r');
                    }
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
