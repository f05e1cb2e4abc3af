package app.counterpoint.io.json;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.problem.Problems;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The loop that turns Jackson's tokens into a {@link JsonTape}: the whole tree, or with a {@link StreamPlan} the
 * root and one entry of a list at a time. Iterative, so deep nesting cannot overflow the stack.
 */
final class TapeBuilder {

    /** Objects with more members than this get a set of their names, so duplicate checks stay linear overall. */
    private static final int INDEX_THRESHOLD = 16;

    /** In the stack of open containers, one whose values are checked as JSON but not kept. */
    private static final int SKIPPED = -2;

    /** What {@link #build} returns after the problem that stopped reading. */
    static final int FAILED = -3;

    /** What {@link #build} returns when an entry of a streamed list is complete: {@link #handOver} it, then go on. */
    static final int ENTRY = -4;

    private final JsonParser parser;
    private final Problems problems;
    private final StreamPlan plan;
    private final StreamPlan.EntryConsumer consumer;
    private final JsonTape tape;
    private final RecentStrings strings = new RecentStrings();

    private final int[] open = new int[LocatedJsonParser.MAX_DEPTH];
    private final int[] memberCounts = new int[LocatedJsonParser.MAX_DEPTH];

    @SuppressWarnings("unchecked")
    private final Set<String>[] memberNames = new Set[LocatedJsonParser.MAX_DEPTH];

    /** For a list inside an entry: its texts so far, by text, once it has too many to look through. */
    @SuppressWarnings("unchecked")
    private final Map<String, Integer>[] listTexts = new Map[LocatedJsonParser.MAX_DEPTH];

    private int depth;
    /** The list being handed over entry by entry, its slot (-1 when none) and the next entry's index. */
    private String streamedList;

    private Set<String> entryFields;
    private int streamedSlot = -1;
    private int entryIndex;
    /** The slot of the entry {@link #build} last returned {@link #ENTRY} for. */
    private int readySlot = -1;

    int rootEndLine = -1;
    int rootEndColumn = -1;

    TapeBuilder(JsonParser parser, int length, Problems problems, StreamPlan plan, StreamPlan.EntryConsumer consumer) {
        this.parser = parser;
        this.problems = problems;
        this.plan = plan;
        this.consumer = consumer;
        // a generated story has about one value per 20 bytes; streamed, the tape holds one entry at a time
        this.tape = new JsonTape(plan == null ? length / 20 : 1024);
    }

