package app.counterpoint.io.importing;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.LocatedJsonParser;
import app.counterpoint.io.problem.Problems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An Excel workbook (.xlsx) read as the CSV import reads a file: the sheet named like TimelineJS's template ("od1",
 * or any with "timeline" in its name), else the first; its first non-empty row the header. Cells typed as dates read
 * as ISO 8601 ("2017-05-02", "2017-05-02T14:30"), times as "14:30", whole numbers without ".0". Read with
 * fastexcel-reader, a streaming reader, after {@link ZipGuard} has checked the ZIP; a sheet of more than
 * {@value #MAX_ROWS} rows is refused like an oversize file.
 */
public final class WorkbookTable {

    /** More rows than a timeline or a sheet of statements needs; beyond it the sheet is refused, not read on. */
    public static final int MAX_ROWS = 100_000;

    /** Columns read per row; the templates use 18. */
    private static final int MAX_COLUMNS = 200;

    private WorkbookTable() {}

    /** Whether the content is an Office Open XML workbook: a ZIP whose parts start with "xl/". */
    public static boolean isWorkbook(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            return false;
        }
        String names = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        return names.contains("xl/") && !names.contains("word/") && !names.contains("ppt/");
    }

    /**
     * The chosen sheet as a table, or {@code null} after adding the problem that stopped reading.
     *
     * @param sheetName receives the name of the sheet read, for messages
     */
    public static CsvTable read(byte[] content, Problems problems, StringBuilder sheetName) {
        Optional<LocalText> refusal = ZipGuard.refusal(content);
        if (refusal.isPresent()) {
            problems.addAtCharColumn(1, 1, refusal.get());
            return null;
        }
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false))) {
            Sheet sheet = chosen(workbook);
            if (sheet == null) {
                problems.addAtCharColumn(1, 1, LocalText.of("problem.workbook.noSheet"));
                return null;
            }
            sheetName.append(sheet.getName());
            try (Stream<Row> stream = sheet.openStream()) {
                return table(stream.iterator(), workbook.isDate1904(), problems);
            }
        } catch (IOException | RuntimeException e) {
            problems.addAtCharColumn(1, 1, LocalText.of("problem.workbook.unreadable", String.valueOf(message(e))));
            return null;
        }
    }

    private static Sheet chosen(ReadableWorkbook workbook) {
        List<Sheet> sheets = workbook.getSheets().toList();
        for (Sheet sheet : sheets) {
            String name = sheet.getName() == null ? "" : sheet.getName().trim().toLowerCase(Locale.ROOT);
            if (name.equals("od1") || name.contains("timeline")) {
                return sheet;
            }
        }
        return sheets.isEmpty() ? null : sheets.get(0);
    }

    private static CsvTable table(Iterator<Row> rows, boolean date1904, Problems problems) {
        List<String> header = null;
        int headerLine = 1;
        List<CsvTable.Row> data = new ArrayList<>();
        int read = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            if (++read > MAX_ROWS) {
                problems.addAtCharColumn(row.getRowNum(), 1, LocalText.of("problem.workbook.rows", MAX_ROWS));
                return null;
            }
            List<String> cells = new ArrayList<>();
            List<int[]> positions = new ArrayList<>();
            int count = Math.min(row.getCellCount(), MAX_COLUMNS);
            for (int c = 0; c < count; c++) {
                String text = text(row.getCell(c), date1904);
                if (text.length() > LocatedJsonParser.MAX_STRING_CHARS) {
                    problems.addAtCharColumn(
                            row.getRowNum(),
                            c + 1,
                            LocalText.of("problem.workbook.longCell", LocatedJsonParser.MAX_STRING_CHARS));
                    return null;
                }
                cells.add(text);
                positions.add(new int[] {row.getRowNum(), c + 1});
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                header = cells;
                headerLine = row.getRowNum();
            } else {
                data.add(new CsvTable.Row(row.getRowNum(), cells, positions));
            }
        }
        if (header == null) {
            problems.addAtCharColumn(1, 1, LocalText.of("problem.workbook.empty"));
            return null;
        }
        return CsvTable.of(header, headerLine, data);
    }

    /** A cell as the text a CSV file would hold for it. */
    static String text(Cell cell, boolean date1904) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER || (cell.getType() == CellType.FORMULA && isNumber(cell))) {
            BigDecimal number = new BigDecimal(cell.getRawValue().trim());
            if (SheetDates.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                return SheetDates.iso(number, date1904);
            }
            return plainNumber(number);
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
        }
        String raw = cell.getRawValue();
        return raw == null ? cell.getText() : raw;
    }

    private static boolean isNumber(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null || raw.isBlank()) {
            return false;
        }
        try {
            new BigDecimal(raw.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String plainNumber(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
