package app.counterpoint.io.json;

import app.counterpoint.io.problem.Problems;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a located tree ({@link JsonTape}, read through {@link JsonValueNode}) from UTF-8 JSON with Jackson's streaming parser. Positions are Jackson's:
 * columns count bytes, which {@link Problems} turns into characters. The loop is iterative, so
 * deeply nested input cannot overflow the stack; nesting is limited anyway because no story needs it.
 */
public final class LocatedJsonParser {

    static final int MAX_DEPTH = 64;

    /** The longest text a story may hold in one value: far more than any summary, far less than memory. */
    public static final int MAX_STRING_CHARS = 8 * 1024 * 1024;

    /** The longest number or field name: a year or a field name never needs more. */
    static final int MAX_NUMBER_CHARS = 100;

    static final int MAX_NAME_CHARS = 1000;

    /** Objects with more members than this get a set of their names, so duplicate checks stay linear overall. */
    private static final int INDEX_THRESHOLD = 16;

    /**
     * Every limit is set here on purpose rather than left to Jackson's defaults. Jackson's nesting limit is a
     * backstop one level above ours, so our clearer message is the one users see.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 1)
                    .maxDocumentLength(ReadLimits.MAX_FILE_BYTES)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .maxNameLength(MAX_NAME_CHARS)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** "String value length (20051112) exceeds the maximum allowed (8388608, from …)" and the like. */
    private static final Pattern CONSTRAINT = Pattern.compile(
            "(String value|Number value|Name) length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private LocatedJsonParser() {}

    /**
     * Parses the text; returns the root value, or {@code null} after adding the one syntax problem that stopped
     * parsing. Duplicate field names are added as problems but do not stop parsing.
     */
    public static JsonValueNode parse(byte[] utf8, int offset, int length, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(utf8, offset, length)) {
            try {
                return buildTree(parser, utf8, offset, length, problems);
            } catch (StreamConstraintsException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
                problems.add(
                        at.getLineNr(),
                        at.getColumnNr(),
                        "the file is too large or too deeply nested to be a " + "story: "
                                + constraint(e.getOriginalMessage()));
                return null;
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                int line = at == null ? 1 : at.getLineNr();
                int column = at == null ? 1 : at.getColumnNr();
                String jackson = e.getOriginalMessage();
                problems.add(
                        line,
                        JsonSyntaxMessages.column(jackson, utf8, offset, line, column),
                        JsonSyntaxMessages.plain(jackson, utf8, offset, line, column));
                return null;
            }
        } catch (IOException e) {
            // Parsing an in-memory array does no I/O; should Jackson still report one, it is a problem, not a crash.
            problems.add(1, 1, "the file could not be read to the end; open it again");
            return null;
        }
    }

    /** Jackson's limit messages name its own settings; people need the size and the limit. */
    public static String constraint(String message) {
        Matcher m = CONSTRAINT.matcher(message == null ? "" : message);
        if (!m.find()) {
            return message == null ? "a limit was exceeded" : message;
        }
        String what = switch (m.group(1)) {
            case "String value" -> "a text";
            case "Number value" -> "a number";
            default -> "a field name";
        };
        // Jackson stops counting at the limit, so the length it gives is not the real one
        return String.format(
                Locale.ROOT,
                "%s is longer than the %,d characters a story file allows",
                what,
                Long.parseLong(m.group(3)));
    }

