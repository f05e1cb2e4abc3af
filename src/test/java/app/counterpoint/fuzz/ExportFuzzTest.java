package app.counterpoint.fuzz;

import static app.counterpoint.fixture.EventBuilder.event;

import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.io.export.TimelineJsExporter;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.compare.StoryComparisons;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every exporter on stories made of fuzzed texts: the story file reads back equal, and the TimelineJS JSON, the
 * Markdown and the HTML page hold no live markup, whatever the texts hold.
 */
class ExportFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void exportsAnyTexts(FuzzedDataProvider data) throws IOException {
        int size = data.remainingBytes();
        Story story = story(data);
        FuzzBudget.within(size, () -> {
            try {
                RoundTrip.savedStoryReadsBackEqual(story);
                MarkupChecks.assertNoLiveMarkupInTimelineJs(
                        new String(new TimelineJsExporter().toBytes(story), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            MarkupChecks.assertNoLiveMarkupInMarkdown(StoryComparisons.markdown(story));
            MarkupChecks.assertNoLiveMarkupInHtml(StoryComparisons.html(story));
            return null;
        });
    }

    /** A story the format allows: texts are fuzzed, made non-blank and whole; ids are made unique by a number. */
    private static Story story(FuzzedDataProvider data) {
        int actors = data.consumeInt(1, 3);
        int topics = data.consumeInt(1, 3);
        int events = data.consumeInt(1, 3);
        List<Source> sources = List.of(new Source(
                text(data) + "#s",
                text(data),
                data.consumeBoolean() ? text(data) : null,
                data.consumeBoolean() ? text(data) : null,
                null,
                data.pickValue(
                        List.of("https://ok.example/a?b=1&c=2", "http://ok.example/x'y", "https://a.example/"))));
        List<Actor> actorList = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            actorList.add(new Actor(text(data) + "#a" + i, text(data), "#112233"));
        }
        List<Topic> topicList = new ArrayList<>();
        for (int i = 0; i < topics; i++) {
            topicList.add(new Topic(text(data) + "#t" + i, text(data), "#445566"));
        }
        List<Event> eventList = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            String id = text(data) + "#e" + i;
            String topic = data.pickValue(topicList).id();
            eventList.add(event(id)
                    .titled(text(data))
                    .on(data.pickValue(List.of("2017", "2017-05", "2017-05-02T14:30", "-0043-03-15")))
                    .summary(data.consumeBoolean() ? text(data) : null)
                    .topics(topic)
                    .sources(data.consumeBoolean() ? List.of(sources.get(0).id()) : List.of())
                    .build());
            for (Actor actor : actorList) {
                if (data.consumeBoolean()) {
                    statements.add(new Statement(
                            text(data) + "#q" + statements.size(),
                            id,
                            actor.id(),
                            List.of(topic),
                            text(data),
                            data.consumeBoolean() ? StatementKind.QUOTE : StatementKind.PARAPHRASE,
                            data.consumeBoolean() ? sources.get(0).id() : null,
                            null));
                }
            }
        }
        return StoryBuilder.story(text(data))
                .description(data.consumeBoolean() ? text(data) : null)
                .sources(sources)
                .actors(actorList)
                .topics(topicList)
                .events(eventList)
                .statements(statements)
                .build();
    }

    /** A fuzzed text with its lone surrogates replaced and something visible in it, as a story file needs. */
    private static String text(FuzzedDataProvider data) {
        String raw = data.consumeString(40);
        StringBuilder sb = new StringBuilder(raw.length() + 1);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                sb.append(c).append(raw.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return sb.append('x').toString();
    }
}
