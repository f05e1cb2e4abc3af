package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.problem.ValidationProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem the reader finds in a broad corpus of broken story files (the test fixtures, the fuzz seeds, a few
 * hundred files broken on purpose and a thousand random damages to the bundled story) is told by a key, in each of
 * the six languages, and in none of the five translations is an English word left ({@link EveryLanguageCheck}).
 */
class ProblemsInEveryLanguageTest {

    private static final String COMPLETE = """
            {"format": "counterpoint/1", "title": "T",
             "sources": [{"id": "s", "title": "S", "url": "https://example.org/a", "text": "He said hello to all."}],
             "actors": [{"id": "a", "name": "A", "color": "#336699"}, {"id": "b", "name": "B"}],
             "topics": [{"id": "t", "label": "L"}, {"id": "u", "label": "U"}],
             "events": [{"id": "e", "title": "E", "start": "2017-05-02", "end": "2017-06", "topics": ["t"]}],
             "statements": [{"id": "x", "event": "e", "actor": "a", "topics": ["t"], "text": "hello to all",
               "kind": "quote", "source": "s", "excerpt": {"exact": "hello to all", "prefix": "said "}}],
             "tours": [{"title": "Tour", "steps": [{"event": "e", "topic": "t", "zoom": "fit", "type": "show"}]}]}
            """;

