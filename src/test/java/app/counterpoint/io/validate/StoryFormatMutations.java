package app.counterpoint.io.validate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A valid story with every field filled in, and one-field changes to it: each breaks (or deliberately keeps) one rule
 * of the format, and says which side must object. {@link StorySchemaAgreementTest} runs each through the reader and
 * the schema.
 */
final class StoryFormatMutations {

    static final String TEMPLATE = """
            {
              "format": "counterpoint/1",
              "title": "T",
              "description": "D",
              "sources": [{"id": "s", "title": "S", "publisher": "P", "author": "A", "date": "2017-05", "url": "https://example.org/a"}],
              "actors": [{"id": "a", "name": "A", "color": "#1F5FAD"}],
              "topics": [{"id": "t", "label": "L", "color": "teal"}],
              "events": [{"id": "e", "title": "E", "start": "2017-05-02", "end": "2017-05-03", "summary": "S",
                          "topics": ["t"], "actors": ["a"], "sources": ["s"]}],
              "statements": [{"id": "x", "event": "e", "actor": "a", "topics": ["t"], "text": "hi", "kind": "quote",
                              "source": "s", "date": "2017-05-02"}],
              "tours": [{"title": "L", "steps": [{"event": "e", "topic": "t", "statement": "x",
                         "zoom": {"start": "2017-05", "end": "2017-06"}, "caption": "C", "notes": "N",
                         "type": "show"}]}]
            }
            """;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Who must find a change wrong. */
    enum Verdict {
        /** Neither: the file stays valid everywhere. */
        BOTH_ACCEPT,
        /** Both, at the same line and column: a rule the schema expresses. */
        BOTH_REJECT,
        /** The reader only: a rule a JSON Schema cannot express (listed in the test). */
        READER_ONLY
    }

    /** One change: at {@code pointer}, remove the field ({@code json == null}) or set it to the JSON value. */
    record Edit(String pointer, String json) {}

    /** @param at the pointer of the value both sides must name, or {@code null}: the first edit's (see place()) */
    record Mutation(String name, Verdict verdict, List<Edit> edits, String at) {
        @Override
        public String toString() {
            return name;
        }

        /** The pointer of the value whose line and column both sides must name: the field, or the object it left. */
        String place() {
            if (at != null) {
                return at;
            }
            Edit first = edits.get(0);
            if (first.json() != null) {
                return first.pointer();
            }
            return first.pointer().substring(0, first.pointer().lastIndexOf('/'));
        }

