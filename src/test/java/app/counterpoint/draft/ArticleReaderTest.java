package app.counterpoint.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {

    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>Site | Talks fail</title>
            %s
            <script>var said = "the minister said nothing";</script><style>p { color: red }</style></head>
            <body><nav><a href="/">Home</a> Latest news said to be here</nav>
            <article><h1>Talks fail</h1><p>The council said the offer was fair.</p>
            <aside><p>"Related," a reader said.</p></aside><p>The union said it would strike.</p></article>
            <footer>The Courier said © 2024</footer></body></html>
            """;

    @Test
    void anHtmlPageGivesItsArticleTextWithoutScriptsNavigationAsidesAndFooters() {
        ArticleText article = ArticleReader.read(PAGE.formatted(""));
        assertEquals("Talks fail", article.title());
        assertEquals(
                "Talks fail\n\nThe council said the offer was fair.\n\nThe union said it would strike.",
                article.text());
        assertNull(article.published());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            <meta property="article:published_time" content="2021-04-06T18:42:00+02:00">                   # 2021-04-06
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-21T07:15:00Z"}</script> # 2024-11-21
            <meta name="x"></head><body><time datetime="2019-03-12">12 March</time><p>x</p>             # 2019-03-12
            """)
    void anHtmlPageGivesItsPublicationDate(String head, String date) {
        assertEquals(
                LocalDate.parse(date), ArticleReader.read(PAGE.formatted(head)).published());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            Published: 7 June 2024                       # 2024-06-07
            Friday 5 May 2023                            # 2023-05-05
            March 11, 2022                               # 2022-03-11
            Published: September 29, 2022                # 2022-09-29
            The deal was signed on 12 March 2019.        # ''
            """)
    void aPlainTextArticleGivesTheDateOfItsDateline(String line, String date) {
        ArticleText article = ArticleReader.read("Headline\n\n" + line + "\n\nThe council said so.");
        assertEquals(date.isEmpty() ? null : LocalDate.parse(date), article.published());
    }

    @Test
    void plainTextIsToldFromHtmlByItsContent() {
        assertTrue(ArticleReader.isHtml("  <!doctype html><p>x</p>"));
        assertFalse(ArticleReader.isHtml("Talks fail\n\nThe <b>council</b> said so."));
    }
}
