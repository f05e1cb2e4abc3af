package app.counterpoint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceCitationTest {

    @Test
    void aSourceTitledByItsLinkShowsTheLinkOnce() {
        String link = "https://en.wikipedia.org/wiki/Big_Bang";
        assertEquals(link, new Source("w", link, null, null, null, link).citationWithLink());
    }

    @Test
    void aSourceWithATitleShowsItsLinkBelowIt() {
        Source source = new Source("w", "Big Bang", "Wikipedia", null, null, "https://en.wikipedia.org/wiki/Big_Bang");
        assertEquals("Big Bang — Wikipedia\nhttps://en.wikipedia.org/wiki/Big_Bang", source.citationWithLink());
        assertEquals("Big Bang", new Source("w", "Big Bang", null, null, null, null).citationWithLink());
    }
}
