package app.counterpoint.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Checks that an export holds no live markup: what a hostile story must never get into a published page. */
public final class MarkupChecks {

    /** What TimelineJS may hold: entities, and the line breaks the exporter writes as {@code <br>}. */
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#39);");

    private MarkupChecks() {}

    public static void assertNoLiveMarkupInTimelineJs(String json) throws IOException {
        List<String> texts = new ArrayList<>();
        collectTexts(new ObjectMapper().readTree(json), texts);
        assertFalse(texts.isEmpty());
        for (String text : texts) {
            String withoutBreaks = text.replace("<br>", "");
            assertFalse(withoutBreaks.contains("<") || withoutBreaks.contains(">"), text);
            assertFalse(ENTITY.matcher(withoutBreaks).replaceAll("").contains("&"), "a bare & in " + text);
            assertFalse(withoutBreaks.contains("\""), "a bare quotation mark in " + text);
        }
    }

    /** Every text but a media link's address, which is a link, not HTML (it may hold a query's {@code &}). */
    private static void collectTexts(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.fields().forEachRemaining(field -> {
            if (field.getKey().equals("url")) {
                assertFalse(field.getValue().asText().matches(".*[<>\"' ].*"), field.getValue()::asText);
            } else {
                collectTexts(field.getValue(), texts);
            }
        });
        if (node.isArray()) {
            node.forEach(child -> collectTexts(child, texts));
        }
    }

    public static void assertNoLiveMarkupInHtml(String html) {
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script, img, [onerror], b").isEmpty(), html);
        assertTrue(page.select("a").stream().allMatch(a -> a.attr("href").matches("https?://.*")), html);
    }

    public static void assertNoLiveMarkupInMarkdown(String markdown) {
        // our own breaks between statements, and link addresses (not text: a query's & is fine there)
        String withoutBreaks = markdown.replace("<br><br>", "").replaceAll("\\]\\([^)\\s<>\"']*\\)", "]");
        for (int i = 0; i < withoutBreaks.length(); i++) {
            char c = withoutBreaks.charAt(i);
            if (c == '<' || c == '>' || c == '&') {
                assertTrue(
                        i > 0 && withoutBreaks.charAt(i - 1) == '\\',
                        "unescaped " + c + " at " + i + " in\n" + markdown);
            }
        }
    }
}