        /** The template with the edits made, pretty-printed so every value has a place of its own. */
        String apply() {
            try {
                JsonNode root = MAPPER.readTree(TEMPLATE);
                for (Edit edit : edits) {
                    root = edit(root, edit);
                }
                return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static JsonNode edit(JsonNode root, Edit edit) throws JsonProcessingException {
            JsonNode value = edit.json() == null ? null : MAPPER.readTree(edit.json());
            if (edit.pointer().isEmpty()) {
                return value;
            }
            JsonPointer pointer = JsonPointer.compile(edit.pointer());
            JsonNode parent = root.at(pointer.head());
            String last = pointer.last().getMatchingProperty();
            if (parent instanceof ObjectNode object) {
                if (value == null) {
                    object.remove(last);
                } else {
                    object.set(last, value);
                }
            } else if (parent instanceof ArrayNode array) {
                int index = pointer.last().getMatchingIndex();
                if (index == array.size()) {
                    array.add(value);
                } else {
                    array.set(index, value);
                }
            } else {
                throw new IllegalArgumentException("no object or list at " + pointer.head());
            }
            return root;
        }
    }

    private final List<Mutation> all = new ArrayList<>();

    private StoryFormatMutations() {}

    private void add(String name, Verdict verdict, Edit... edits) {
        all.add(new Mutation(name, verdict, List.of(edits), null));
    }

    private void set(Verdict verdict, String pointer, String json) {
        add(pointer + " = " + json, verdict, new Edit(pointer, json));
    }

    /** A second entry in a list, whose id repeats the first's: the reader reports it at the repeated id. */
    private void duplicate(String list, String json) {
        String pointer = list + "/1";
        all.add(new Mutation(
                pointer + " = " + json, Verdict.READER_ONLY, List.of(new Edit(pointer, json)), pointer + "/id"));
    }

    private void remove(Verdict verdict, String pointer) {
        add("without " + pointer, verdict, new Edit(pointer, null));
    }

    static List<Mutation> all() {
        StoryFormatMutations m = new StoryFormatMutations();
        m.add("the template itself", Verdict.BOTH_ACCEPT, new Edit("/title", "\"T\""));
        m.structure();
        m.texts();
        m.dates();
        m.colours();
        m.addresses();
        m.inexpressible();
        m.anchors();
        m.originals();
        m.tours();
        return m.all;
    }

    /** Required fields, types, lists, the root and the format value. */
    private void structure() {
        String[] required = {
            "/format",
            "/title",
            "/actors",
            "/sources/0/id",
            "/sources/0/title",
            "/actors/0/id",
            "/actors/0/name",
            "/topics/0/id",
            "/topics/0/label",
            "/events/0/id",
            "/events/0/title",
            "/events/0/start",
            "/events/0/topics",
            "/statements/0/id",
            "/statements/0/event",
            "/statements/0/actor",
            "/statements/0/topics",
            "/statements/0/text",
            "/statements/0/kind"
        };
        for (String pointer : required) {
            remove(Verdict.BOTH_REJECT, pointer);
            set(Verdict.BOTH_REJECT, pointer, "5");
        }
        String[] requiredTexts = {
            "/title",
            "/sources/0/id",
            "/sources/0/title",
            "/actors/0/name",
            "/topics/0/label",
            "/events/0/title",
            "/statements/0/text",
            "/statements/0/kind",
            "/statements/0/event",
            "/events/0/topics/0"
        };
        for (String pointer : requiredTexts) {
            set(Verdict.BOTH_REJECT, pointer, "\"\"");
            set(Verdict.BOTH_REJECT, pointer, "\" \\t\\n\"");
            set(Verdict.BOTH_REJECT, pointer, "null");
        }
        String[] optional = {
            "/description", "/sources/0/publisher", "/sources/0/author", "/sources/0/date", "/sources/0/url",
            "/actors/0/color", "/topics/0/color", "/events/0/end", "/events/0/summary", "/events/0/actors",
            "/events/0/sources", "/statements/0/date"
        };
        for (String pointer : optional) {
            remove(Verdict.BOTH_ACCEPT, pointer);
            set(Verdict.BOTH_ACCEPT, pointer, "null");
            set(Verdict.BOTH_REJECT, pointer, "{}");
        }
        set(Verdict.BOTH_REJECT, "/sources/0/publisher", "5");
        set(Verdict.BOTH_ACCEPT, "/description", "\"\"");
        set(Verdict.BOTH_ACCEPT, "/sources/0/author", "\" \"");
        set(Verdict.BOTH_ACCEPT, "/events/0/summary", "\"\"");
        // a story without sources is valid everywhere (issue #20)
        add(
                "no sources at all",
                Verdict.BOTH_ACCEPT,
                new Edit("/sources", null),
                new Edit("/events/0/sources", null),
                new Edit("/statements/0/source", null));
        add(
                "sources: null",
                Verdict.BOTH_ACCEPT,
                new Edit("/sources", "null"),
                new Edit("/events/0/sources", "[]"),
                new Edit("/statements/0/source", null));
        add(
                "no topics, events or statements",
                Verdict.BOTH_ACCEPT,
                new Edit("/statements", null),
                new Edit("/events", null),
                new Edit("/topics", null),
                new Edit("/tours", null));
        add(
                "/statements = []",
                Verdict.BOTH_ACCEPT,
                new Edit("/statements", "[]"),
                new Edit("/tours/0/steps/0/statement", null));
        set(Verdict.BOTH_ACCEPT, "/events/0/topics", "[]");
        set(Verdict.BOTH_REJECT, "/statements/0/topics", "[]");
        set(Verdict.BOTH_REJECT, "/actors", "[]");
        set(Verdict.BOTH_REJECT, "/actors", "null");
        set(Verdict.BOTH_REJECT, "/events/0/topics", "null");
        set(Verdict.BOTH_REJECT, "/sources", "{}");
        set(Verdict.BOTH_REJECT, "/sources/0", "\"s\"");
        set(Verdict.BOTH_REJECT, "/events/0/actors/0", "5");
        set(Verdict.BOTH_REJECT, "/statements/0/source", "5");
        set(Verdict.BOTH_ACCEPT, "/statements/0/source", "null");
        set(Verdict.BOTH_REJECT, "", "[1, 2]");
        set(Verdict.BOTH_REJECT, "", "\"story\"");
        set(Verdict.BOTH_REJECT, "/format", "\"counterpoint/2\"");
        set(Verdict.BOTH_REJECT, "/format", "\"Counterpoint/1\"");
        set(Verdict.BOTH_REJECT, "/statements/0/kind", "\"quoted\"");
        set(Verdict.BOTH_ACCEPT, "/statements/0/kind", "\"paraphrase\"");
        // unknown fields are ignored, at every level
        set(Verdict.BOTH_ACCEPT, "/note", "{\"anything\": [1, null]}");
        set(Verdict.BOTH_ACCEPT, "/$schema", "\"../counterpoint-story.schema.json\"");
        set(Verdict.BOTH_ACCEPT, "/sources/0/rating", "5");
        set(Verdict.BOTH_ACCEPT, "/actors/0/note", "null");
        set(Verdict.BOTH_ACCEPT, "/topics/0/x", "[]");
        set(Verdict.BOTH_ACCEPT, "/events/0/sumary", "\"misspelt, so ignored\"");
        set(Verdict.BOTH_ACCEPT, "/statements/0/mood", "\"angry\"");
    }

    /** What counts as empty: Java's whitespace, as {@code String.isBlank} has it. */
    private void texts() {
        set(Verdict.BOTH_REJECT, "/actors/0/id", "\"\\u2003\\u3000\"");
        set(Verdict.BOTH_ACCEPT, "/actors/0/name", "\"\\u00a0\"");
        set(Verdict.BOTH_ACCEPT, "/topics/0/label", "\" x \"");
    }

    private void dates() {
        String[] good = {
            "2017",
            "2017-05",
            "-0043-03-15",
            "0000",
            "+2017-05-02",
            "2017-05-02T14:30",
            "2017-05-02T14:30:15",
            "2017-05-02T14:30:15.123456789",
            "2017-05-02T14:30Z",
            "2017-05-02T14:30:00+03:00",
            "2017-05-02T14:30-18:00",
            "999999",
            "-999999",
            "0999999",
            "000002017",
            "1000000",
            "0001000000",
            "-13800000000",
            "+20000000000",
            "-99999999999",
            "00000000000000002017",
            "-9999~",
            "-540000000~",
            " -10000~ ",
            " 2017-05 ",
            "\\n2017\\t",
            "2016-02-29"
        };
        for (String date : good) {
            set(Verdict.BOTH_ACCEPT, "/statements/0/date", "\"" + date + "\"");
        }
        String[] bad = {
            "-100000000000",
            "123456789012",
            "2017-05~",
            "~2017",
            "2017~~",
            "2017-5-2",
            "17",
            "2017-13",
            "2017-00",
            "2017-05-32",
            "2017-05-00",
            "2017-05-02 14:30",
            "2017-05-02t14:30",
            "2017-05-02T24:00",
            "2017-05-02T14:60",
            "2017-05-02T14:30:60",
            "2017-05-02Z",
            "2017-05Z",
            "2017-05-02T14:30+19:00",
            "2017-05-02T14:30+18:01",
            "2017-05-02T14:30+03",
            "2017-05-02T14:30:15.1234567890",
            "May 2017",
            "2017-05-02T14"
        };
        for (String date : bad) {
            set(Verdict.BOTH_REJECT, "/statements/0/date", "\"" + date + "\"");
        }
        set(Verdict.BOTH_REJECT, "/events/0/start", "\"2017/05/02\"");
        set(Verdict.BOTH_REJECT, "/events/0/end", "\"2017-05-02T14:30+3:00\"");
        set(Verdict.BOTH_REJECT, "/sources/0/date", "\"\"");
    }

    private void colours() {
        String[] good = {
            "#abc",
            "#ABCD",
            "#1f5fad",
            "#1F5FAD80",
            "teal",
            "Crimson",
            "DARKSLATEGREY",
            " steelblue ",
            "rgb(1,2,3)",
            "RGB( 31 , 119 , 180 )",
            "rgb(10%, 20%, 30%)",
            "rgba(1, 2, 3, 0.5)",
            "rgba(1, 2, 3, 50%)",
            "hsl(210, 70%, 40%)",
            "HSLA(210.5, 70%, 40%, .5)",
            "rgb(+1, 2., .3)",
            "\\u212Ahaki"
        };
        for (String colour : good) {
            set(Verdict.BOTH_ACCEPT, "/actors/0/color", "\"" + colour + "\"");
        }
        String[] bad = {
            "",
            "bluish",
            "#abcde",
            "#ggg",
            "abc",
            "rgb(1,2)",
            "rgb(1,2,3,4)",
            "rgba(1,2,3)",
            "hsl(210%, 70%, 40%)",
            "hsl(210, 70, 40%)",
            "rgb 1 2 3",
            "rgb(a, b, c)",
            "light blue",
            "transparent"
        };
        for (String colour : bad) {
            set(Verdict.BOTH_REJECT, "/topics/0/color", "\"" + colour + "\"");
        }
    }

    private void addresses() {
        for (String url : new String[] {"http://example.org", "HTTPS://example.org/a?b#c", "https://a.b/c d"}) {
            set(url.contains(" ") ? Verdict.READER_ONLY : Verdict.BOTH_ACCEPT, "/sources/0/url", "\"" + url + "\"");
        }
        for (String url : new String[] {"", "example.org", "ftp://example.org", "https:///a", "https:example.org"}) {
            set(Verdict.BOTH_REJECT, "/sources/0/url", "\"" + url + "\"");
        }
    }

    private void at(String place, Verdict verdict, Edit... edits) {
        all.add(new Mutation(place + ": " + List.of(edits), verdict, List.of(edits), place));
    }

    /** A source's own text and a statement's excerpt (issue #13). */
    private void anchors() {
        set(Verdict.BOTH_ACCEPT, "/sources/0/text", "\"hi there\"");
        set(Verdict.BOTH_ACCEPT, "/sources/0/text", "\"\"");
        set(Verdict.BOTH_ACCEPT, "/sources/0/text", "null");
        set(Verdict.BOTH_REJECT, "/sources/0/text", "5");
        set(Verdict.BOTH_ACCEPT, "/sources/0/textFile", "null");
        for (String name : new String[] {
            "\"\"",
            "\" \"",
            "5",
            "\"/etc/article.txt\"",
            "\"C:\\\\a.txt\"",
            "\"\\\\a.txt\"",
            "\"article.pdf\"",
            "\"article\"",
            "\"article.txt.gz\""
        }) {
            set(Verdict.BOTH_REJECT, "/sources/0/textFile", name);
        }
        // the reader reads a textFile from the story's folder, which a story read from memory does not have
        set(Verdict.READER_ONLY, "/sources/0/textFile", "\"sources/article.TXT\"");
        set(Verdict.READER_ONLY, "/sources/0/textFile", "\"../article.html\"");
        at(
                "/sources/0",
                Verdict.BOTH_REJECT,
                new Edit("/sources/0/text", "\"hi\""),
                new Edit("/sources/0/textFile", "\"a.txt\""));
        at(
                "/sources/0/textFile",
                Verdict.BOTH_ACCEPT,
                new Edit("/sources/0/text", "null"),
                new Edit("/sources/0/textFile", "null"));
        set(Verdict.BOTH_ACCEPT, "/sources/0/published", "\"2017-05-02T09:00Z\"");
        set(Verdict.BOTH_REJECT, "/sources/0/published", "\"2 May 2017\"");
        set(Verdict.BOTH_ACCEPT, "/statements/0/excerpt", "null");
        set(Verdict.BOTH_ACCEPT, "/statements/0/excerpt", "{\"exact\": \"hi\"}");
        set(Verdict.BOTH_ACCEPT, "/statements/0/excerpt", "{\"exact\": \"hi\", \"prefix\": null, \"suffix\": \"\"}");
        set(Verdict.BOTH_ACCEPT, "/statements/0/excerpt", "{\"exact\": \"hi\", \"note\": 1}");
        set(Verdict.BOTH_REJECT, "/statements/0/excerpt", "\"hi\"");
        set(Verdict.BOTH_REJECT, "/statements/0/excerpt", "{}");
        set(Verdict.BOTH_REJECT, "/statements/0/excerpt", "[\"hi\"]");
        String thirtyTwo = "a".repeat(32);
        String thirtyTwoFaces = "\\ud83d\\ude00".repeat(32); // 32 characters, 64 UTF-16 units
        for (String context : new String[] {thirtyTwo, thirtyTwoFaces, "a".repeat(33), thirtyTwoFaces + "a"}) {
            Verdict verdict = context.length() == 32 || context.equals(thirtyTwoFaces)
                    ? Verdict.BOTH_ACCEPT
                    : Verdict.BOTH_REJECT;
            for (String side : new String[] {"prefix", "suffix"}) {
                at(
                        "/statements/0/excerpt/" + side,
                        verdict,
                        new Edit("/statements/0/excerpt", "{\"exact\": \"hi\"}"),
                        new Edit("/statements/0/excerpt/" + side, "\"" + context + "\""));
            }
        }
        for (String exact : new String[] {"\"\"", "\"  \"", "5", "null"}) {
            at(
                    "/statements/0/excerpt/exact",
                    Verdict.BOTH_REJECT,
                    new Edit("/statements/0/excerpt", "{\"exact\": \"hi\"}"),
                    new Edit("/statements/0/excerpt/exact", exact));
        }
        // an excerpt is found in its source's text, which a schema cannot see
        at(
                "/statements/0/excerpt/exact",
                Verdict.READER_ONLY,
                new Edit("/sources/0/text", "\"hello there\""),
                new Edit("/statements/0/excerpt", "{\"exact\": \"hi\"}"));
        at(
                "/statements/0/excerpt/exact",
                Verdict.BOTH_ACCEPT,
                new Edit("/sources/0/text", "\"He said: \\u201chi\\u201d.\""),
                new Edit("/statements/0/excerpt", "{\"exact\": \"\\\"hi\\\"\", \"prefix\": \"said:\"}"));
    }

    /** A statement's language and its words as they were said (issue #17). */
    private void originals() {
        for (String lang : new String[] {"\"ru\"", "\"pt-BR\"", "\"zh-Hant\"", "\"ar-SY\"", "null"}) {
            set(Verdict.BOTH_ACCEPT, "/statements/0/lang", lang);
        }
        for (String lang : new String[] {"\"\"", "\" \"", "\"ru_RU\"", "\"r\"", "\"1ru\"", "5", "[\"ru\"]"}) {
            set(Verdict.BOTH_REJECT, "/statements/0/lang", lang);
        }
        // a singleton subtag with nothing after it is not a tag; the schema's pattern cannot tell
        set(Verdict.READER_ONLY, "/statements/0/lang", "\"en-a\"");
        set(Verdict.BOTH_ACCEPT, "/statements/0/original", "null");
        // words as they were said without their language: reported at the statement, which lacks "lang"
        at("/statements/0", Verdict.BOTH_REJECT, new Edit("/statements/0/original", "\"\u0414\u0430\""));
        for (String words : new String[] {"\"\u0414\u0430\"", "\"\u0645\u0631\u062d\u0628\u0627\"", "null"}) {
            at(
                    "/statements/0/original",
                    Verdict.BOTH_ACCEPT,
                    new Edit("/statements/0/lang", "\"ru\""),
                    new Edit("/statements/0/original", words));
        }
        for (String words : new String[] {"\"\"", "\"  \"", "5"}) {
            at(
                    "/statements/0/original",
                    Verdict.BOTH_REJECT,
                    new Edit("/statements/0/lang", "\"ru\""),
                    new Edit("/statements/0/original", words));
        }
    }

    /** The rules a JSON Schema cannot express; the reader alone reports them. */
    /** A tour's steps: the schema knows their shape, the reader alone whether they fit the story. */
    private void tours() {
        String step = "/tours/0/steps/0";
        for (String pointer : new String[] {"/tours/0/title", "/tours/0/steps", step + "/event"}) {
            remove(Verdict.BOTH_REJECT, pointer);
            set(Verdict.BOTH_REJECT, pointer, "5");
        }
        set(Verdict.BOTH_REJECT, "/tours/0/title", "\"\"");
        set(Verdict.BOTH_REJECT, step + "/event", "\" \"");
        set(Verdict.BOTH_REJECT, "/tours/0/steps", "[]");
        set(Verdict.BOTH_REJECT, "/tours/0/steps", "null");
        set(Verdict.BOTH_REJECT, "/tours/0/steps/0", "\"e\"");
        set(Verdict.BOTH_REJECT, "/tours", "{}");
        set(Verdict.BOTH_REJECT, "/tours/0", "[]");
        set(Verdict.BOTH_ACCEPT, "/tours", "null");
        set(Verdict.BOTH_ACCEPT, "/tours", "[]");
        for (String name : new String[] {"topic", "statement", "zoom", "caption", "notes", "type"}) {
            remove(Verdict.BOTH_ACCEPT, step + "/" + name);
            set(Verdict.BOTH_ACCEPT, step + "/" + name, "null");
            set(Verdict.BOTH_REJECT, step + "/" + name, "5");
        }
        set(Verdict.BOTH_REJECT, step + "/caption", "{}");
        set(Verdict.BOTH_ACCEPT, step + "/caption", "\"\"");
        set(Verdict.BOTH_ACCEPT, step + "/zoom", "\"fit\"");
        set(Verdict.BOTH_ACCEPT, step + "/zoom", "\"event\"");
        set(Verdict.BOTH_ACCEPT, step + "/zoom", "{\"start\": \"2017\", \"end\": \"2017\"}");
        set(Verdict.BOTH_REJECT, step + "/zoom", "\"wide\"");
        set(Verdict.BOTH_REJECT, step + "/zoom", "[]");
        set(Verdict.BOTH_REJECT, step + "/zoom", "{}");
        set(Verdict.BOTH_REJECT, step + "/zoom", "{\"start\": \"2017-05\"}");
        set(Verdict.BOTH_REJECT, step + "/zoom/start", "\"2017-13\"");
        set(Verdict.BOTH_REJECT, step + "/zoom/end", "5");
        set(Verdict.BOTH_ACCEPT, step + "/type", "\"left-out\"");
        set(Verdict.BOTH_REJECT, step + "/type", "\"leftout\"");
        set(Verdict.BOTH_ACCEPT, step + "/tip", "\"unknown, so ignored\"");
        set(Verdict.BOTH_ACCEPT, "/tours/0/level", "3");
        set(Verdict.READER_ONLY, step + "/zoom/end", "\"2017-04\"");
        set(Verdict.READER_ONLY, step + "/event", "\"nope\"");
        set(Verdict.READER_ONLY, step + "/topic", "\"nope\"");
        set(Verdict.READER_ONLY, step + "/statement", "\"nope\"");
        String other = "{\"id\": \"u\", \"label\": \"U\"}";
        all.add(new Mutation(
                "a step's topic that its event has no row for",
                Verdict.READER_ONLY,
                List.of(new Edit("/topics/1", other), new Edit(step + "/topic", "\"u\"")),
                step + "/topic"));
        all.add(new Mutation(
                "a step's statement about another event",
                Verdict.READER_ONLY,
                List.of(
                        new Edit(
                                "/events/1",
                                "{\"id\": \"f\", \"title\": \"F\", \"start\": \"2017-06\", \"topics\": [\"t\"]}"),
                        new Edit(step + "/event", "\"f\"")),
                step + "/statement"));
        all.add(new Mutation(
                "a step's statement not on the step's topic",
                Verdict.READER_ONLY,
                List.of(
                        new Edit("/topics/1", other),
                        new Edit("/events/0/topics", "[\"t\", \"u\"]"),
                        new Edit(step + "/topic", "\"u\"")),
                step + "/statement"));
    }

    private void inexpressible() {
        set(Verdict.READER_ONLY, "/events/0/start", "\"2017-02-30\"");
        set(Verdict.READER_ONLY, "/events/0/start", "\"2017-04-31\"");
        set(Verdict.READER_ONLY, "/events/0/start", "\"2100-02-29\"");
        set(Verdict.READER_ONLY, "/events/0/end", "\"2017-05-01\"");
        set(Verdict.READER_ONLY, "/statements/0/actor", "\"kremlim\"");
        set(Verdict.READER_ONLY, "/statements/0/event", "\"nowhere\"");
        set(Verdict.READER_ONLY, "/statements/0/topics/0", "\"syrai\"");
        set(Verdict.READER_ONLY, "/statements/0/source", "\"elsewhere\"");
        set(Verdict.READER_ONLY, "/events/0/actors/0", "\"b\"");
        set(Verdict.READER_ONLY, "/events/0/sources/0", "\"t\"");
        set(Verdict.READER_ONLY, "/events/0/topics/0", "\"a\"");
        duplicate("/actors", "{\"id\": \"a\", \"name\": \"Again\"}");
        duplicate("/sources", "{\"id\": \"s\", \"title\": \"Again\"}");
        duplicate("/topics", "{\"id\": \"t\", \"label\": \"Again\"}");
        duplicate(
                "/statements",
                "{\"id\": \"x\", \"event\": \"e\", \"actor\": \"a\", "
                        + "\"topics\": [\"t\"], \"text\": \"again\", \"kind\": \"quote\"}");
        set(Verdict.READER_ONLY, "/actors/0/color", "\"rgb(256, 0, 0)\"");
        set(Verdict.READER_ONLY, "/actors/0/color", "\"rgb(0, 0, 101%)\"");
        set(Verdict.READER_ONLY, "/actors/0/color", "\"hsla(0, 0%, 0%, 1.5)\"");
        set(Verdict.READER_ONLY, "/sources/0/url", "\"https://exa_mple.org:x/\"");
    }
}
