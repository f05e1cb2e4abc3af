package app.counterpoint.draft;

import java.time.LocalDate;
import java.util.List;

/** Everything the drafter proposes for one article, before the user reviews it. */
public record Draft(
        ArticleText article,
        LocalDate published,
        List<SideProposal> sides,
        List<StatementProposal> statements,
        List<EventProposal> events,
        List<TopicProposal> topics) {

    public Draft {
        sides = List.copyOf(sides);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
        topics = List.copyOf(topics);
    }
}