    /** Files broken on purpose, one kind of mistake each: what the reader says about each is checked. */
    private static final List<String[]> BREAKS = List.of(
            new String[] {"\"format\": \"counterpoint/1\", ", ""},
            new String[] {"counterpoint/1", "counterpoint/2"},
            new String[] {"\"format\": \"counterpoint/1\"", "\"format\": 1"},
            new String[] {", \"title\": \"T\"", ""},
            new String[] {"\"title\": \"T\"", "\"title\": \"  \""},
            new String[] {"\"start\": \"2017-05-02\"", "\"start\": \"2017-13-02\""},
            new String[] {"\"start\": \"2017-05-02\"", "\"start\": \"2017-02-30\""},
            new String[] {"\"start\": \"2017-05-02\"", "\"start\": \"2 May 2017\""},
            new String[] {"\"start\": \"2017-05-02\"", "\"start\": \"2017-05-02T25:00\""},
            new String[] {"\"start\": \"2017-05-02\"", "\"start\": \"2017-05-02T10:00:61\""},
            new String[] {"\"start\": \"2017-05-02\"", "\"start\": \"2017-05-02T10:00+25:00\""},
            new String[] {"\"start\": \"2017-05-02\"", "\"start\": \"-100000000000\""},
            new String[] {"\"start\": \"2017-05-02\"", "\"start\": \"123456789012345\""},
            new String[] {"\"start\": \"2017-05-02\"", "\"start\": 2017"},
            new String[] {
                "\"start\": \"2017-05-02\", \"end\": \"2017-06\"", "\"start\": \"2017-05-02\", \"end\": \"2016\""
            },
            new String[] {"\"color\": \"#336699\"", "\"color\": \"bluish\""},
            new String[] {"\"url\": \"https://example.org/a\"", "\"url\": \"example.org\""},
            new String[] {"\"url\": \"https://example.org/a\"", "\"url\": \"https://example.org:0/a\""},
            new String[] {"\"kind\": \"quote\"", "\"kind\": \"rumour\""},
            new String[] {"\"topics\": [\"t\"], \"text\"", "\"topics\": [], \"text\""},
            new String[] {"\"topics\": [\"t\"], \"text\"", "\"topics\": [\"t\", \"t\"], \"text\""},
            new String[] {"\"topics\": [\"t\"], \"text\"", "\"topics\": [\"war\"], \"text\""},
            new String[] {"\"topics\": [\"t\"], \"text\"", "\"topics\": \"t\", \"text\""},
            new String[] {"\"topics\": [\"t\"], \"text\"", "\"topics\": [\"t\", true], \"text\""},
            new String[] {"\"actor\": \"a\"", "\"actor\": \"kremlim\""},
            new String[] {"{\"id\": \"b\"", "{\"id\": \"a\""},
            new String[] {"{\"id\": \"b\"", "{\"id\": \"a\\u200B\""},
            new String[] {
                "\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"color\": \"#336699\"}, {\"id\": \"b\", \"name\": \"B\"}]",
                "\"actors\": []"
            },
            new String[] {
                "\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"color\": \"#336699\"}, {\"id\": \"b\", \"name\": \"B\"}],",
                ""
            },
            new String[] {
                "\"topics\": [{\"id\": \"t\", \"label\": \"L\"}, {\"id\": \"u\", \"label\": \"U\"}]", "\"topics\": []"
            },
            new String[] {"\"sources\": [", "\"sources\": {\"x\": 1}, \"unused\": ["},
            new String[] {"{\"id\": \"x\"", "7, {\"id\": \"x\""},
            new String[] {"\"text\": \"hello to all\",", "\"text\": \"hello to everyone\","},
            new String[] {"\"exact\": \"hello to all\"", "\"exact\": \"goodbye\""},
            new String[] {
                "\"prefix\": \"said \"",
                "\"prefix\": \"he said it to them all, and then, after a long pause, he said \""
            },
            new String[] {"\"prefix\": \"said \"", "\"prefix\": \"sang \""},
            new String[] {"\"excerpt\": {", "\"excerpt\": [{"},
            new String[] {", \"source\": \"s\", \"excerpt\"", ", \"excerpt\""},
            new String[] {"\"text\": \"He said hello to all.\"", "\"textFile\": \"/etc/passwd\""},
            new String[] {"\"text\": \"He said hello to all.\"", "\"textFile\": \"words.doc\""},
            new String[] {"\"text\": \"He said hello to all.\"", "\"textFile\": \"words.txt\""},
            new String[] {"\"text\": \"He said hello to all.\"", "\"text\": \"x\", \"textFile\": \"words.txt\""},
            new String[] {"\"text\": \"He said hello to all.\"", "\"textFile\": \" \""},
            new String[] {"\"title\": \"S\"", "\"title\": \"\\ud83d\""},
            new String[] {"\"steps\": [{", "\"steps\": [7, {"},
            new String[] {
                "\"steps\": [{\"event\": \"e\", \"topic\": \"t\", \"zoom\": \"fit\", \"type\": \"show\"}]",
                "\"steps\": []"
            },
            new String[] {
                "\"steps\": [{\"event\": \"e\", \"topic\": \"t\", \"zoom\": \"fit\", \"type\": \"show\"}]",
                "\"steps\": {}"
            },
            new String[] {
                ", \"steps\": [{\"event\": \"e\", \"topic\": \"t\", \"zoom\": \"fit\", \"type\": \"show\"}]", ""
            },
            new String[] {"\"topic\": \"t\", \"zoom\"", "\"topic\": \"u\", \"zoom\""},
            new String[] {"\"topic\": \"t\", \"zoom\"", "\"topic\": \"t\", \"statement\": \"y\", \"zoom\""},
            new String[] {"\"zoom\": \"fit\"", "\"zoom\": \"all\""},
            new String[] {"\"zoom\": \"fit\"", "\"zoom\": 3"},
            new String[] {"\"zoom\": \"fit\"", "\"zoom\": {\"start\": \"2018\", \"end\": \"2017\"}"},
            new String[] {"\"type\": \"show\"", "\"type\": \"hide\""},
            new String[] {"\"type\": \"show\"", "\"type\": \"left-out\""},
            new String[] {"\"tours\": [", "\"tours\": [7, "},
            new String[] {"\"title\": \"T\",", "\"title\": \"T\", \"title\": \"U\","},
            new String[] {"{\"format\"", "[{\"format\""},
            new String[] {"{\"format\"", "// a story\n{\"format\""},
            new String[] {"\"title\": \"T\",", "\"title\": \"T\""},
            new String[] {"\"title\": \"T\",", "\"title\": \"T\",,"},
            new String[] {"\"title\": \"T\",", "\"title\": \"T\", }"},
            new String[] {"\"title\": \"T\",", "\"title\" \"T\","},
            new String[] {"\"title\": \"T\",", "\"title\" = \"T\","},
            new String[] {"\"title\": \"T\",", "'title': \"T\","},
            new String[] {"\"title\": \"T\",", "title: \"T\","},
            new String[] {"\"title\": \"T\",", "\u201Ctitle\u201D: \"T\","},
            new String[] {"\"title\": \"T\",", "\"title\": 'T',"},
            new String[] {"\"title\": \"T\",", "\"title\": T,"},
            new String[] {"\"title\": \"T\",", "\"title\": True,"},
            new String[] {"\"title\": \"T\",", "\"title\": nul,"},
            new String[] {"\"title\": \"T\",", "\"title\": NaN,"},
            new String[] {"\"title\": \"T\",", "\"title\": 01,"},
            new String[] {"\"title\": \"T\",", "\"title\": +1,"},
            new String[] {"\"title\": \"T\",", "\"title\": 1.,"},
            new String[] {"\"title\": \"T\",", "\"title\": 1e,"},
            new String[] {"\"title\": \"T\",", "\"title\": .5,"},
            new String[] {"\"title\": \"T\",", "\"title\": ,"},
            new String[] {"\"title\": \"T\",", "\"title\": },"},
            new String[] {"\"title\": \"T\",", "\"title\": \"T\\q\","},
            new String[] {"\"title\": \"T\",", "\"title\": \"T\\u00G9\","},
            new String[] {"\"title\": \"T\",", "\"title\": \"T\tab\","},
            new String[] {"\"title\": \"T\",", "\"title\": \"T\u0001\","},
            new String[] {"\"title\": \"T\",", "\"title\": \"T\n\","},
            new String[] {"\"title\": \"T\",", "\"title\": \"T\", \u00A0"},
            new String[] {"\"title\": \"T\",", "\"title\": \"T\", #"},
            new String[] {"\"topics\": [\"t\"]}],", "\"topics\": [\"t\",]}],"},
            new String[] {"\"topics\": [\"t\"]}],", "\"topics\": [\"t\"}],"},
            new String[] {"\"topics\": [\"t\"]}],", "\"topics\": [\"t\" \"u\"]}],"},
            new String[] {"}]}]}\n", "}]}]}\n{}"},
            new String[] {"}]}]}\n", "}]}]"},
            new String[] {"}]}]}\n", "}]}]}\n]"},
            new String[] {"}]}]}\n", "\"}]}]"},
            new String[] {"}]}]}\n", ""});

