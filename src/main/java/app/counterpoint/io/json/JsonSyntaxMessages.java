package app.counterpoint.io.json;

import app.counterpoint.i18n.LocalText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a JSON syntax error means in the words of a teacher who edits a story file by hand: what is wrong at
 * the place Jackson stopped, and what to do. Jackson's messages name its own tokens and features ("Unexpected
 * end-of-input in VALUE_STRING"); this reads them, and the character at that place, and says the same thing plainly.
 */
final class JsonSyntaxMessages {

    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+");
    private static final Pattern UNRECOGNISED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern NON_NUMERIC = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile(
            "^Unexpected close marker '(.)': expected '(.)' \\(for (Array|Object) starting at .*?line: (\\d+)");
    private static final Pattern UNCLOSED = Pattern.compile(
            "^Unexpected end-of-input: expected close marker for (Array|Object) \\(start marker at .*?line: (\\d+)");
    private static final Pattern CONTROL =
            Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.+?)'");

    /** What may start a value, for the messages that expected one. */
    private static final LocalText VALUES = LocalText.of("problem.json.values");

    private JsonSyntaxMessages() {}

    /**
     * @param jackson   Jackson's message without its location, as {@code getOriginalMessage()} gives it
     * @param utf8      the file's bytes
     * @param offset    where the JSON text starts in {@code utf8} (after a byte order mark)
     * @param line      the line Jackson stopped on, 1-based
     * @param column    the byte column Jackson stopped at, 1-based
     */
    static LocalText plain(String jackson, byte[] utf8, int offset, int line, int column) {
        String m = jackson == null ? "" : jackson;
        int at = byteAt(utf8, offset, line, column);
        Matcher matcher;
        if (m.contains("end-of-input in VALUE_STRING") || m.contains("end-of-input in field name")) {
            // a text cannot run over a line break, so it started on this line
            return text("problem.json.textUnfinished");
        }
        if ((matcher = UNCLOSED.matcher(m)).find()) {
            boolean list = matcher.group(1).equals("Array");
            return text("problem.json.unclosed", LocalText.choice(list ? "list" : "object"), matcher.group(2));
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return text(
                    "problem.json.endsEarly",
                    LocalText.choice(m.contains("Array") ? "list" : m.contains("Object") ? "object" : "value"));
        }
        if (m.contains("maybe a (non-standard) comment")) {
            return text("problem.json.comment");
        }
        if ((matcher = CONTROL.matcher(m)).find()) {
            return controlCharacter(Integer.parseInt(matcher.group(1)));
        }
        if ((matcher = ESCAPE.matcher(m)).find()) {
            return text("problem.json.escape", matcher.group(1));
        }
        if (m.contains("expected a hex-digit for character escape")) {
            return text("problem.json.unicodeEscape");
        }
        if (m.contains("Leading zeroes not allowed")) {
            return text("problem.json.leadingZero");
        }
        if (m.contains("numbers to have plus signs")) {
            return text("problem.json.plus");
        }
        if (m.contains("Decimal point not followed by a digit")) {
            return text("problem.json.decimalPoint");
        }
        if (m.contains("Exponent indicator not followed by a digit")) {
            return text("problem.json.exponent");
        }
        if ((matcher = NON_NUMERIC.matcher(m)).find()) {
            return text("problem.json.notANumber", matcher.group(1));
        }
        if ((matcher = CLOSE_MARKER.matcher(m)).find()) {
            boolean list = matcher.group(3).equals("Array");
            return text(
                    "problem.json.wrongClose",
                    matcher.group(1),
                    LocalText.choice(list ? "list" : "object"),
                    matcher.group(4),
                    matcher.group(2));
        }
        if ((matcher = UNRECOGNISED_TOKEN.matcher(m)).find()) {
            return unknownWord(matcher.group(1));
        }
        int character = at < 0 ? -1 : codePointAt(utf8, at);
        if ((matcher = CHARACTER.matcher(m)).find() && character < 0) {
            character = matcher.group(1).codePointAt(0);
        }
        if (m.contains("was expecting comma to separate")) {
            boolean list = m.contains("Array entries");
            return text(
                    "problem.json.commaMissing",
                    LocalText.choice(startsItsLine(utf8, offset, at) ? "previousLine" : "here"),
                    LocalText.choice(list ? "list" : "object"));
        }
        if (m.contains("was expecting a colon")) {
            return character == '=' ? text("problem.json.equals") : text("problem.json.colon");
        }
        if (m.contains("was expecting double-quote to start field name")) {
            return fieldNameExpected(character, utf8, at);
        }
        if (m.contains("expected a value") || m.contains("expected a valid value")) {
            return valueExpected(character);
        }
        if (character >= 0 && (m.startsWith("Unexpected character") || m.startsWith("Invalid UTF-8"))) {
            return isCurlyQuote(character)
                    ? text("problem.json.curly", name(character))
                    : text("problem.json.cannotStand", name(character));
        }
        return text("problem.json.generic");
    }

    private static LocalText text(String key, Object... arguments) {
        return LocalText.of(key, arguments);
    }

    /**
     * The byte column to report for Jackson's error: the start of the offending word or character, where Jackson
     * may point past a word it did not know ("NaN", "True") or into the middle of a character of several bytes.
     */
    static int column(String jackson, byte[] utf8, int offset, int line, int column) {
        int lineStart = byteAt(utf8, offset, line, 1);
        if (lineStart < 0 || column < 1) {
            return column;
        }
        int at = lineStart + column - 1;
        String m = jackson == null ? "" : jackson;
        Matcher word = UNRECOGNISED_TOKEN.matcher(m);
        Matcher nonNumeric = NON_NUMERIC.matcher(m);
        String named = word.find() ? word.group(1) : nonNumeric.find() ? nonNumeric.group(1) : null;
        if (named != null && !named.isEmpty()) {
            int start = lastIndexOf(utf8, named.getBytes(StandardCharsets.UTF_8), lineStart, at);
            if (start >= 0) {
                return start - lineStart + 1;
            }
        }
        if (at >= utf8.length) {
            return column; // the end of the file, where it ends too early
        }
        if (m.contains("numeric value") || m.contains("Leading zeroes")) {
            int start = at;
            while (start > lineStart && isNumberByte(utf8[start - 1])) {
                start--; // the whole number, not the digit Jackson stopped at: "01", "+1", "1."
            }
            return start - lineStart + 1;
        }
        Matcher character = CHARACTER.matcher(m);
        if (character.find()) {
            String c = character.group(1);
            if (c.length() == 1
                    && c.charAt(0) < 0x80
                    && utf8[at] != c.charAt(0)
                    && at > lineStart
                    && utf8[at - 1] == c.charAt(0)) {
                return column - 1; // Jackson read one further before it complained ("+1")
            }
        }
        int start = at;
        while (start > lineStart && (utf8[start] & 0xC0) == 0x80) {
            start--;
        }
        return start - lineStart + 1;
    }

    /**
     * Where content after the end of the file's one value starts: the first character that is not a space after
     * the value's last byte (Jackson reports where it stopped reading that content, which may be after a word).
     *
     * @return the line and byte column, or null when it cannot be found
     */
    static int[] firstAfter(byte[] utf8, int offset, int endLine, int endColumn) {
        int at = byteAt(utf8, offset, endLine, endColumn);
        if (at < 0) {
            return null;
        }
        int line = endLine;
        int lineStart = at - (endColumn - 1);
        for (int i = at + 1; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b == '\n' || (b == '\r' && (i + 1 >= utf8.length || utf8[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                return new int[] {line, i - lineStart + 1};
            }
        }
        return null;
    }

    private static int lastIndexOf(byte[] bytes, byte[] word, int from, int to) {
        for (int i = Math.min(to, bytes.length - word.length); i >= from; i--) {
            int k = 0;
            while (k < word.length && bytes[i + k] == word[k]) {
                k++;
            }
            if (k == word.length) {
                return i;
            }
        }
        return -1;
    }

    /** Content after the end of the file's one value; {@code endLine} is where that value closes. */
    static LocalText afterTheEnd(int endLine) {
        return text("problem.json.afterEnd", endLine);
    }

    private static LocalText controlCharacter(int code) {
        if (code == '\n' || code == '\r') {
            return text("problem.json.lineBreakInText");
        }
        if (code == '\t') {
            return text("problem.json.tab");
        }
        return text("problem.json.control", String.format(Locale.ROOT, "U+%04X", code));
    }

    private static LocalText unknownWord(String word) {
        String shown = word.length() > 40 ? word.substring(0, 40) + "…" : word;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String keyword : new String[] {"true", "false", "null"}) {
            if (lower.equals(keyword)) {
                return text("problem.json.smallLetters", keyword, shown);
            }
        }
        for (String keyword : new String[] {"true", "false", "null"}) {
            if (!lower.isEmpty() && keyword.startsWith(lower)) {
                return text("problem.json.didYouMean", shown, keyword);
            }
        }
        return text("problem.json.quoteText", shown);
    }

    private static LocalText fieldNameExpected(int character, byte[] utf8, int at) {
        if (character == '}') {
            return text("problem.json.trailingCommaObject");
        }
        if (character == ',') {
            return text("problem.json.twoCommas");
        }
        if (character == '\'') {
            return text("problem.json.singleQuoteName");
        }
        if (character == '/' || character == '#') {
            return text("problem.json.comment");
        }
        if (isCurlyQuote(character)) {
            return text("problem.json.curly", name(character));
        }
        if (character >= 0 && (Character.isLetterOrDigit(character) || character == '_' || character == '$')) {
            return text("problem.json.nameUnquoted", wordAt(utf8, at));
        }
        return character < 0
                ? text("problem.json.nameExpected")
                : text("problem.json.nameExpectedNot", name(character));
    }

    private static LocalText valueExpected(int character) {
        if (character == ']') {
            return text("problem.json.trailingCommaList");
        }
        if (character == '}') {
            return text("problem.json.valueMissingColon", VALUES);
        }
        if (character == ',') {
            return text("problem.json.valueMissingComma", VALUES);
        }
        if (character == '\'') {
            return text("problem.json.singleQuoteText");
        }
        if (character == '/' || character == '#') {
            return text("problem.json.comment");
        }
        if (character == '.') {
            return text("problem.json.leadingPoint");
        }
        if (isCurlyQuote(character)) {
            return text("problem.json.curly", name(character));
        }
        return character < 0
                ? text("problem.json.valueExpected", VALUES)
                : text("problem.json.notAValueStart", name(character), VALUES);
    }

    /** How a character is named in a message: the character itself, or what it is when it cannot be seen. */
    private static LocalText name(int character) {
        if (Character.isWhitespace(character)
                || Character.isSpaceChar(character)
                || Character.getType(character) == Character.FORMAT
                || Character.isISOControl(character)) {
            String unicodeName = Character.getName(character);
            String code = String.format(Locale.ROOT, "U+%04X", character);
            return unicodeName == null
                    ? text("problem.json.invisible", code)
                    : text("problem.json.invisibleNamed", code, unicodeName.toLowerCase(Locale.ROOT));
        }
        return text("problem.json.character", new String(Character.toChars(character)));
    }

    private static boolean isCurlyQuote(int c) {
        return c == '\u201C'
                || c == '\u201D'
                || c == '\u201E'
                || c == '\u2018'
                || c == '\u2019'
                || c == '\u00AB'
                || c == '\u00BB'
                || c == '\u2033';
    }

    /**
     * The index in {@code utf8} of the byte at a line and byte column as Jackson counts them; -1 when there is
     * none. Scans from the start: this runs once, for the one error that stopped parsing.
     */
    private static int byteAt(byte[] utf8, int offset, int line, int column) {
        int current = 1;
        int i = offset;
        while (current < line && i < utf8.length) {
            byte b = utf8[i++];
            if (b == '\n') {
                current++;
            } else if (b == '\r') {
                current++;
                if (i < utf8.length && utf8[i] == '\n') {
                    i++;
                }
            }
        }
        int at = i + column - 1;
        return current == line && column >= 1 && at < utf8.length ? at : current == line && column == 1 ? i : -1;
    }

    private static int codePointAt(byte[] utf8, int at) {
        int start = at;
        while (start > 0 && (utf8[start] & 0xC0) == 0x80) {
            start--; // Jackson may point into a character; its first byte tells its length
        }
        int lead = utf8[start] & 0xFF;
        int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        String s = new String(utf8, start, Math.min(length, utf8.length - start), StandardCharsets.UTF_8);
        return s.isEmpty() ? -1 : s.codePointAt(0);
    }

    private static boolean startsItsLine(byte[] utf8, int offset, int at) {
        if (at < 0) {
            return false;
        }
        for (int i = at - 1; i >= offset; i--) {
            byte b = utf8[i];
            if (b == '\n' || b == '\r') {
                return true;
            }
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The word of letters, digits and underscores starting at {@code at} (at most 40 characters). */
    private static String wordAt(byte[] utf8, int at) {
        int end = at;
        while (end < utf8.length && end - at < 40 && isWordByte(utf8[end])) {
            end++;
        }
        return new String(utf8, at, Math.max(1, end - at), StandardCharsets.UTF_8);
    }

    private static boolean isNumberByte(byte b) {
        return (b >= '0' && b <= '9') || b == '.' || b == '+' || b == '-' || b == 'e' || b == 'E';
    }

    private static boolean isWordByte(byte b) {
        return (b >= 'a' && b <= 'z')
                || (b >= 'A' && b <= 'Z')
                || (b >= '0' && b <= '9')
                || b == '_'
                || b == '-'
                || b == '$';
    }
}
