package app.counterpoint.io.export.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A written PDF read back as a reader would: its text (PDFTextStripper), where each glyph stands, and its pages
 * rendered to images (PDFRenderer), to check what a teacher prints.
 */
final class PdfPages {

    /** How far into the margin ink may go: half of it, so a printer that cannot print the outer centimetre loses nothing. */
    static final float INK_LIMIT = PdfWriter.MARGIN / 2;

    final String text;
    final List<String> pageTexts = new ArrayList<>();
    final List<String> glyphsOffPage = new ArrayList<>();
    final List<String> fontsNotEmbeddedAsSubsets = new ArrayList<>();
    final List<BufferedImage> images = new ArrayList<>();
    final int pages;

    PdfPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            Positions positions = new Positions();
            text = positions.getText(document);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(p);
                one.setEndPage(p);
                pageTexts.add(one.getText(document));
            }
            glyphsOffPage.addAll(positions.off);
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded() || !font.getName().matches("[A-Z]{6}\\+.*")) {
                        fontsNotEmbeddedAsSubsets.add(font.getName());
                    }
                }
            }
            PDFRenderer renderer = new PDFRenderer(document);
            for (int p = 0; p < pages; p++) {
                images.add(renderer.renderImageWithDPI(p, 36));
            }
        }
    }

    /** The text with every run of white space as one space, presentation forms as the letters they show. */
    static String flat(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ")
                .trim();
    }

    void assertContains(String expected) {
        assertTrue(flat(text).contains(flat(expected)), () -> "the PDF lacks \"" + expected + "\" in:\n" + text);
    }

    /** Like {@link #assertContains}, in the order the text is drawn: a table cell's lines one after the other. */
    void assertContainsAsDrawn(String expected) {
        String drawn = flat(String.join(" ", pageTexts));
        assertTrue(drawn.contains(flat(expected)), () -> "the PDF lacks \"" + expected + "\" in:\n" + drawn);
    }

    /** No glyph stands outside the margins, and nothing is drawn in the outer half of any margin. */
    void assertNothingRunsOffThePage() {
        assertTrue(glyphsOffPage.isEmpty(), () -> "glyphs outside the margins: " + glyphsOffPage);
        for (int p = 0; p < images.size(); p++) {
            BufferedImage image = images.get(p);
            double scale = image.getWidth() / PdfWriter.PAGE.getWidth();
            int edge = (int) Math.floor(INK_LIMIT * scale);
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    boolean inMargin =
                            x < edge || y < edge || x >= image.getWidth() - edge || y >= image.getHeight() - edge;
                    if (inMargin && (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        int page = p + 1;
                        int px = x;
                        int py = y;
                        assertFalse(true, () -> "ink at " + px + "," + py + " of page " + page + " (36 dpi)");
                    }
                }
            }
        }
    }

    private static final class Positions extends PDFTextStripper {
        final List<String> off = new ArrayList<>();

        Positions() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            float width = PdfWriter.PAGE.getWidth();
            float height = PdfWriter.PAGE.getHeight();
            float m = PdfWriter.MARGIN - 0.5f;
            for (TextPosition t : positions) {
                boolean inside = t.getXDirAdj() >= m
                        && t.getXDirAdj() + t.getWidthDirAdj() <= width - m
                        && t.getYDirAdj() - t.getHeightDir() >= m
                        && t.getYDirAdj() <= height - m + 3;
                if (!inside && !t.getUnicode().isBlank()) {
                    off.add("'" + t.getUnicode() + "' at " + t.getXDirAdj() + "," + t.getYDirAdj() + " in \"" + string
                            + "\"");
                }
            }
            super.writeString(string, positions);
        }
    }
}