    @Test
    void everyProblemOfTheCorpusIsAKeyAndIsToldInEveryLanguageWithoutAnEnglishWordLeft() throws IOException {
        Map<String, LoadResult> results = new LinkedHashMap<>();
        StoryReader reader = new StoryReader();
        assertTrue(reader.read("complete.json", bytes(COMPLETE)).isValid(), "the corpus starts from a valid story");
        for (String[] change : BREAKS) {
            String json = COMPLETE.replace(change[0], change[1]);
            assertTrue(!json.equals(COMPLETE), () -> "no such text in the story: " + change[0]);
            results.put("break " + change[1], reader.read("broken.json", bytes(json), null));
        }
        for (Path file : fixtures()) {
            results.put(file.toString(), reader.read(file));
        }
        byte[] bundled = Files.readAllBytes(Path.of("resources/stories/trump-putin-2017.json"));
        Random random = new Random(17);
        byte[] damage = "{}[],:\"'/#\\ \t\n01e+.-x\u201C".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1000; i++) {
            byte[] damaged = bundled.clone();
            int at = random.nextInt(damaged.length);
            damaged[at] = damage[random.nextInt(damage.length)];
            results.put("damage " + i, reader.read("damaged.json", damaged));
        }
        results.put("utf-16", reader.read("utf16.json", COMPLETE.getBytes(StandardCharsets.UTF_16)));
        results.put(
                "latin-1",
                reader.read("latin1.json", "{\"title\": \"caf\u00E9\"}".getBytes(StandardCharsets.ISO_8859_1)));
        results.put("binary", reader.read("binary.json", new byte[] {'{', 0, 1, 2}));
        results.put("empty", reader.read("empty.json", new byte[0]));
        results.put("blank", reader.read("blank.json", bytes("  \n ")));

        Set<String> keys = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        int told = 0;
        for (Map.Entry<String, LoadResult> result : results.entrySet()) {
            List<ValidationProblem> all = new ArrayList<>(result.getValue().problems());
            all.addAll(result.getValue().warnings());
            List<LocalText> texts =
                    new ArrayList<>(all.stream().map(ValidationProblem::text).toList());
            if (!result.getValue().unlisted().isEmpty()) {
                texts.add(result.getValue().unlisted().text());
            }
            for (LocalText text : texts) {
                told++;
                EveryLanguageCheck.check(result.getKey(), text, wrong, keys);
            }
        }
        assertEquals(List.of(), wrong.stream().distinct().limit(40).toList());
        assertTrue(told > 800, "problems told: " + told);
        assertTrue(keys.size() > 90, "kinds of problem told: " + keys.size() + " " + keys);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Path> fixtures() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : new String[] {
            "src/test/resources/stories/invalid", "src/test/resources/app/counterpoint/fuzz/StoryReaderFuzzTestInputs"
        }) {
            try (Stream<Path> found = Files.walk(Path.of(folder))) {
                found.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 8, "fixtures: " + files);
        return files;
    }
}
