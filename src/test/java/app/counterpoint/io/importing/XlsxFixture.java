package app.counterpoint.io.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small .xlsx workbooks for tests, part by part as the Office Open XML standard has them (no file is copied
 * from anywhere): sheets of cells that are texts, numbers, or numbers shown as dates or times through a style.
 */
public final class XlsxFixture {

    /** A cell's style: 0 general, 1 a date (built-in format 14), 2 a time (built-in 20), 3 a custom date format. */
    public static final int GENERAL = 0;

    public static final int DATE = 1;
    public static final int TIME = 2;
    public static final int CUSTOM_DATE = 3;

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    /** A sheet; each row a list of cells: a String, a Number, or a {@link Styled} number. */
    public XlsxFixture sheet(String name, List<List<Object>> rows) {
        sheets.put(name, rows);
        return this;
    }

    /** A number shown through a style, such as a date serial shown as a date. */
    public record Styled(Number value, int style) {}

    public byte[] bytes() {
        return zip(parts());
    }

    /** The workbook's parts by name, to be zipped (or changed first, to make a damaged or hostile workbook). */
    public Map<String, byte[]> parts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int n = 0;
        for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
            n++;
            types.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(n)
                    .append(".xml\" ContentType=\"application/"
                            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"")
                    .append(escape(sheet.getKey()))
                    .append("\" sheetId=\"")
                    .append(n)
                    .append("\" r:id=\"rId")
                    .append(n)
                    .append("\"/>");
            rels.append("<Relationship Id=\"rId")
                    .append(n)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            + "worksheet\" Target=\"worksheets/sheet")
                    .append(n)
                    .append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + n + ".xml", utf8(sheetXml(sheet.getValue())));
        }
        rels.append("<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        types.append("</Types>");
        workbook.append("</sheets></workbook>");
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", utf8(types.toString()));
        all.put(
                "_rels/.rels",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        all.put("xl/workbook.xml", utf8(workbook.toString()));
        all.put("xl/_rels/workbook.xml.rels", utf8(rels.toString()));
        all.put(
                "xl/styles.xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"d&quot; &quot;mmm&quot; "
                        + "&quot;yyyy\"/></numFmts>"
                        + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
                        + "<xf numFmtId=\"20\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
                        + "</cellXfs></styleSheet>"));
        all.putAll(parts);
        return all;
    }

    /** A ZIP of these parts, deflated. */
    public static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sheetXml(List<List<Object>> rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                String ref = column(c) + (r + 1);
                if (cell == null) {
                    continue;
                }
                if (cell instanceof Styled styled) {
                    xml.append("<c r=\"")
                            .append(ref)
                            .append("\" s=\"")
                            .append(styled.style())
                            .append("\"><v>");
                    xml.append(styled.value()).append("</v></c>");
                } else if (cell instanceof Number number) {
                    xml.append("<c r=\"")
                            .append(ref)
                            .append("\"><v>")
                            .append(number)
                            .append("</v></c>");
                } else {
                    xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>");
                    xml.append(escape(cell.toString())).append("</t></is></c>");
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    static String column(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            sb.insert(0, (char) ('A' + i % 26));
        }
        return sb.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Rows from cells, for brevity. */
    public static List<List<Object>> rows(Object[]... rows) {
        List<List<Object>> out = new ArrayList<>();
        for (Object[] row : rows) {
            out.add(java.util.Arrays.asList(row));
        }
        return out;
    }
}
