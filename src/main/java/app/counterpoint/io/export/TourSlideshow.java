package app.counterpoint.io.export;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import java.util.ArrayList;
import java.util.List;

/**
 * A tour as one self-contained web page for a class website: a slide per step (the event, its date, the caption, and
 * what each side said on the step's row, or on every row), arrow keys, Page Up/Down, Space and a click to step. No
 * network, no script or style from anywhere else (one inline script, one inline style, a Content-Security-Policy
 * that forbids the rest), and every text of the story escaped. A left-out step's slide shows what each side did not
 * mention; teacher's notes stay out of it. The page's own words, its dates and its direction are the window's
 * language's (Arabic reads right to left); the story's texts stay as the story writes them.
 */
public final class TourSlideshow {

    private static final String STYLE = """
            body{margin:0;font-family:"DejaVu Sans","Segoe UI",sans-serif;background:#f3f4f6;color:#1d2228}
            .slide{display:none;padding:4vh 5vw;min-height:90vh;box-sizing:border-box}
            .slide.current{display:block}
            h1{font-size:2.2em;margin:0 0 .2em}
            .date{color:#5d6670;font-size:1.2em;margin:0 0 .6em}
            .caption{font-size:1.5em;margin:0 0 1em}
            .topic{font-size:1.2em;font-weight:bold;margin:1em 0 .4em}
            .sides{display:flex;gap:1em;flex-wrap:wrap}
            .side{flex:1 1 18em;background:#fff;border-inline-start:6px solid #888;border-radius:6px;padding:.6em 1em}
            .side h3{margin:.2em 0 .5em}
            .said{margin:.4em 0;font-size:1.15em}
            .quote{font-style:italic}
            .none{color:#6b737c;font-style:italic}
            .step{position:fixed;inset-inline-end:1em;bottom:1em;color:#5d6670;font-weight:bold}
            """;

    private static final String SCRIPT = """
            (function(){
              var slides=document.querySelectorAll('.slide');var i=0;
              function show(n){i=Math.max(0,Math.min(slides.length-1,n));
                for(var k=0;k<slides.length;k++){slides[k].classList.toggle('current',k===i);}
                document.getElementById('step').textContent=slides[i].getAttribute('data-step');}
              document.addEventListener('keydown',function(e){
                var next=['ArrowRight','ArrowDown','PageDown',' ','Enter'],back=['ArrowLeft','ArrowUp','PageUp','Backspace'];
                if(next.indexOf(e.key)>=0){show(i+1);e.preventDefault();}
                else if(back.indexOf(e.key)>=0){show(i-1);e.preventDefault();}
                else if(e.key==='Home'){show(0);}else if(e.key==='End'){show(slides.length-1);}});
              document.addEventListener('click',function(){show(i+1);});
              show(0);
            })();
            """;

    private TourSlideshow() {}

    /**
     * The slideshow of {@code tour}, a tour of {@code story}, as one HTML page.
     *
     * @param dates the window's language: the page's own words and the events' dates are written in it
     */
    public static String html(Story story, Tour tour, DisplayDates dates) {
        Messages messages = dates.messages();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"")
                .append(messages.language().locale().toLanguageTag())
                .append("\" dir=\"")
                .append(messages.language().isRightToLeft() ? "rtl" : "ltr")
                .append("\"><head><meta charset=\"utf-8\">");
        sb.append(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                        + " script-src 'unsafe-inline'\">");
        sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.append("<title>")
                .append(HtmlEscape.text(messages.text("slideshow.title", tour.title(), story.title())))
                .append("</title>");
        sb.append("<style>").append(STYLE).append("</style></head><body>\n");
        List<TourStep> shown = tour.steps().stream()
                .filter(step -> story.event(step.eventId()).isPresent())
                .toList();
        int n = 0;
        for (TourStep step : shown) {
            slide(sb, story, step, story.event(step.eventId()).orElseThrow(), ++n, shown.size(), dates);
        }
        sb.append("<div class=\"step\" id=\"step\"></div>\n<script>")
                .append(SCRIPT)
                .append("</script></body></html>\n");
        return sb.toString();
    }

    private static void slide(
            StringBuilder sb, Story story, TourStep step, Event event, int number, int of, DisplayDates dates) {
        Messages messages = dates.messages();
        sb.append("<section class=\"slide\" id=\"slide-")
                .append(number)
                .append("\" aria-label=\"")
                .append(HtmlEscape.text(messages.text("slideshow.slide", number, of)))
                .append("\" data-step=\"")
                .append(HtmlEscape.text(messages.text("slideshow.step", number, of)))
                .append("\">");
        sb.append("<h1>").append(HtmlEscape.text(event.title())).append("</h1>");
        sb.append("<p class=\"date\">")
                .append(HtmlEscape.text(dates.range(event.start(), event.end())))
                .append("</p>");
        if (step.caption() != null) {
            sb.append("<p class=\"caption\">")
                    .append(HtmlEscape.text(step.caption()))
                    .append("</p>");
        }
        List<Statement> about = story.statements().stream()
                .filter(s -> s.eventId().equals(event.id()))
                .toList();
        List<Topic> topics = new ArrayList<>();
        for (Topic topic : story.topics()) {
            boolean spoken = about.stream().anyMatch(s -> s.topicIds().contains(topic.id()));
            if (spoken && (step.topicId() == null || step.topicId().equals(topic.id()))) {
                topics.add(topic);
            }
        }
        List<Actor> sides = story.actors().stream()
                .filter(a -> about.stream().anyMatch(s -> s.actorId().equals(a.id())))
                .toList();
        if (step.type() == TourStepType.LEFT_OUT) {
            sides = story.actors();
        }
        for (Topic topic : topics) {
            sb.append("<div class=\"topic\">")
                    .append(HtmlEscape.text(topic.label()))
                    .append("</div><div class=\"sides\">");
            for (Actor side : sides) {
                sb.append("<div class=\"side\" style=\"border-inline-start-color:")
                        .append(cssColor(side.color()))
                        .append("\"><h3>")
                        .append(HtmlEscape.text(side.name()))
                        .append("</h3>");
                boolean any = false;
                for (Statement s : about) {
                    if (s.actorId().equals(side.id()) && s.topicIds().contains(topic.id())) {
                        any = true;
                        boolean quote = s.kind() == StatementKind.QUOTE;
                        sb.append("<p class=\"said")
                                .append(quote ? " quote" : "")
                                .append("\">");
                        sb.append(HtmlEscape.text(quote ? "\u201C" + s.text() + "\u201D" : s.text()))
                                .append("</p>");
                    }
                }
                if (!any) {
                    sb.append("<p class=\"none\">")
                            .append(HtmlEscape.text(messages.text("compare.notMentioned")))
                            .append("</p>");
                }
                sb.append("</div>");
            }
            sb.append("</div>");
        }
        sb.append("</section>\n");
    }

    /** A colour as the story has it (#rgb or #rrggbb, checked by the reader), or a neutral grey. */
    private static String cssColor(String color) {
        return color != null && color.matches("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?") ? color : "#888888";
    }
}
