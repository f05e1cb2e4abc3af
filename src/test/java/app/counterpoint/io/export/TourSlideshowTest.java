package app.counterpoint.io.export;

import static app.counterpoint.fixture.EventBuilder.event;
import static app.counterpoint.fixture.StoryBuilder.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The tour as one web page: a slide per step, nothing from elsewhere, every text escaped. */
class TourSlideshowTest {

    private static final DisplayDates ENGLISH = new DisplayDates(Messages.of(Language.ENGLISH));

    @Test
    void theBundledTourHasASlidePerStepWithItsTextsAndNothingFromElsewhere() {
        LoadResult read = new StoryOpener().openResource("stories/trump-putin-2017.json");
        Story story = read.story();
        Tour tour = story.tours().get(0);
        String html = TourSlideshow.html(story, tour, ENGLISH);
        Document page = Jsoup.parse(html);
        List<Element> slides = page.select("section.slide");
        assertEquals(tour.steps().size(), slides.size());
        for (int i = 0; i < slides.size(); i++) {
            TourStep step = tour.steps().get(i);
            String text = slides.get(i).text();
            assertTrue(text.contains(story.event(step.eventId()).orElseThrow().title()), text);
            assertTrue(text.contains(step.caption()), text);
            assertTrue(!text.contains(step.notes()), "the teacher's notes stay out of the class's page");
        }
        assertTrue(
                page.select("[src], [href], link, iframe, img, object, embed").isEmpty(), "nothing loaded");
        assertEquals(1, page.select("script").size());
        assertTrue(page.select("meta[http-equiv=Content-Security-Policy]")
                .attr("content")
                .contains("default-src 'none'"));
        for (Statement s : story.statements()) {
            if (s.eventId().equals("trump-putin-phone-call")) {
                assertTrue(page.text().contains(s.text()), s.text());
            }
        }
    }

    @Test
    void everyTextIsEscaped() {
        String payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&amp;";
        Story story = story(payload)
                .description(payload)
                .actors(new Actor("a", payload, "#123456"), new Actor("b", payload, "red;background:url(x)"))
                .topics(new Topic("t", payload, "#000000"))
                .events(event("e")
                        .titled(payload)
                        .on("2017")
                        .summary(payload)
                        .topics("t")
                        .build())
                .statements(List.of(
                        new Statement("s", "e", "a", List.of("t"), payload, StatementKind.QUOTE, null, null),
                        new Statement("s2", "e", "b", List.of("t"), payload, StatementKind.PARAPHRASE, null, null)))
                .tours(new Tour(payload, List.of(TourStep.of("e", payload))))
                .build();
        Document page = Jsoup.parse(TourSlideshow.html(story, story.tours().get(0), ENGLISH));
        assertEquals(1, page.select("script").size(), "only the page's own script");
        assertTrue(page.select("img, [onerror], [src]").isEmpty());
        assertTrue(page.select("section.slide").text().contains(payload), "the text shows as written");
        assertTrue(page.select(".side").stream().noneMatch(e -> e.attr("style").contains("url(")), "colours checked");
    }
}