    /**
     * Reads on: the root value's slot; -1 when the text holds no value; {@link #FAILED} after the problem that stopped
     * it; {@link #ENTRY} each time an entry of a streamed list is complete. Returning for each entry instead of calling
     * the consumer from inside this loop keeps the loop a method of its own, called once per entry: the JIT compiles
     * it early as it is, where before it compiled the whole decoder into one loop, late (about a second of C2 time in
     * a fresh JVM with a big story). A field name never waits between a list's entries, so none is pending here.
     */
    int build() throws IOException {
        String pendingName = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                pendingName = parser.currentName();
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                int closed = open[--depth];
                if (closed == SKIPPED) {
                    continue;
                }
                tape.close(closed);
                if (depth == 0) {
                    rootEndLine = tokenLine(parser);
                    rootEndColumn = tokenColumn(parser);
                    return closed;
                }
                if (closed == streamedSlot) {
                    streamedSlot = -1;
                } else if (depth == 2 && open[1] == streamedSlot) {
                    readySlot = closed;
                    return ENTRY;
                }
                continue;
            }
            int parent = depth == 0 ? -1 : open[depth - 1];
            boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
            if (parent == SKIPPED) {
                if (container && !push(SKIPPED)) {
                    return FAILED;
                }
                continue;
            }
            int line = tokenLine(parser);
            int column = tokenColumn(parser);
            if (plan != null && parent >= 0 && isUnread(parent, pendingName)) {
                String json = UnknownField.copy(parser, depth, problems);
                if (json == null) {
                    return FAILED;
                }
                int slot = tape.addRaw(type(token), pendingName, json, line, column);
                if (isRepeated(parent, slot, pendingName, depth - 1)) {
                    repeatedField(line, column, pendingName);
                }
                continue;
            }
            JsonValueNode.Type type = type(token);
            String text = switch (type) {
                case STRING ->
                    strings.share(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                case NUMBER, BOOLEAN -> parser.getText();
                default -> null;
            };
            boolean member = parent >= 0 && tape.type(parent) == JsonValueNode.Type.OBJECT;
            if (!member && parent >= 0 && isInsideEntry() && !keepInList(parent, type, text, line, column)) {
                if (container && !push(SKIPPED)) {
                    return FAILED;
                }
                continue;
            }
            int slot = tape.add(type, member ? pendingName : null, text, line, column);
            if (member && isRepeated(parent, slot, pendingName, depth - 1)) {
                repeatedField(line, column, pendingName);
            }
            if (container) {
                if (!push(slot)) {
                    return FAILED;
                }
                if (plan != null && depth == 2 && type == JsonValueNode.Type.ARRAY && member && isRoot(parent)) {
                    startList(pendingName, slot);
                }
            } else if (depth == 0) {
                rootEndLine = line;
                rootEndColumn = -1; // where a text or number ends is not needed: no story is one
                return slot;
            } else if (depth == 2 && parent == streamedSlot) {
                readySlot = slot;
                return ENTRY;
            }
        }
        return -1;
    }

    private void repeatedField(int line, int column, String name) {
        problems.add(line, column, LocalText.of("problem.repeatedField", name));
    }

    JsonValueNode node(int slot) {
        return tape.node(slot);
    }

    private static JsonValueNode.Type type(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> JsonValueNode.Type.OBJECT;
            case START_ARRAY -> JsonValueNode.Type.ARRAY;
            case VALUE_STRING -> JsonValueNode.Type.STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonValueNode.Type.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> JsonValueNode.Type.BOOLEAN;
            case VALUE_NULL -> JsonValueNode.Type.NULL;
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        };
    }

    /** Opens a container; false, after the problem, when that is one level too deep. */
    private boolean push(int slot) {
        if (depth >= LocatedJsonParser.MAX_DEPTH) {
            JsonLocation at = parser.currentTokenLocation();
            problems.add(
                    at.getLineNr(), at.getColumnNr(), LocalText.of("problem.tooDeep", LocatedJsonParser.MAX_DEPTH));
            return false;
        }
        open[depth] = slot;
        memberCounts[depth] = 0;
        memberNames[depth] = null;
        listTexts[depth] = null;
        depth++;
        return true;
    }

    private boolean isRoot(int slot) {
        return depth >= 2 && open[0] == slot;
    }

    private void startList(String name, int slot) {
        Set<String> fields = plan.lists().get(name);
        if (fields != null) {
            streamedList = name;
            entryFields = fields;
            streamedSlot = slot;
            entryIndex = 0;
        }
    }

    /**
     * A field of the root, of a streamed list's entry or of an object the plan names inside one (a statement's
     * excerpt) that the plan does not read: it is kept as compact JSON text in one slot, never as values.
     */
    private boolean isUnread(int parent, String name) {
        if (tape.type(parent) != JsonValueNode.Type.OBJECT) {
            return false;
        }
        if (depth == 1) {
            return !plan.rootFields().contains(name);
        }
        if (depth < 3 || open[1] != streamedSlot) {
            return false;
        }
        if (depth == 3) {
            return !entryFields.contains(name);
        }
        String holder = depth == 4 ? tape.name(parent) : null;
        Set<String> known = holder == null ? null : plan.nested().get(holder);
        return known != null && !known.contains(name);
    }

    private boolean isInsideEntry() {
        return plan != null && depth >= 3 && streamedSlot >= 0 && open[1] == streamedSlot;
    }

    /**
     * Whether a value of a list inside an entry takes a slot: a text the list already has is counted at its first
     * occurrence instead, and past {@link StreamPlan#MAX_LIST_VALUES} values the rest are only checked as JSON.
     */
    private boolean keepInList(int list, JsonValueNode.Type type, String text, int line, int column) {
        int level = depth - 1;
        if (type == JsonValueNode.Type.STRING) {
            int earlier = earlierText(list, text, level);
            if (earlier >= 0) {
                tape.repeat(earlier, line, column);
                return false;
            }
        }
        int count = ++memberCounts[level];
        if (count == StreamPlan.MAX_LIST_VALUES + 1) {
            problems.add(
                    tape.line(list), tape.column(list), LocalText.of("problem.longList", StreamPlan.MAX_LIST_VALUES));
        }
        if (count > StreamPlan.MAX_LIST_VALUES) {
            return false;
        }
        if (type == JsonValueNode.Type.STRING && listTexts[level] != null) {
            listTexts[level].put(text, tape.size());
        }
        return true;
    }

    /** The slot of the same text earlier in the list, or -1; a set of the texts once the list is long. */
    private int earlierText(int list, String text, int level) {
        Map<String, Integer> texts = listTexts[level];
        if (texts != null) {
            Integer slot = texts.get(text);
            return slot == null ? -1 : slot;
        }
        int found = -1;
        int seen = 0;
        for (int m = tape.firstMember(list); m < tape.size(); m = tape.next(m)) {
            if (found < 0 && tape.type(m) == JsonValueNode.Type.STRING && text.equals(tape.text(m))) {
                found = m;
            }
            seen++;
        }
        if (seen > INDEX_THRESHOLD) {
            texts = new HashMap<>();
            for (int m = tape.firstMember(list); m < tape.size(); m = tape.next(m)) {
                if (tape.type(m) == JsonValueNode.Type.STRING) {
                    texts.putIfAbsent(tape.text(m), m);
                }
            }
            listTexts[level] = texts;
        }
        return found;
    }

    /** Hands the streamed list's entry {@link #build} returned {@link #ENTRY} for over, and forgets its values. */
    void handOver() {
        int slot = readySlot;
        readySlot = -1;
        consumer.entry(streamedList, entryIndex++, tape.node(slot));
        tape.truncate(slot);
    }

    /**
     * Whether the object already has a member of this name. Objects past {@link #INDEX_THRESHOLD} members get a set
     * of their names, so a hostile file with one huge object is still checked in linear time.
     */
    private boolean isRepeated(int object, int slot, String name, int level) {
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

    /** What follows the root value, when anything does: {@code null} at the end of the text. */
    JsonLocation after() throws IOException {
        try {
            return parser.nextToken() == null ? null : parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            return e.getLocation() == null ? parser.currentLocation() : e.getLocation();
        }
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