    private static JsonValueNode buildTree(JsonParser parser, byte[] utf8, int offset, int length, Problems problems)
            throws IOException {
        // a generated story has about one value per 20 bytes; the tape grows when a file has more
        JsonTape tape = new JsonTape(length / 20);
        int[] open = new int[MAX_DEPTH];
        int[] memberCounts = new int[MAX_DEPTH];
        @SuppressWarnings("unchecked")
        Set<String>[] memberNames = new Set[MAX_DEPTH];
        int depth = 0;
        RecentStrings strings = new RecentStrings();
        String pendingName = null;
        int root = -1;
        int rootEndLine = -1;
        int rootEndColumn = -1;
        JsonToken token;
        while (root < 0 && (token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                pendingName = parser.currentName();
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                int closed = open[--depth];
                tape.close(closed);
                if (depth == 0) {
                    root = closed;
                    rootEndLine = tokenLine(parser);
                    rootEndColumn = tokenColumn(parser);
                }
                continue;
            }
            int line = tokenLine(parser);
            int column = tokenColumn(parser);
            JsonValueNode.Type type = switch (token) {
                case START_OBJECT -> JsonValueNode.Type.OBJECT;
                case START_ARRAY -> JsonValueNode.Type.ARRAY;
                case VALUE_STRING -> JsonValueNode.Type.STRING;
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonValueNode.Type.NUMBER;
                case VALUE_TRUE, VALUE_FALSE -> JsonValueNode.Type.BOOLEAN;
                case VALUE_NULL -> JsonValueNode.Type.NULL;
                default -> throw new IllegalStateException("unexpected JSON token " + token);
            };
            String text = switch (type) {
                case STRING ->
                    strings.share(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                case NUMBER, BOOLEAN -> parser.getText();
                default -> null;
            };
            int parent = depth == 0 ? -1 : open[depth - 1];
            boolean member = parent >= 0 && tape.type(parent) == JsonValueNode.Type.OBJECT;
            int slot = tape.add(type, member ? pendingName : null, text, line, column);
            if (member && isRepeated(tape, parent, slot, pendingName, depth - 1, memberCounts, memberNames)) {
                problems.add(
                        line,
                        column,
                        "the field '" + pendingName + "' appears twice in the same object; keep " + "only one");
            }
            if (type == JsonValueNode.Type.OBJECT || type == JsonValueNode.Type.ARRAY) {
                if (depth >= MAX_DEPTH) {
                    problems.add(
                            line,
                            column,
                            "the JSON is nested more than " + MAX_DEPTH
                                    + " levels deep here; a story file never needs that many");
                    return null;
                }
                open[depth] = slot;
                memberCounts[depth] = 0;
                memberNames[depth] = null;
                depth++;
            } else if (depth == 0) {
                root = slot;
                rootEndLine = line;
                rootEndColumn = -1; // where a text or number ends is not needed: no story is one
            }
        }
        if (root < 0) {
            problems.add(1, 1, "the file is empty");
            return null;
        }
        JsonLocation after;
        try {
            after = parser.nextToken() == null ? null : parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            after = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
        }
        if (after != null) {
            int[] extra = JsonSyntaxMessages.firstAfter(utf8, offset, rootEndLine, rootEndColumn);
            problems.add(
                    extra == null ? after.getLineNr() : extra[0],
                    extra == null ? after.getColumnNr() : extra[1],
                    JsonSyntaxMessages.afterTheEnd(rootEndLine));
            return null;
        }
        return tape.node(root);
    }

    /**
     * Whether the object already has a member of this name. Objects past {@link #INDEX_THRESHOLD} members get a set
     * of their names, so a hostile file with one huge object is still checked in linear time.
     */
    private static boolean isRepeated(
            JsonTape tape,
            int object,
            int slot,
            String name,
            int level,
            int[] memberCounts,
            Set<String>[] memberNames) {
        Set<String> names = memberNames[level];
        if (names != null) {
            return !names.add(name);
        }
        boolean repeated = tape.member(object, name, slot) >= 0;
        if (++memberCounts[level] > INDEX_THRESHOLD) {
            names = new HashSet<>();
            for (int m = tape.firstMember(object); m <= slot; m = tape.next(m)) {
                names.add(tape.name(m));
            }
            memberNames[level] = names;
        }
        return repeated;
    }

    /**
     * The line of the current (non-name) token, as {@code currentTokenLocation()} gives it but without allocating a
     * location object per token (two million short-lived objects for a 100,000-event story). The io tests pin the
     * exact lines and columns.
     */
    private static int tokenLine(JsonParser parser) {
        return parser instanceof ParserBase base
                ? base.getTokenLineNr()
                : parser.currentTokenLocation().getLineNr();
    }

    /** The column as {@code currentTokenLocation()} gives it; Jackson's getTokenColumnNr() counts one further. */
    private static int tokenColumn(JsonParser parser) {
        if (parser instanceof ParserBase base) {
            int column = base.getTokenColumnNr();
            return column < 0 ? column : column - 1;
        }
        return parser.currentTokenLocation().getColumnNr();
    }
}
