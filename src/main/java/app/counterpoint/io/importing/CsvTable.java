package app.counterpoint.io.importing;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.LocatedJsonParser;
import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.io.problem.Problems;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read with Jackson's CSV parser: a header row and the data rows, each with the line it starts on. The
 * separator (comma, semicolon or tab, as spreadsheets in different countries write) is taken from the header line.
 */
public final class CsvTable {

    /** One data row; {@code line} is where it starts in the file, 1-based; each cell keeps where it starts. */
    record Row(int line, List<String> cells, List<int[]> positions) {}

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(ReadLimits.MAX_FILE_BYTES)
                    .maxStringLength(LocatedJsonParser.MAX_STRING_CHARS)
                    .build())
            .build();

    private final Map<String, Integer> columns;
    private final List<Row> rows;
    private final int headerSize;
    private final int headerLine;

    private CsvTable(Map<String, Integer> columns, List<Row> rows, int headerSize, int headerLine) {
        this.columns = columns;
        this.rows = rows;
        this.headerSize = headerSize;
        this.headerLine = headerLine;
    }

    /** The normalised header names (lower case, single spaces) of the first row, or an empty list. */
    public static List<String> header(byte[] content, int start, int length) {
        int end = start;
        int limit = Math.min(start + length, start + 64 * 1024);
        while (end < limit && content[end] != '\n' && content[end] != '\r') {
            end++;
        }
        String line = new String(content, start, end - start, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        try (CsvParser parser = parser(content, start, end - start, separator(line))) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
                if (token == JsonToken.VALUE_STRING) {
                    names.add(normalise(parser.getText()));
                }
            }
        } catch (IOException e) {
            return List.of(); // a first line that is not even CSV names no known format
        }
        return names;
    }

    /** Reads the whole table; returns {@code null} after adding the problem that stopped reading. */
    public static CsvTable read(byte[] content, int start, int length, Problems problems) {
        int headerEnd = start;
        while (headerEnd < start + length && content[headerEnd] != '\n' && content[headerEnd] != '\r') {
            headerEnd++;
        }
        char separator =
                separator(new String(content, start, Math.min(headerEnd - start, 64 * 1024), StandardCharsets.UTF_8));
        List<List<String>> records = new ArrayList<>();
        List<List<int[]>> positions = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CsvParser parser = null;
        try {
            parser = parser(content, start, length, separator);
            List<String> current = null;
            List<int[]> currentPositions = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    current = new ArrayList<>();
                    currentPositions = new ArrayList<>();
                } else if (token == JsonToken.VALUE_STRING && current != null) {
                    current.add(parser.getText());
                    JsonLocation at = parser.currentTokenLocation();
                    currentPositions.add(new int[] {at.getLineNr(), at.getColumnNr()});
                    if (current.size() == 1) {
                        // a row starts where its first cell does (Jackson puts START_ARRAY at the previous token)
                        lines.add(at.getLineNr());
                    }
                } else if (token == JsonToken.END_ARRAY && current != null) {
                    records.add(current);
                    positions.add(currentPositions);
                    current = null;
                }
            }
        } catch (StreamConstraintsException e) {
            // the parser stopped inside the cell it was reading, which starts where its current token does
            JsonLocation at =
                    e.getLocation() != null || parser == null ? e.getLocation() : parser.currentTokenLocation();
            problems.addAtCharColumn(
                    at == null ? 1 : at.getLineNr(),
                    at == null ? 1 : at.getColumnNr(),
                    LocalText.of("problem.csv.cellTooLarge", LocatedJsonParser.constraintText(e.getOriginalMessage())));
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.addAtCharColumn(
                    at == null ? 1 : at.getLineNr(),
                    Math.max(1, at == null ? 1 : at.getColumnNr()),
                    plain(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.addAtCharColumn(1, 1, LocalText.of("problem.file.unfinished"));
            return null;
        } finally {
            closeQuietly(parser);
        }
        if (records.isEmpty()) {
            problems.addAtCharColumn(1, 1, LocalText.of("problem.file.empty"));
            return null;
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.get(0);
        List<int[]> headerPositions = positions.get(0);
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            Integer first = columns.putIfAbsent(name, i);
            if (first != null && !name.isEmpty()) {
                int[] at = headerPositions.get(i);
                problems.addAtCharColumn(
                        at[0],
                        at[1],
                        LocalText.of("problem.csv.repeatedColumn", header.get(i).strip(), first + 1, i + 1));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                Row row = new Row(Math.max(1, lines.get(r)), cells, positions.get(r));
                checkUnnamedCells(row, header, problems);
                rows.add(row);
            }
        }
        return new CsvTable(columns, rows, header.size(), Math.max(1, lines.get(0)));
    }

    /** A filled cell beyond the header's columns, or under a column without a name, would be lost: say so. */
    private static void checkUnnamedCells(Row row, List<String> header, Problems problems) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cells().get(i).isBlank()
                    || (i < header.size() && !header.get(i).isBlank())) {
                continue;
            }
            int[] at = row.positions().get(i);
            problems.addAtCharColumn(
                    at[0],
                    at[1],
                    i >= header.size()
                            ? LocalText.of("problem.csv.extraCells", row.cells().size(), header.size())
                            : LocalText.of("problem.csv.unnamedColumn", i + 1));
            return; // one problem per row: the rest of its extra cells are the same mistake
        }
    }

    private static void closeQuietly(CsvParser parser) {
        if (parser == null) {
            return;
        }
        try {
            parser.close();
        } catch (IOException e) {
            // closing a parser over an in-memory array releases buffers only; nothing can be lost here
            throw new IllegalStateException("closing an in-memory CSV parser failed", e);
        }
    }

    private static CsvParser parser(byte[] content, int start, int length, char separator) throws IOException {
        CsvParser parser = FACTORY.createParser(content, start, length);
        parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
        parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        return parser;
    }

    /** The separator used most on the header line: a comma unless semicolons or tabs win. */
    private static char separator(String headerLine) {
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Jackson's CSV messages in a teacher's words: what is wrong with the quotation marks, and what to do. */
    private static LocalText plain(String jackson) {
        String m = jackson == null ? "" : jackson;
        if (m.startsWith("Missing closing quote")) {
            return LocalText.of("problem.csv.unclosedQuote");
        }
        if (m.contains("Expected column separator character")) {
            return LocalText.of("problem.csv.afterQuote");
        }
        return LocalText.of("problem.csv.quotes");
    }

    /**
     * A table of a spreadsheet's cells, read as a CSV file would be: {@code header} names the columns (case and
     * spacing aside), each row keeps its row and column numbers as its cells' line and column.
     */
    static CsvTable of(List<String> header, int headerLine, List<Row> rows) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(normalise(header.get(i)), i);
        }
        return new CsvTable(columns, List.copyOf(rows), header.size(), headerLine);
    }

    /** The normalised name of a header cell, as columns are looked up: "End Year" is "end year". */
    static String columnName(String header) {
        return normalise(header);
    }

    /** The normalised names of the header's columns, in no particular order. */
    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The trimmed cell of a named column; {@code null} when the column is absent or the cell blank. */
    String cell(Row row, String column) {
        Integer at = columns.get(column);
        if (at == null || at >= row.cells().size()) {
            return null;
        }
        String value = row.cells().get(at).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * Adds a problem at a row's cell in a named column, or at the row's start when it has no such cell; a row that
     * is too short for the column says so, since a missing separator is the likely mistake.
     */
    void problem(Problems problems, Row row, String column, LocalText message) {
        Integer at = columns.get(column);
        if (at == null) {
            problems.addAtCharColumn(row.line(), 1, message);
        } else if (at >= row.positions().size()) {
            problems.addAtCharColumn(
                    row.line(),
                    1,
                    LocalText.of("problem.csv.shortRow", message, row.cells().size(), headerSize));
        } else {
            int[] position = row.positions().get(at);
            problems.addAtCharColumn(position[0], position[1], message);
        }
    }

    List<Row> rows() {
        return rows;
    }

    int headerLine() {
        return headerLine;
    }
}
