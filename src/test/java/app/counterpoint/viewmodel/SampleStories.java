package app.counterpoint.viewmodel;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import java.util.List;

/** Small stories built in code, so view model tests do not depend on the file reader. */
public final class SampleStories {

    public static final Source ARTICLE =
            new Source("article", "The article", "Evening Standard", "A. Writer", StoryDate.parse("2017-05"), null);
    public static final Actor WHITE_HOUSE = new Actor("wh", "White House", "#1F5FAD");
    public static final Actor KREMLIN = new Actor("kr", "Kremlin", "#C0392B");
    static final Actor UN = new Actor("un", "United Nations", "#009E73");
    public static final Topic SYRIA = new Topic("syria", "Syria", "#E69F00");
    static final Topic TERRORISM = new Topic("terrorism", "Terrorism", "#009E73");
    static final Topic NORTH_KOREA = new Topic("nk", "North Korea", "#CC79A7");

    private SampleStories() {}

    static Event event(String id, String title, String start, String end, List<String> topics) {
        return EventBuilder.event(id)
                .titled(title)
                .on(start)
                .until(end)
                .summary("Summary of " + title)
                .topics(topics)
                .sources("article")
                .build();
    }

    public static Statement says(
            String id, String event, Actor actor, String text, StatementKind kind, String... topics) {
        return new Statement(id, event, actor.id(), List.of(topics), text, kind, "article", null);
    }

    /** A phone call both sides describe, on three topics, with one asymmetry per side; plus quiet events. */
    public static Story phoneCall() {
        return StoryBuilder.story("Call")
                .description("Two accounts of one call")
                .sources(ARTICLE)
                .actors(WHITE_HOUSE, KREMLIN)
                .topics(SYRIA, TERRORISM, NORTH_KOREA)
                .events(
                        event("strike", "Strike", "2017-04-07", null, List.of("syria")),
                        event("call", "Phone call", "2017-05-02", null, List.of("syria", "terrorism", "nk")),
                        event("talks", "Talks", "2017-05-03", "2017-05-04", List.of("syria")),
                        event("summit", "Summit", "2017-07", null, List.of("syria", "nk")))
                .statements(List.of(
                        says("s1", "call", WHITE_HOUSE, "end the violence", StatementKind.QUOTE, "syria"),
                        says("s2", "call", KREMLIN, "strengthen the ceasefire", StatementKind.PARAPHRASE, "syria"),
                        says("s3", "call", WHITE_HOUSE, "eradicate terrorism", StatementKind.QUOTE, "terrorism"),
                        says(
                                "s4",
                                "call",
                                KREMLIN,
                                "fight international terrorism",
                                StatementKind.PARAPHRASE,
                                "terrorism"),
                        says("s5", "call", KREMLIN, "Putin called for restraint", StatementKind.PARAPHRASE, "nk"),
                        says("s6", "call", WHITE_HOUSE, "de-escalation zones", StatementKind.QUOTE, "syria"),
                        says(
                                "s7",
                                "talks",
                                WHITE_HOUSE,
                                "will send a representative",
                                StatementKind.PARAPHRASE,
                                "syria")))
                .build();
    }

    /** Three sides on one event: the UN speaks only on Syria. */
    public static Story threeSides() {
        return StoryBuilder.story("Three")
                .sources(ARTICLE)
                .actors(WHITE_HOUSE, KREMLIN, UN)
                .topics(SYRIA, TERRORISM)
                .events(event("meeting", "Meeting", "2017-05-10T14:30", null, List.of("syria", "terrorism")))
                .statements(List.of(
                        says("a", "meeting", UN, "a UN line", StatementKind.QUOTE, "syria"),
                        says("b", "meeting", KREMLIN, "a Kremlin line", StatementKind.QUOTE, "syria", "terrorism"),
                        says("c", "meeting", WHITE_HOUSE, "a White House line", StatementKind.QUOTE, "terrorism")))
                .build();
    }
}
