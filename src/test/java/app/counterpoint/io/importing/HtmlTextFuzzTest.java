package app.counterpoint.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.counterpoint.fuzz.FuzzBudget;
import app.counterpoint.io.export.TimelineJsExporter;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * HTML to plain text on any text: no exception, within budget, and plain text survives the TimelineJS round trip
 * (escaped by the exporter, made plain again by the importer) unchanged, so no text is lost or invented.
 */
class HtmlTextFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyHtmlBecomesPlainTextThatSurvivesARoundTrip(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        String plain = FuzzBudget.within(html.length() * 2, () -> HtmlText.toPlainText(html));
        assertFalse(plain.contains("\r"), plain);
        assertEquals(plain.trim(), plain);
        String again =
                FuzzBudget.within(plain.length() * 2, () -> HtmlText.toPlainText(TimelineJsExporter.html(plain)));
        assertEquals(plain, again);
    }
}
