package app.counterpoint.io.importing;

import static app.counterpoint.io.importing.XlsxFixture.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.importing.XlsxFixture.Styled;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** .xlsx workbooks, written by the test itself, opened with the two layouts the CSV import reads. */
class WorkbookImportTest {

    private static final Object[] TEMPLATE_HEADER = {
        "Year",
        "Month",
        "Day",
        "Time",
        "End Year",
        "End Month",
        "End Day",
        "End Time",
        "Display Date",
        "Headline",
        "Text",
        "Media",
        "Media Credit",
        "Media Caption",
        "Media Thumbnail",
        "Type",
        "Group",
        "Background"
    };

    private final StoryOpener opener = new StoryOpener();

    private static double serial(int year, int month, int day) {
        return ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.of(year, month, day));
    }

    private static Object[] row(Object... cells) {
        Object[] full = new Object[TEMPLATE_HEADER.length];
        System.arraycopy(cells, 0, full, 0, cells.length);
        return full;
    }

    private static byte[] template() {
        return new XlsxFixture()
                .sheet("Notes", rows(new Object[] {"Read me first"}, new Object[] {"The timeline is on od1"}))
                .sheet(
                        "od1",
                        rows(
                                TEMPLATE_HEADER,
                                row(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "A <b>sheet</b> timeline",
                                        "Written for the tests",
                                        null,
                                        null,
                                        null,
                                        null,
                                        "title"),
                                row(
                                        2017,
                                        5,
                                        2,
                                        new Styled(14.5 / 24, XlsxFixture.TIME),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "Phone call",
                                        "<p>They spoke.</p>",
                                        "https://example.org/call",
                                        "Agency",
                                        "The call",
                                        null,
                                        null,
                                        "Diplomacy"),
                                row(
                                        "2017",
                                        "7",
                                        null,
                                        null,
                                        "2017",
                                        "8",
                                        null,
                                        null,
                                        null,
                                        "Summer talks",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "Diplomacy"),
                                row(-13800000000L, null, null, null, null, null, null, null, null, "Everything begins"),
                                row(
                                        2016,
                                        null,
                                        null,
                                        null,
                                        2018,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "Years of talks",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "era")))
                .bytes();
    }

    private LoadResult open(String name, byte[] content) {
        return opener.open(name, content);
    }

    @Test
    void theTemplateSheetIsFoundByItsNameAndReadAsTheCsvTemplateIs() {
        LoadResult result = open("timeline.xlsx", template());
        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals(StoryFormat.TIMELINEJS_XLSX, result.format());
        Story story = result.story();
        assertEquals("A sheet timeline", story.title());
        assertEquals("Written for the tests", story.description());
        assertEquals(
                List.of("Phone call", "Summer talks", "Everything begins", "Years of talks"),
                story.events().stream().map(Event::title).toList());
        assertEquals(
                List.of("2 May 2017, 14:30", "July 2017 – August 2017", "13.8 billion years ago", "2016 – 2018"),
                story.events().stream().map(Event::dateText).toList());
        assertEquals("They spoke.", story.events().get(0).summary());
        assertEquals("https://example.org/call", story.sources().get(0).url());
        assertEquals(
                List.of("Diplomacy", "Eras"),
                story.topics().stream().map(t -> t.label()).toList());
    }

    @Test
    void aStatementsSheetReadsDatesTypedAsDatesOrAsText() {
        byte[] workbook = new XlsxFixture()
                .sheet(
                        "Sheet1",
                        rows(
                                new Object[] {"event", "event_date", "actor", "topic", "kind", "text", "source", "date"
                                },
                                new Object[] {
                                    "Call",
                                    new Styled(serial(2017, 5, 2), XlsxFixture.DATE),
                                    "White House",
                                    "Syria",
                                    "quote",
                                    "We spoke.",
                                    "https://example.org/wh",
                                    new Styled(serial(2017, 5, 2) + 0.75, XlsxFixture.CUSTOM_DATE)
                                },
                                new Object[] {
                                    "Call",
                                    null,
                                    "Kremlin",
                                    "Syria; Terror",
                                    "paraphrase",
                                    "They spoke.",
                                    "Press release",
                                    "2017-05-03"
                                }))
                .bytes();
        LoadResult result = open("statements.xlsx", workbook);
        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals(StoryFormat.STATEMENTS_XLSX, result.format());
        Story story = result.story();
        assertEquals("2 May 2017", story.events().get(0).dateText());
        assertEquals(
                List.of("2 May 2017, 18:00", "3 May 2017"),
                story.statements().stream().map(s -> s.date().toDisplayString()).toList());
        assertEquals(
                List.of("White House", "Kremlin"),
                story.statements().stream()
                        .map(Statement::actorId)
                        .map(id -> story.actor(id).orElseThrow().name())
                        .toList());
    }

    @Test
    void aBadCellIsNamedByItsRowAndColumn() {
        byte[] workbook = new XlsxFixture()
                .sheet(
                        "Timeline",
                        rows(
                                TEMPLATE_HEADER,
                                row(2017, 5, 2, null, null, null, null, null, null, "Fine"),
                                row(2017, 13, null, null, null, null, null, null, null, "Bad month")))
                .bytes();
        LoadResult result = open("w.xlsx", workbook);
        assertEquals(
                List.of(
                        "w.xlsx:3:2: read as TimelineJS .xlsx: Month: month 13 is impossible; it must lie between 1 and "
                                + "12"),
                result.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void aSheetOfNeitherLayoutSaysWhatItsFirstRowShouldBe() {
        byte[] workbook = new XlsxFixture()
                .sheet("Budget", rows(new Object[] {"Item", "Cost"}, new Object[] {"Paper", 12}))
                .bytes();
        String message = open("b.xlsx", workbook).problems().get(0).message();
        assertTrue(message.startsWith("this is an Excel workbook, but the first row of its sheet 'Budget' is neither"));
    }

    /**
     * A zip bomb: a real workbook whose sheet holds one cell of 100 MB of text packs to a few hundred kilobytes. It
     * is refused, and refusing it allocates a few megabytes at most: it is unpacked into a small buffer, never into
     * memory (without the guard, reading that cell alone allocates hundreds of megabytes).
     */
    @Test
    void aZipBombIsRefusedInBoundedMemory() {
        Map<String, byte[]> parts = new XlsxFixture()
                .sheet("od1", rows(new Object[] {"Year", "Headline"}, new Object[] {2017, "x"}))
                .parts();
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>";
        String tail = "</t></is></c></row></sheetData></worksheet>";
        byte[] sheet = new byte[100 * 1024 * 1024];
        java.util.Arrays.fill(sheet, (byte) 'x');
        System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, sheet, 0, head.length());
        System.arraycopy(tail.getBytes(StandardCharsets.UTF_8), 0, sheet, sheet.length - tail.length(), tail.length());
        parts.put("xl/worksheets/sheet1.xml", sheet);
        byte[] bomb = XlsxFixture.zip(parts);
        assertTrue(bomb.length < 1024 * 1024, "the bomb packs small: " + bomb.length);

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        LoadResult result = open("bomb.xlsx", bomb);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertFalse(result.isValid());
        assertNull(result.format());
        String message = result.problems().get(0).message();
        assertTrue(message.contains("as a zip bomb does: it is not read"), message);
        assertTrue(allocated < 16 * 1024 * 1024, "allocated " + allocated + " bytes refusing a zip bomb");
    }

    @Test
    void aSheetOfMoreRowsThanTheLimitIsRefusedLikeAnOversizeFile() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Year", "Headline"));
        for (int i = 0; i <= WorkbookTable.MAX_ROWS; i++) {
            rows.add(List.of(2000 + i % 20, "e"));
        }
        LoadResult result =
                open("big.xlsx", new XlsxFixture().sheet("Sheet1", rows).bytes());
        assertEquals(
                "read as an .xlsx workbook: the sheet has more than 100,000 rows, more than Counterpoint opens; keep "
                        + "the timeline's rows in a sheet of their own",
                result.problems().get(0).message());
    }

    /** Deflate64 and the other rare ZIP methods are refused before anything tries to unpack them. */
    @Test
    void aWorkbookPackedWithARareMethodIsRefused() {
        byte[] workbook = template();
        // every part's method (2 bytes after 'PK\3\4' + 4, and after 'PK\1\2' + 6) becomes 9, Deflate64
        for (int i = 0; i + 12 < workbook.length; i++) {
            if (workbook[i] == 'P' && workbook[i + 1] == 'K') {
                if (workbook[i + 2] == 3 && workbook[i + 3] == 4) {
                    workbook[i + 8] = 9;
                } else if (workbook[i + 2] == 1 && workbook[i + 3] == 2) {
                    workbook[i + 10] = 9;
                }
            }
        }
        String message = open("odd.xlsx", workbook).problems().get(0).message();
        assertTrue(message.contains("packed in a way spreadsheet programs never use (ZIP method 9)"), message);
    }

    @Test
    void aDamagedWorkbookIsAPlainProblem() {
        byte[] workbook = template();
        byte[] cut = java.util.Arrays.copyOf(workbook, workbook.length / 2);
        LoadResult result = open("cut.xlsx", cut);
        assertFalse(result.isValid());
        assertTrue(result.problems().get(0).message().startsWith("read as an .xlsx workbook: the workbook cannot be"));
    }
}
