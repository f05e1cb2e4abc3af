package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.importing.CsvTable;
import app.counterpoint.io.importing.StatementsCsvImporter;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.ValidationProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Every problem and warning of the importers (TimelineJS 3 and 2, vis-timeline, the TimelineJS and statement
 * spreadsheets) and every refusal of a file in another format is told by a key, in each of the six languages, with no
 * English word left in a translation ({@link EveryLanguageCheck}); the corpus makes each of those keys at least once.
 */
class ImportProblemsInEveryLanguageTest {

    /** The keys of the importers' and the refusals' own words, each of which the corpus must make. */
    private static final List<String> PREFIXES = List.of(
            "problem.tljs.",
            "problem.tljs2.",
            "problem.vis.",
            "problem.import.",
            "problem.foreign.",
            "problem.statements.",
            "problem.csv.shortRow",
            "problem.csv.time",
            "problem.csv.unclosedQuote",
            "problem.csv.afterQuote",
            "problem.format.unrecognised",
            "problem.expect.list",
            "problem.expect.anyText",
            "problem.expect.wholeNumber",
            "problem.expect.titleSlide",
            "problem.expect.slide",
            "problem.expect.eras",
            "problem.expect.dateObject",
            "problem.expect.dateSuchAs",
            "problem.expect.tljs2Event",
            "problem.expect.visGroup",
            "problem.expect.visItem");

