package app.counterpoint.io.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two fonts every PDF uses, DejaVu Sans and DejaVu Sans Bold, read from the application's own jar (never from
 * the machine's fonts) and embedded as subsets: only the glyphs a document uses go into it.
 */
final class PdfFonts {

    private static final String FOLDER = "/app/counterpoint/fonts/";

    final PDType0Font regular;
    final PDType0Font bold;
    private final CmapLookup regularGlyphs;
    private final CmapLookup boldGlyphs;

    PdfFonts(PDDocument document) throws IOException {
        TrueTypeFont regularFont = parse("DejaVuSans.ttf");
        TrueTypeFont boldFont = parse("DejaVuSans-Bold.ttf");
        regularGlyphs = regularFont.getUnicodeCmapLookup();
        boldGlyphs = boldFont.getUnicodeCmapLookup();
        regular = PDType0Font.load(document, regularFont, true);
        bold = PDType0Font.load(document, boldFont, true);
    }

    private static TrueTypeFont parse(String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the application");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    /**
     * The text with every character the font cannot draw replaced by a question mark (a PDF cannot show a glyph the
     * font lacks, and PDFBox refuses to write one), and with tabs, line breaks and other control characters as spaces.
     */
    String drawable(String text, boolean inBold) {
        CmapLookup glyphs = inBold ? boldGlyphs : regularGlyphs;
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                sb.append(' ');
            } else if (VisualText.isDirectionMark(cp)) {
                sb.appendCodePoint(cp); // ordering needs them; VisualText drops them once the line is in visual order
            } else if (Character.getType(cp) == Character.FORMAT) {
                // zero-width joiners and the like: the layout does their work; drawn they would be boxes
            } else if (glyphs.getGlyphId(cp) > 0) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        });
        return sb.toString();
    }
}
