package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file that is clearly some other format is refused with that format's name, never with a list of the
 * Counterpoint fields it lacks.
 */
class ForeignFormatsTest {

    private final StoryOpener opener = new StoryOpener();

    private String onlyMessage(byte[] content) {
        LoadResult result = opener.open("f", content);
        assertFalse(result.isValid());
        assertEquals(1, result.problems().size(), result.problems()::toString);
        return result.problems().get(0).message();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": "
                        + "\"Point\", \"coordinates\": [1, 2]}}]} | a GeoJSON file",
                "{\"type\": \"Point\", \"coordinates\": [1, 2]} | a GeoJSON file",
                "{\"storymap\": {\"slides\": []}} | a StoryMapJS file",
                "{\"feed\": {\"entry\": [{\"gsx$year\": {\"$t\": \"2017\"}}]}} | a Google Sheets JSON feed",
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"properties\": {}} | a JSON Schema",
                "<?xml version=\"1.0\"?><data><event start=\"May 2 2017\" title=\"x\"/></data> | a SIMILE Timeline",
                "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark/></kml> | a KML map file",
                "<!DOCTYPE html><html><body>news</body></html> | a web page (HTML)",
                "<?xml version=\"1.0\"?><note/> | an XML file",
                "BEGIN:VCALENDAR VERSION:2.0 END:VCALENDAR | an iCalendar file",
                "// settings {\"input\": \"a\"} | JSON with comments",
                "/* settings */ {\"input\": \"a\"} | JSON with comments",
            })
    void textOfAnotherFormatIsNamed(String content, String named) {
        String message = onlyMessage(content.getBytes(StandardCharsets.UTF_8));
        assertTrue(message.startsWith("this looks like " + named), message);
        assertTrue(message.endsWith(ForeignFormats.WHAT_OPENS.english()), message);
        assertFalse(message.contains("\"format\""), message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "%PDF-1.7 | a PDF document",
                "GIF89a | a picture",
            })
    void binaryFilesOfAKnownKindAreNamed(String start, String named) {
        byte[] content = (start + "\u0000\u0001\u0002binary").getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(onlyMessage(content).startsWith("this looks like " + named));
    }

    @org.junit.jupiter.api.Test
    void officeFilesAndOldWorkbooksAreNamed() throws IOException {
        assertTrue(onlyMessage(zip("word/document.xml")).startsWith("this looks like a Word document"));
        assertTrue(onlyMessage(zip("ppt/presentation.xml")).startsWith("this looks like a PowerPoint"));
        assertTrue(onlyMessage(zip("notes.txt")).startsWith("this looks like a ZIP archive"));
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertTrue(onlyMessage(ole).startsWith("this looks like an Excel 97–2003 workbook (.xls)"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertTrue(onlyMessage(png).startsWith("this looks like a picture"));
    }

    @org.junit.jupiter.api.Test
    void aPlainListSaysWhatAListMustBe() {
        String message = onlyMessage("[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        assertTrue(message.startsWith("this file is a plain list [ … ], not a story"), message);
        assertTrue(message.contains("vis-timeline items"), message);
    }

    @org.junit.jupiter.api.Test
    void counterpointsOwnSchemaIsNamedAsASchemaNotCheckedAsAStory() throws IOException {
        byte[] schema = Files.readAllBytes(Path.of("resources/counterpoint-story.schema.json"));
        assertTrue(onlyMessage(schema).startsWith("this looks like a JSON Schema"));
    }

    @org.junit.jupiter.api.Test
    void aStoryWithoutItsFormatFieldIsStillToldWhatToAdd() {
        LoadResult result = opener.open("s.json", "{\"title\": \"t\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(
                result.problems().stream().anyMatch(p -> p.message().contains("add \"format\": \"counterpoint/1\"")),
                result.problems()::toString);
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

    @org.junit.jupiter.api.Test
    void jsonWithNoneOfAStorysFieldsIsNamedAsAnotherProgramsFileByItsOwnFields() {
        String json = "{\"IcoMoonType\": \"selection\", \"icons\": [{\"paths\": []}], \"height\": 1024,"
                + " \"metadata\": {}, \"preferences\": {}, \"more\": 1}";
        String message = onlyMessage(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(
                message.startsWith("this JSON is not a story nor a timeline Counterpoint knows: it has none of a "
                        + "story's fields (format, title, actors, events) but IcoMoonType, icons, height, metadata, "
                        + "preferences, …, as some other program's file has"),
                message);
        assertTrue(message.endsWith(ForeignFormats.WHAT_OPENS.english()), message);
    }

    @org.junit.jupiter.api.Test
    void aStoryMissingItsFormatStillListsWhatItLacks() {
        LoadResult result = opener.open("f", "{\"title\": \"t\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(result.problems().get(0).message().startsWith("the required field 'format' is missing"));
        LoadResult empty = opener.open("f", "{}".getBytes(StandardCharsets.UTF_8));
        assertTrue(empty.problems().get(0).message().startsWith("the required field 'format' is missing"));
    }
}