    /** TimelineJS 3 files, each broken in its own way. */
    private static final List<String> TIMELINEJS = List.of(
            "[{\"start_date\": {\"year\": 2017}}]",
            "{\"title\": 7, \"eras\": [], \"events\": []}",
            "{\"title\": {\"text\": {\"headline\": \"T\"}}}",
            "{\"title\": {\"text\": {\"headline\": \"T\"}}, \"events\": 7}",
            "{\"eras\": 7, \"events\": [{\"start_date\": {\"year\": 2017}}]}",
            "{\"eras\": [7], \"events\": [7, {\"text\": {\"headline\": \"no date\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 2017}, \"end_date\": {\"year\": 2016}}]}",
            "{\"events\": [{\"start_date\": 2017}]}",
            "{\"events\": [{\"start_date\": {\"month\": 5}}]}",
            "{\"events\": [{\"start_date\": {\"year\": -200000000000}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 2017, \"day\": 3}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 2017, \"month\": 5, \"hour\": 3}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 2017, \"month\": 13}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 2017, \"month\": 5, \"day\": 2, \"hour\": 25}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 2017, \"month\": 5, \"day\": 2, \"hour\": 1, \"second\": 61}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 2017, \"month\": 2, \"day\": 30}}]}",
            "{\"events\": [{\"start_date\": {\"year\": \"20x7\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": true}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 2017}, \"text\": 7, \"group\": \"<img src=x>\"}]}",
            "{\"events\": [{\"start_date\": {\"year\": 2017}, \"text\": {\"headline\": true}, \"media\": []}]}",
            "{\"events\": [{\"start_date\": {\"year\": 2017}, \"text\": {\"headline\": \"\\ud83d\"}}]}");

    /** TimelineJS 2 files. */
    private static final List<String> TIMELINEJS2 = List.of(
            "{\"a\": {\"timeline\": {\"date\": []}}}",
            "{\"timeline\": {\"headline\": \"T\", \"era\": []}}",
            "{\"timeline\": {\"date\": 7}}",
            "{\"timeline\": {\"date\": [7, {\"headline\": \"no date\"}, {\"startDate\": true}]}}",
            tjs2("12345678901234"),
            tjs2("1,2,3,4,5,6,7"),
            tjs2("2017,x"),
            tjs2("2017,,3"),
            tjs2("1/2/3/4"),
            tjs2("5/x/2017"),
            tjs2("2017-13-01"),
            "{\"timeline\": {\"date\": [{\"startDate\": \"2017\", \"endDate\": \"2016\"}]}}",
            "{\"timeline\": {\"date\": [{\"startDate\": \"2017\", \"endDate\": \"2017,13\"}]}}",
            "{\"timeline\": {\"date\": [{\"startDate\": \"2017\", \"tag\": \"<b></b>\"}]}}");

    /** vis-timeline data. */
    private static final List<String> VIS = List.of(
            "{\"data\": {\"items\": [{\"content\": \"a\", \"start\": \"2017\"}]}}",
            "{\"groups\": [7], \"items\": [7, {\"content\": \"a\"}, {\"content\": \"b\", \"start\": true},"
                    + " {\"content\": \"c\", \"start\": 1.5}, {\"content\": \"d\", \"start\": \"2017-13\"}]}");

    /** Spreadsheets saved as CSV. */
    private static final List<String> SHEETS = List.of(
            "Year,Month,Day,Time,End Year,Headline,Group\n"
                    + "2017,13,,,,a,\n"
                    + "2017,2,30,,,b,\n"
                    + "2017,5,2,25:00,,c,\n"
                    + "2017,5,2,noon,,d,\n"
                    + "x,,,,,e,\n"
                    + "2017,5,2,,2016,f,\n"
                    + "2017,,,,,g,<b></b>\n"
                    + "2017,,,10:00,,h,\n"
                    + "2017,5,,10:00,,i,\n",
            "event,actor,topic,kind,text,date\n"
                    + "call,WH,Syria,shout,Hello,2017-05-02\n"
                    + "talks,WH,,quote,Hi,2017-05-02\n"
                    + "visit,WH,;,quote,Hi,2017-05-02\n"
                    + "summit,WH,Syria,quote,Hi,2017-13\n"
                    + "call,WH,Syria\n",
            "event,actor,topic,text\ncall,WH,Syria,Hello\n",
            "event,actor,topic,text\ncall,WH,Syria,\"Hello\n",
            "event,actor,topic,text\ncall,WH,\"Syria\"x,Hello\n");

    @Test
    void everyImportProblemAndRefusalIsAKeyToldInEveryLanguageWithoutAnEnglishWordLeft() throws IOException {
        StoryOpener opener = new StoryOpener();
        Map<String, LoadResult> results = new LinkedHashMap<>();
        for (String json : TIMELINEJS) {
            results.put(json, opener.open("t.json", bytes(json)));
        }
        for (String json : TIMELINEJS2) {
            results.put(json, opener.open("t2.json", bytes(json)));
        }
        for (String json : VIS) {
            results.put(json, opener.open("vis.json", bytes(json)));
        }
        for (String csv : SHEETS) {
            results.put(csv, opener.open("sheet.csv", bytes(csv)));
        }
        for (Map.Entry<String, byte[]> foreign : foreignFiles().entrySet()) {
            results.put(foreign.getKey(), opener.open(foreign.getKey(), foreign.getValue()));
        }
        damagedImports(opener, results);

        List<LocalText> texts = new ArrayList<>();
        for (Map.Entry<String, LoadResult> result : results.entrySet()) {
            List<ValidationProblem> all = new ArrayList<>(result.getValue().problems());
            all.addAll(result.getValue().warnings());
            assertTrue(!all.isEmpty() || result.getKey().startsWith("damaged"), "no problem: " + result.getKey());
            all.forEach(p -> texts.add(p.text()));
        }
        Problems missingColumn = new Problems("sheet.csv");
        byte[] withoutTopic = bytes("event,actor,text\ncall,WH,Hello\n");
        StatementsCsvImporter.importStory(
                CsvTable.read(withoutTopic, 0, withoutTopic.length, missingColumn), "T", missingColumn);
        missingColumn.sorted().forEach(p -> texts.add(p.text()));

        Set<String> keys = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (LocalText text : texts) {
            EveryLanguageCheck.check(text.english(), text, wrong, keys);
        }
        assertEquals(List.of(), wrong.stream().distinct().limit(40).toList());

        List<String> neverTold = new ArrayList<>();
        for (String key : bundleKeys()) {
            if (PREFIXES.stream().anyMatch(key::startsWith) && !keys.contains(key)) {
                neverTold.add(key);
            }
        }
        assertEquals(List.of(), neverTold, "keys of the importers that the corpus never made");
        assertTrue(texts.size() > 100, "problems told: " + texts.size());
    }

    @Test
    void anImportedTimelinesProblemReadsInGermanAsInEnglish() {
        LoadResult result = new StoryOpener()
                .open("t.json", bytes("{\"events\": [{\"start_date\": {\"year\": 2017, \"month\": 2, \"day\": 30}}]}"));
        ValidationProblem problem = result.problems().get(0);
        assertEquals(
                "read as TimelineJS: events[0].start_date: day 30 is impossible: February 2017 has 28 days",
                problem.message());
        assertEquals(
                "gelesen als TimelineJS: events[0].start_date: der Tag 30 ist unmöglich: Februar 2017 hat 28 Tage",
                problem.message(Language.GERMAN));
        assertEquals(
                "قُرئ بصيغة TimelineJS: events[0].start_date: اليوم ٣٠ مستحيل: في فبراير ٢٠١٧ ٢٨ يومًا",
                problem.message(Language.ARABIC));
    }

    private static String tjs2(String startDate) {
        return "{\"timeline\": {\"date\": [{\"startDate\": \"" + startDate + "\"}]}}";
    }

    /** The import fixtures, each with a few hundred random damages: whatever they make must be told too. */
    private static void damagedImports(StoryOpener opener, Map<String, LoadResult> results) {
        Random random = new Random(23);
        byte[] damage = "{}[],:\"'/\\ \n01-x<".getBytes(StandardCharsets.UTF_8);
        for (String fixture : List.of(
                "import/timelinejs-full.json",
                "import/timelinejs2.json",
                "import/vis-timeline.json",
                "import/timelinejs-sheet.csv",
                "import/statements.csv")) {
            byte[] original = ImportFixtures.bytes(fixture);
            for (int i = 0; i < 150; i++) {
                byte[] damaged = original.clone();
                for (int n = 0; n < 3; n++) {
                    damaged[random.nextInt(damaged.length)] = damage[random.nextInt(damage.length)];
                }
                String name = fixture.substring(fixture.lastIndexOf('/') + 1);
                results.put("damaged " + fixture + " " + i, opener.open(name, damaged));
            }
        }
    }

    /** A file of each kind that is refused for what it is, and one that is no kind at all. */
    private static Map<String, byte[]> foreignFiles() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("map.geojson", bytes("{\"type\": \"FeatureCollection\", \"features\": []}"));
        files.put("storymap.json", bytes("{\"storymap\": {\"slides\": []}}"));
        files.put("feed.json", bytes("{\"feed\": {\"entry\": [{\"gsx$year\": {}}]}}"));
        files.put(
                "schema.json",
                bytes("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"properties\": {}}"));
        files.put("simile.xml", bytes("<data><event start=\"2017\">x</event></data>"));
        files.put("places.kml", bytes("<?xml version=\"1.0\"?><kml></kml>"));
        files.put("page.html", bytes("<!DOCTYPE html><html></html>"));
        files.put("picture.svg", bytes("<svg></svg>"));
        files.put("data.xml", bytes("<?xml version=\"1.0\"?><root/>"));
        files.put("settings.json", bytes("// settings\n{\"a\": 1}"));
        files.put("calendar.ics", bytes("BEGIN:VCALENDAR\nEND:VCALENDAR\n"));
        files.put("article.pdf", bytes("%PDF-1.4\n"));
        files.put("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0});
        files.put("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0});
        files.put("article.docx", zip("word/document.xml"));
        files.put("slides.pptx", zip("ppt/presentation.xml"));
        files.put("sheet.ods", zip("application/vnd.oasis.opendocument.spreadsheet"));
        files.put("text.odt", zip("application/vnd.oasis.opendocument.text"));
        files.put("slides.odp", zip("application/vnd.oasis.opendocument.presentation"));
        files.put("archive.zip", zip("notes.txt"));
        files.put("list.json", bytes("[1, 2, 3]"));
        files.put("notes.txt", bytes("Hello, world\n"));
        return files;
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static Set<String> bundleKeys() throws IOException {
        Properties english = new Properties();
        try (InputStream in = LocalText.class.getResourceAsStream("problems.properties")) {
            english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return english.stringPropertyNames();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
