package app.counterpoint.io.json;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.problem.Problems;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
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

    /**
     * Every limit is set here on purpose rather than left to Jackson's defaults. Jackson's nesting limit is a
     * backstop one level above ours, so our clearer message is the one users see; its document length is a backstop
     * at the highest limit a user may raise a reader's to, which the readers check before parsing.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 1)
                    .maxDocumentLength(ReadLimits.HIGHEST_MEGABYTES * 1024L * 1024)
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
        return parse(utf8, offset, length, problems, null, null);
    }

    /**
     * Parses the text as {@link #parse(byte[], int, int, Problems)} does, but hands the entries of the root's lists
     * named in the plan to {@code consumer} one at a time as they are read, and keeps neither them nor the fields the
     * plan does not read: the tree returned holds the root's other fields, and those lists empty.
     */
    public static JsonValueNode parse(
            byte[] utf8,
            int offset,
            int length,
            Problems problems,
            StreamPlan plan,
            StreamPlan.EntryConsumer consumer) {
        try (JsonParser parser = FACTORY.createParser(utf8, offset, length)) {
            try {
                return buildTree(parser, utf8, offset, length, problems, plan, consumer);
            } catch (StreamConstraintsException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
                problems.add(
                        at.getLineNr(),
                        at.getColumnNr(),
                        LocalText.of("problem.file.limit", constraintText(e.getOriginalMessage())));
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
            problems.add(1, 1, LocalText.of("problem.file.unfinished"));
            return null;
        }
    }

    /** Jackson's limit messages name its own settings; people need the size and the limit. */
    public static String constraint(String message) {
        return constraintText(message).english();
    }

    /** {@link #constraint} in the reader's language. */
    public static LocalText constraintText(String message) {
        Matcher m = CONSTRAINT.matcher(message == null ? "" : message);
        if (!m.find()) {
            return message == null ? LocalText.of("problem.file.someLimit") : LocalText.verbatim(message);
        }
        String what = switch (m.group(1)) {
            case "String value" -> "text";
            case "Number value" -> "number";
            default -> "name";
        };
        // Jackson stops counting at the limit, so the length it gives is not the real one
        return LocalText.of("problem.file.tooLong", LocalText.choice(what), Long.parseLong(m.group(3)));
    }

    private static JsonValueNode buildTree(
            JsonParser parser,
            byte[] utf8,
            int offset,
            int length,
            Problems problems,
            StreamPlan plan,
            StreamPlan.EntryConsumer consumer)
            throws IOException {
        TapeBuilder builder = new TapeBuilder(parser, length, problems, plan, consumer);
        int root;
        while ((root = builder.build()) == TapeBuilder.ENTRY) {
            builder.handOver();
        }
        if (root == TapeBuilder.FAILED) {
            return null;
        }
        if (root < 0) {
            problems.add(1, 1, LocalText.of("problem.file.empty"));
            return null;
        }
        JsonLocation after = builder.after();
        if (after != null) {
            int[] extra = JsonSyntaxMessages.firstAfter(utf8, offset, builder.rootEndLine, builder.rootEndColumn);
            problems.add(
                    extra == null ? after.getLineNr() : extra[0],
                    extra == null ? after.getColumnNr() : extra[1],
                    JsonSyntaxMessages.afterTheEnd(builder.rootEndLine));
            return null;
        }
        return builder.node(root);
    }
}
