package app.counterpoint.io.export;

import app.counterpoint.io.export.pdf.PdfBlock;
import app.counterpoint.io.export.pdf.PdfContent;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A "Who said it?" worksheet for a tour: the tour's events in its order, each with its statements, the side removed
 * and a line to write it on, in an order that does not give the sides away; a left-out step asks which side said
 * nothing. The answers follow on a page of their own, with each statement's kind and source.
 */
public final class Worksheet {

    private final Story story;
    private final Tour tour;
    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, Topic> topics = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, List<Statement>> statementsByEvent = new HashMap<>();
    private final List<PdfBlock> answers = new ArrayList<>();
    private int number;

    private Worksheet(Story story, Tour tour) {
        this.story = story;
        this.tour = tour;
        story.actors().forEach(a -> actors.put(a.id(), a));
        story.topics().forEach(t -> topics.put(t.id(), t));
        story.sources().forEach(s -> sources.put(s.id(), s));
        story.statements()
                .forEach(s -> statementsByEvent
                        .computeIfAbsent(s.eventId(), e -> new ArrayList<>())
                        .add(s));
    }

    /** The worksheet of {@code tour}, a tour of {@code story}. */
    public static PdfContent of(Story story, Tour tour) {
        return new Worksheet(story, tour).content();
    }

    private PdfContent content() {
        List<PdfBlock> blocks = new ArrayList<>();
        blocks.add(new PdfBlock.Heading("Who said it? " + tour.title(), 1));
        blocks.add(new PdfBlock.Paragraph(story.title(), true));
        blocks.add(new PdfBlock.Paragraph(
                "For each statement, write which side said it: "
                        + story.actors().stream().map(Actor::name).collect(Collectors.joining(", "))
                        + ". Words in quotation marks are a side's own words; the others report what a side said.",
                false));
        answers.add(new PdfBlock.Heading("Answers: " + tour.title(), 1));
        answers.add(new PdfBlock.Paragraph(story.title(), true));
        Map<String, List<TourStep>> stepsByEvent = new LinkedHashMap<>();
        for (TourStep step : tour.steps()) {
            stepsByEvent.computeIfAbsent(step.eventId(), e -> new ArrayList<>()).add(step);
        }
        Random random = new Random(tour.title().hashCode());
        stepsByEvent.forEach((eventId, steps) -> story.event(eventId).ifPresent(event -> {
            event(blocks, event, steps, random);
        }));
        blocks.add(new PdfBlock.PageBreak());
        blocks.addAll(answers);
        return new PdfContent(
                "Worksheet: " + tour.title(), story.title() + " \u00B7 " + tour.title() + " \u00B7 worksheet", blocks);
    }

    private void event(List<PdfBlock> blocks, Event event, List<TourStep> steps, Random random) {
        String heading = event.title() + " \u00B7 " + event.dateText();
        blocks.add(new PdfBlock.Heading(heading, 2));
        answers.add(new PdfBlock.Heading(heading, 3));
        steps.stream()
                .map(TourStep::caption)
                .filter(c -> c != null && !c.isBlank())
                .findFirst()
                .ifPresent(caption -> blocks.add(new PdfBlock.Paragraph(caption, true)));
        boolean wholeEvent = steps.stream().anyMatch(s -> s.topicId() == null);
        Set<String> stepTopics =
                steps.stream().map(TourStep::topicId).filter(t -> t != null).collect(Collectors.toSet());
        List<Statement> asked = new ArrayList<>();
        for (Statement statement : statementsByEvent.getOrDefault(event.id(), List.of())) {
            if (wholeEvent || statement.topicIds().stream().anyMatch(stepTopics::contains)) {
                asked.add(statement);
            }
        }
        Collections.shuffle(asked, random);
        for (Statement statement : asked) {
            String n = (++number) + ".";
            blocks.add(new PdfBlock.Question(n, topicLabels(statement) + " " + words(statement), "Who said it?"));
            answers.add(new PdfBlock.Question(n, answer(statement), null));
        }
        for (TourStep step : steps) {
            if (step.type() == TourStepType.LEFT_OUT) {
                leftOut(blocks, event, step);
            }
        }
    }

    private void leftOut(List<PdfBlock> blocks, Event event, TourStep step) {
        Set<String> spoke = new LinkedHashSet<>();
        for (Statement statement : statementsByEvent.getOrDefault(event.id(), List.of())) {
            if (step.topicId() == null || statement.topicIds().contains(step.topicId())) {
                spoke.add(statement.actorId());
            }
        }
        List<String> silent = story.actors().stream()
                .filter(a -> !spoke.contains(a.id()))
                .map(Actor::name)
                .toList();
        String on = step.topicId() == null ? "about this event" : "on " + label(step.topicId());
        String n = (++number) + ".";
        blocks.add(new PdfBlock.Question(n, "Which side said nothing " + on + "? What did it leave out?", "Answer:"));
        answers.add(new PdfBlock.Question(
                n,
                silent.isEmpty()
                        ? "Every side spoke " + on + "."
                        : String.join(", ", silent) + " said nothing " + on + "; what the other side said is above.",
                null));
    }

    private String topicLabels(Statement statement) {
        return "[" + statement.topicIds().stream().map(this::label).collect(Collectors.joining(", ")) + "]";
    }

    private String label(String topicId) {
        Topic topic = topics.get(topicId);
        return topic == null ? topicId : topic.label();
    }

    private static String words(Statement statement) {
        return statement.kind() == StatementKind.QUOTE ? "\u201C" + statement.text() + "\u201D" : statement.text();
    }

    private String answer(Statement statement) {
        Actor actor = actors.get(statement.actorId());
        StringBuilder sb = new StringBuilder(actor == null ? statement.actorId() : actor.name());
        sb.append(" \u2014 ").append(statement.kind() == StatementKind.QUOTE ? "quote" : "paraphrase");
        Source source = statement.sourceId() == null ? null : sources.get(statement.sourceId());
        if (source != null) {
            sb.append(", from ").append(source.title());
            if (source.publisher() != null) {
                sb.append(" (").append(source.publisher()).append(')');
            }
        }
        sb.append(": ").append(words(statement));
        return sb.toString();
    }
}
