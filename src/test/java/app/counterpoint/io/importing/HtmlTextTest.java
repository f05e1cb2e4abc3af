package app.counterpoint.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** HTML from TimelineJS texts becomes plain text; nothing in it is kept as markup. */
class HtmlTextTest {

    @Test
    void tagsAreDroppedAndBreaksKept() {
        assertEquals("Bold and italic", HtmlText.toPlainText("<b>Bold</b> and <i class=\"x\">italic</i>"));
        assertEquals("one\ntwo", HtmlText.toPlainText("one<br/>two"));
        assertEquals("para one\n\npara two", HtmlText.toPlainText("<p>para one</p>\n<p>para two</p>"));
        assertEquals("a\nb", HtmlText.toPlainText("<ul><li>a</li><li>b</li></ul>"));
    }

    @Test
    void scriptsStylesAndCommentsVanishWithTheirContent() {
        assertEquals(
                "before after",
                HtmlText.toPlainText("before <script type=\"text/javascript\">alert('x')</SCRIPT>after"));
        assertEquals("text", HtmlText.toPlainText("<style>p { color: red }</style>text<!-- hidden -->"));
        assertEquals("unclosed", HtmlText.toPlainText("unclosed<script>while(true){}"));
    }

    @Test
    void noTextIsLostAroundScriptsStylesAndComments() {
        // a closing tag is no opening one
        assertEquals("before after", HtmlText.toPlainText("before </script> after"));
        assertEquals("before after", HtmlText.toPlainText("before </style> after"));
        // characters whose lower case is longer (İ is two chars lower-cased) shift no position
        String dotted = "\u0130".repeat(30);
        assertEquals(dotted + " kept", HtmlText.toPlainText(dotted + "<script>x</script> kept"));
        // a script inside a comment is part of the comment
        assertEquals("a b", HtmlText.toPlainText("a <!-- <script>x</script> --> b"));
        assertEquals("one\ntwo", HtmlText.toPlainText("one\ntwo"), "line breaks in the text itself stay");
        // jsoup takes U+FFFF for the end of its input
        assertEquals("\uFFFD a\nb", HtmlText.toPlainText("\uFFFF a<br>b"));
        assertEquals("a b", HtmlText.toPlainText("a\u0000 <b>b</b>"), "control characters are no text");
    }

    @Test
    void entitiesAreDecodedOnceSoEscapedMarkupStaysText() {
        assertEquals(
                "Tom & Jerry \u2014 \u201Cquoted\u201D",
                HtmlText.toPlainText("Tom &amp; Jerry &mdash; &ldquo;quoted&rdquo;"));
        assertEquals("<script>alert(1)</script>", HtmlText.toPlainText("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertEquals("\u00E9 \u00E9 \u20AC", HtmlText.toPlainText("&#233; &#xE9; &euro;"));
        assertEquals("&unknown; & x &#xZZ;", HtmlText.toPlainText("&unknown; & x &#xZZ;"));
        assertEquals("\uFFFD", HtmlText.toPlainText("&#0;"));
    }

    @Test
    void lessThanSignsInTextAreNotTags() {
        assertEquals("a < b and c > d", HtmlText.toPlainText("a < b and c > d"));
        assertEquals("x", HtmlText.toPlainText("x<a href='y'"));
    }

    @Test
    void whitespaceIsTidied() {
        assertEquals("a b\n\nc", HtmlText.toPlainText("  a \t  b&nbsp;\n\n\n<br>c  "));
        assertEquals("title\ntext", HtmlText.toPlainText("<h1>title</h1>text"));
        assertEquals("", HtmlText.toPlainText("<p> </p>"));
        assertNull(HtmlText.toPlainText(null));
    }
}
