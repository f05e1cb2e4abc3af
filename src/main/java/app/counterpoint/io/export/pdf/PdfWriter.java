package app.counterpoint.io.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays {@link PdfContent} out on A4 pages and writes the PDF: text wrapped to the margins (a word too long for a line
 * is broken), right-to-left paragraphs right-aligned and in visual order, tables whose rows move to the next page
 * whole when they fit on one (the header repeated), page numbers at the foot. Nothing is drawn outside the margins.
 */
public final class PdfWriter {

    /** A4, in points. */
    static final PDRectangle PAGE = PDRectangle.A4;
    /** Every side's margin, in points (2 cm). */
    public static final float MARGIN = 56.7f;

    private static final float FOOTER_SIZE = 8f;
    private static final float CELL_PAD = 4f;
    private static final float LABEL_SHARE = 0.2f;

    private PDDocument document;
    private PdfFonts fonts;
    private PDPageContentStream content;
    private float y;
    private final List<PDPage> pages = new ArrayList<>();

    /** The PDF of {@code pdf}, ready to be written to a file. */
    public byte[] write(PdfContent pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            fonts = new PdfFonts(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(pdf.title());
            info.setCreator("Counterpoint");
            info.setCreationDate(Calendar.getInstance());
            newPage();
            List<PdfBlock> blocks = pdf.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                PdfBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                PdfBlock after = i + 2 < blocks.size() ? blocks.get(i + 2) : null;
                if (blocks.get(i) instanceof PdfBlock.Heading h && next instanceof PdfBlock.Table t) {
                    heading(h, tableLead(t)); // a heading goes with its table's header and first row
                } else if (blocks.get(i) instanceof PdfBlock.Heading h
                        && next instanceof PdfBlock.Paragraph p
                        && after instanceof PdfBlock.Table t) {
                    Style style = p.muted() ? Style.MUTED : Style.BODY;
                    float paragraph = lines(p.text(), style, width()).size() * style.leading() + style.size;
                    heading(h, paragraph + tableLead(t)); // and with the line between them
                } else {
                    block(blocks.get(i));
                }
            }
            content.close();
            footers(pdf.footer());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } finally {
            document = null;
            content = null;
            pages.clear();
        }
    }

    private static float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    private static float bottom() {
        return MARGIN + 2 * FOOTER_SIZE;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private void block(PdfBlock block) throws IOException {
        if (block instanceof PdfBlock.Heading h) {
            heading(h);
        } else if (block instanceof PdfBlock.Paragraph p) {
            Style style = p.muted() ? Style.MUTED : Style.BODY;
            text(p.text(), style, MARGIN, width());
            y -= style.size * 0.6f;
        } else if (block instanceof PdfBlock.Question q) {
            question(q);
        } else if (block instanceof PdfBlock.Table t) {
            table(t);
        } else if (block instanceof PdfBlock.PageBreak) {
            newPage();
        }
    }

    private void heading(PdfBlock.Heading h) throws IOException {
        heading(h, 2 * Style.BODY.leading());
    }

    /** @param follow the height of what must stand on the same page after the heading */
    private void heading(PdfBlock.Heading h, float follow) throws IOException {
        Style style = h.level() <= 1 ? Style.TITLE : h.level() == 2 ? Style.HEADING : Style.SUBHEADING;
        List<String> lines = lines(h.text(), style, width());
        // a heading never stands alone at the foot of a page: it goes with what follows it
        float full = PAGE.getHeight() - MARGIN - bottom();
        if (y - lines.size() * style.leading() - Math.min(follow, full / 2) < bottom()) {
            newPage();
        }
        if (y < PAGE.getHeight() - MARGIN) {
            y -= style.size * 0.5f;
        }
        draw(lines, style, MARGIN, width(), VisualText.isRightToLeft(h.text()));
        y -= style.size * 0.4f;
    }

    private void question(PdfBlock.Question q) throws IOException {
        Style style = Style.BODY;
        float indent = fonts.bold.getStringWidth("000.") / 1000 * style.size + 6;
        List<String> lines = lines(q.text(), style, width() - indent);
        float needed = (lines.size() + (q.prompt() == null ? 0 : 1.6f)) * style.leading();
        if (y - needed < bottom() && needed < y - bottom() + (PAGE.getHeight() - 2 * MARGIN)) {
            newPage();
        }
        // a right-to-left question is laid out as its readers read it: the number at the right, the prompt after it
        boolean rightToLeft = VisualText.isRightToLeft(q.text());
        float top = y;
        y -= style.ascent();
        String number = visual(q.number(), true, rightToLeft);
        drawAt(
                number,
                Style.BODY_BOLD,
                rightToLeft ? MARGIN + width() - Style.BODY_BOLD.width(fonts, number) : MARGIN,
                y);
        y = top;
        draw(lines, style, rightToLeft ? MARGIN : MARGIN + indent, width() - indent, rightToLeft);
        if (q.prompt() != null) {
            y -= style.leading() * 0.4f;
            ensureRoom(style.leading());
            y -= style.ascent();
            String prompt = visual(q.prompt(), false, rightToLeft);
            float promptWidth = Style.MUTED.width(fonts, prompt);
            float promptX = rightToLeft ? MARGIN + width() - indent - promptWidth : MARGIN + indent;
            drawAt(prompt, Style.MUTED, promptX, y);
            content.setLineWidth(0.6f);
            content.setStrokingColor(0.35f);
            content.moveTo(rightToLeft ? MARGIN : promptX + promptWidth + 6, y - 2);
            content.lineTo(rightToLeft ? promptX - 6 : MARGIN + width(), y - 2);
            content.stroke();
            y -= style.leading() - style.ascent();
        }
        y -= style.size * 0.7f;
    }

    private void table(PdfBlock.Table t) throws IOException {
        int columns = t.headers().size();
        float labelWidth = width() * LABEL_SHARE;
        float cellWidth = (width() - labelWidth) / Math.max(1, columns);
        Style cell = Style.CELL;
        Style head = Style.CELL_BOLD;
        List<List<String>> headerLines = new ArrayList<>();
        headerLines.add(lines(t.corner(), head, labelWidth - 2 * CELL_PAD));
        for (String header : t.headers()) {
            headerLines.add(lines(header, head, cellWidth - 2 * CELL_PAD));
        }
        // the header never stands alone at the foot of a page
        if (y - Math.min(tableLead(t), (PAGE.getHeight() - MARGIN - bottom()) / 2) < bottom()) {
            newPage();
        }
        row(headerLines, head, labelWidth, cellWidth, true);
        for (PdfBlock.Row r : t.rows()) {
            List<List<String>> cells = new ArrayList<>();
            cells.add(lines(r.label(), head, labelWidth - 2 * CELL_PAD));
            for (int c = 0; c < columns; c++) {
                String text = c < r.cells().size() ? r.cells().get(c) : "";
                cells.add(lines(text, cell, cellWidth - 2 * CELL_PAD));
            }
            float height = height(cells, cell);
            if (y - height < bottom() && height <= PAGE.getHeight() - MARGIN - bottom()) {
                newPage();
                row(headerLines, head, labelWidth, cellWidth, true);
            }
            row(cells, cell, labelWidth, cellWidth, false);
        }
        y -= Style.BODY.size;
    }

    /** The height of a table's header row and its first row. */
    private float tableLead(PdfBlock.Table t) throws IOException {
        int columns = t.headers().size();
        float labelWidth = width() * LABEL_SHARE;
        float cellWidth = (width() - labelWidth) / Math.max(1, columns);
        List<List<String>> header = new ArrayList<>();
        header.add(lines(t.corner(), Style.CELL_BOLD, labelWidth - 2 * CELL_PAD));
        for (String h : t.headers()) {
            header.add(lines(h, Style.CELL_BOLD, cellWidth - 2 * CELL_PAD));
        }
        float lead = height(header, Style.CELL_BOLD);
        if (!t.rows().isEmpty()) {
            PdfBlock.Row r = t.rows().get(0);
            List<List<String>> first = new ArrayList<>();
            first.add(lines(r.label(), Style.CELL_BOLD, labelWidth - 2 * CELL_PAD));
            for (int c = 0; c < columns; c++) {
                first.add(lines(c < r.cells().size() ? r.cells().get(c) : "", Style.CELL, cellWidth - 2 * CELL_PAD));
            }
            lead += height(first, Style.CELL);
        }
        return lead;
    }

    private static float height(List<List<String>> cells, Style style) {
        int most = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, most) * style.leading() + 2 * CELL_PAD;
    }

    /** One table row; a row taller than a page goes on over the next pages, line by line. */
    private void row(List<List<String>> cells, Style style, float labelWidth, float cellWidth, boolean header)
            throws IOException {
        int most = Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
        int from = 0;
        while (from < most) {
            float room = y - bottom() - 2 * CELL_PAD;
            int fit = Math.max(1, Math.min(most - from, (int) (room / style.leading())));
            if (room < style.leading()) {
                newPage();
                continue;
            }
            float top = y;
            float height = fit * style.leading() + 2 * CELL_PAD;
            if (header) {
                content.setNonStrokingColor(0.92f);
                content.addRect(MARGIN, top - height, width(), height);
                content.fill();
            }
            for (int c = 0; c < cells.size(); c++) {
                float x = c == 0 ? MARGIN : MARGIN + labelWidth + (c - 1) * cellWidth;
                float w = c == 0 ? labelWidth : cellWidth;
                List<String> lines = cells.get(c);
                List<String> part = lines.subList(Math.min(from, lines.size()), Math.min(from + fit, lines.size()));
                y = top - CELL_PAD;
                Style s = c == 0 || header ? Style.CELL_BOLD : style;
                draw(part, s, x + CELL_PAD, w - 2 * CELL_PAD, lines.stream().anyMatch(VisualText::hasRightToLeft));
            }
            content.setLineWidth(0.5f);
            content.setStrokingColor(0.6f);
            for (int c = 0; c <= cells.size(); c++) {
                float x = c == 0 ? MARGIN : MARGIN + labelWidth + (c - 1) * cellWidth;
                content.moveTo(x, top);
                content.lineTo(x, top - height);
            }
            content.moveTo(MARGIN, top);
            content.lineTo(MARGIN + width(), top);
            content.moveTo(MARGIN, top - height);
            content.lineTo(MARGIN + width(), top - height);
            content.stroke();
            y = top - height;
            from += fit;
            if (from < most) {
                newPage();
            }
        }
    }

    private void ensureRoom(float height) throws IOException {
        if (y - height < bottom()) {
            newPage();
        }
    }

    /** A paragraph wrapped into lines no wider than {@code width}, in logical order, Arabic already shaped. */
    private List<String> lines(String text, Style style, float width) throws IOException {
        String drawable = fonts.drawable(text == null ? "" : text, style.bold);
        if (VisualText.hasRightToLeft(drawable)) {
            drawable = VisualText.shaped(drawable);
        }
        return LineBreaker.wrap(drawable, s -> style.width(fonts, s), width);
    }

    /**
     * One line of text as drawn: the font's characters, Arabic shaped and in visual order.
     *
     * @param inRightToLeft whether it stands in a right-to-left layout: "١." is then drawn with its point on the left
     */
    private String visual(String text, boolean bold, boolean inRightToLeft) {
        String drawable = fonts.drawable(text, bold);
        boolean rightToLeft = inRightToLeft || VisualText.isRightToLeft(drawable);
        return VisualText.visual(
                VisualText.hasRightToLeft(drawable) ? VisualText.shaped(drawable) : drawable, rightToLeft);
    }

    private void text(String text, Style style, float x, float width) throws IOException {
        draw(lines(text, style, width), style, x, width, VisualText.isRightToLeft(text));
    }

    /** Draws lines from the current y down, starting a new page whenever one would cross the bottom margin. */
    private void draw(List<String> lines, Style style, float x, float width, boolean rightToLeft) throws IOException {
        for (String line : lines) {
            ensureRoom(style.leading());
            y -= style.ascent();
            String visual = VisualText.visual(line, rightToLeft);
            float lineX = rightToLeft ? x + width - style.width(fonts, visual) : x;
            drawAt(visual, style, lineX, y);
            y -= style.leading() - style.ascent();
        }
    }

    private void drawAt(String visual, Style style, float x, float baseline) throws IOException {
        if (visual.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(style.font(fonts), style.size);
        content.setNonStrokingColor(style.grey);
        content.newLineAtOffset(x, baseline);
        content.showText(visual);
        content.endText();
    }

    private void footers(String footer) throws IOException {
        int count = pages.size();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream foot =
                    new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                PDType0Font font = fonts.regular;
                String number = (i + 1) + " / " + count;
                float numberWidth = font.getStringWidth(number) / 1000 * FOOTER_SIZE;
                String left = fonts.drawable(footer, false);
                float room = width() - numberWidth - 12;
                List<String> fitted = LineBreaker.wrap(left, s -> Style.width(font, s, FOOTER_SIZE), room);
                foot.setNonStrokingColor(0.45f);
                foot.beginText();
                foot.setFont(font, FOOTER_SIZE);
                foot.newLineAtOffset(MARGIN, MARGIN);
                String first = fitted.isEmpty() ? "" : fitted.get(0);
                boolean rtl = VisualText.isRightToLeft(first);
                foot.showText(VisualText.visual(rtl ? VisualText.shaped(first) : first, rtl));
                foot.endText();
                foot.beginText();
                foot.newLineAtOffset(MARGIN + width() - numberWidth, MARGIN);
                foot.showText(number);
                foot.endText();
            }
        }
    }

    /** The type of one kind of text. */
    private enum Style {
        TITLE(19, true, 0f),
        HEADING(14, true, 0f),
        SUBHEADING(11.5f, true, 0.15f),
        BODY(10.5f, false, 0f),
        BODY_BOLD(10.5f, true, 0f),
        MUTED(9.5f, false, 0.35f),
        CELL(9.5f, false, 0f),
        CELL_BOLD(9.5f, true, 0f);

        final float size;
        final boolean bold;
        final float grey;

        Style(float size, boolean bold, float grey) {
            this.size = size;
            this.bold = bold;
            this.grey = grey;
        }

        float leading() {
            return size * 1.3f;
        }

        float ascent() {
            return size * 0.95f;
        }

        PDType0Font font(PdfFonts fonts) {
            return bold ? fonts.bold : fonts.regular;
        }

        float width(PdfFonts fonts, String text) {
            return width(font(fonts), text, size);
        }

        static float width(PDType0Font font, String text, float size) {
            try {
                return font.getStringWidth(VisualText.withoutDirectionMarks(text)) / 1000 * size;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
