package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.model.Tour;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One change to a story, as what it touches: the story's title and description before and after, and a
 * {@link ListChange} per list. Applying it to the story it was made for gives the changed story, reverting it gives
 * that story back; it holds the changed items only, so an undo history of a thousand edits of a 100,000-event
 * story stays small.
 */
public record StoryChange(
        String titleBefore,
        String titleAfter,
        String descriptionBefore,
        String descriptionAfter,
        ListChange<Source> sources,
        ListChange<Actor> actors,
        ListChange<Topic> topics,
        ListChange<Event> events,
        ListChange<Statement> statements,
        ListChange<Tour> tours) {

    /** A change of lists only; the title and description stay. */
    public static StoryChange of(
            Story story,
            ListChange<Source> sources,
            ListChange<Actor> actors,
            ListChange<Topic> topics,
            ListChange<Event> events,
            ListChange<Statement> statements) {
        return new StoryChange(
                story.title(),
                story.title(),
                story.description(),
                story.description(),
                sources,
                actors,
                topics,
                events,
                statements,
                TourReferences.follow(story, topics, events, statements));
    }

    /** A change of the story's tours only. */
    public static StoryChange ofTours(Story story, ListChange<Tour> tours) {
        return new StoryChange(
                story.title(),
                story.title(),
                story.description(),
                story.description(),
                ListChange.none(),
                ListChange.none(),
                ListChange.none(),
                ListChange.none(),
                ListChange.none(),
                tours);
    }

    public static StoryChange ofEvents(Story story, ListChange<Event> events, ListChange<Statement> statements) {
        return of(story, ListChange.none(), ListChange.none(), ListChange.none(), events, statements);
    }

    public static StoryChange ofStatements(Story story, ListChange<Statement> statements) {
        return ofEvents(story, ListChange.none(), statements);
    }

    public Story apply(Story story) {
        return new Story(
                titleAfter,
                descriptionAfter,
                sources.apply(story.sources()),
                actors.apply(story.actors()),
                topics.apply(story.topics()),
                events.apply(story.events()),
                statements.apply(story.statements()),
                tours.apply(story.tours()),
                story.extra());
    }

    public Story revert(Story story) {
        return new Story(
                titleBefore,
                descriptionBefore,
                sources.revert(story.sources()),
                actors.revert(story.actors()),
                topics.revert(story.topics()),
                events.revert(story.events()),
                statements.revert(story.statements()),
                tours.revert(story.tours()),
                story.extra());
    }

    /** Whether anything beside events and statements changes: the sides, topics, sources or the story's own text. */
    public boolean changesMoreThanEvents() {
        return !sources.isEmpty()
                || !actors.isEmpty()
                || !topics.isEmpty()
                || !Objects.equals(titleBefore, titleAfter)
                || !Objects.equals(descriptionBefore, descriptionAfter);
    }

    /** The ids of the events whose own fields or statements this change touches, before or after it. */
    public Set<String> touchedEventIds() {
        Set<String> ids = new HashSet<>();
        events.itemsBefore().forEach(e -> ids.add(e.id()));
        events.itemsAfter().forEach(e -> ids.add(e.id()));
        statements.itemsBefore().forEach(s -> ids.add(s.eventId()));
        statements.itemsAfter().forEach(s -> ids.add(s.eventId()));
        return ids;
    }

    /** This change followed by {@code next} as one (the steps of a drag), or {@code null} when they do not merge. */
    public StoryChange then(StoryChange next) {
        if (!Objects.equals(titleAfter, next.titleBefore)
                || !Objects.equals(descriptionAfter, next.descriptionBefore)) {
            return null;
        }
        ListChange<Source> s = sources.then(next.sources);
        ListChange<Actor> a = actors.then(next.actors);
        ListChange<Topic> t = topics.then(next.topics);
        ListChange<Event> e = events.then(next.events);
        ListChange<Statement> st = statements.then(next.statements);
        ListChange<Tour> to = tours.then(next.tours);
        if (s == null || a == null || t == null || e == null || st == null || to == null) {
            return null;
        }
        return new StoryChange(
                titleBefore, next.titleAfter, descriptionBefore, next.descriptionAfter, s, a, t, e, st, to);
    }
}
