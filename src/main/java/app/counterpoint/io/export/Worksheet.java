package app.counterpoint.io.export;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Messages;
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
 * nothing. The answers follow on a page of their own, with each statement's kind and source. Its words and dates
 * are the window's language ({@code worksheet.*} keys); the story's own texts stay as the story writes them.
 */
public final class Worksheet {

    private final Story story;
    private final Tour tour;
    private final DisplayDates dates;
    private final Messages messages;
    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, Topic> topics = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, List<Statement>> statementsByEvent = new HashMap<>();
    private final List<PdfBlock> answers = new ArrayList<>();
    private int number;

    private Worksheet(Story story, Tour tour, DisplayDates dates) {
        this.story = story;
        this.tour = tour;
        this.dates = dates;
        this.messages = dates.messages();
        story.actors().forEach(a -> actors.put(a.id(), a));
        story.topics().forEach(t -> topics.put(t.id(), t));
        story.sources().forEach(s -> sources.put(s.id(), s));
        story.statements()
                .forEach(s -> statementsByEvent
                        .computeIfAbsent(s.eventId(), e -> new ArrayList<>())
                        .add(s));
    }

    /**
     * The worksheet of {@code tour}, a tour of {@code story}.
     *
     * @param dates the window's language: the worksheet's own words and the events' dates are written in it
     */
    public static PdfContent of(Story story, Tour tour, DisplayDates dates) {
        return new Worksheet(story, tour, dates).content();
    }

    private PdfContent content() {
        List<PdfBlock> blocks = new ArrayList<>();
        blocks.add(new PdfBlock.Heading(messages.text("worksheet.heading", tour.title()), 1));
        blocks.add(new PdfBlock.Paragraph(story.title(), true));
        blocks.add(new PdfBlock.Paragraph(
                messages.text(
                        "worksheet.instructions",
                        story.actors().stream().map(Actor::name).collect(Collectors.joining(comma()))),
                false));
        answers.add(new PdfBlock.Heading(messages.text("worksheet.answers", tour.title()), 1));
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
                messages.text("worksheet.title", tour.title()),
                messages.text("worksheet.subject", story.title(), tour.title()),
                blocks);
    }

    private void event(List<PdfBlock> blocks, Event event, List<TourStep> steps, Random random) {
        String heading = dates.heading(event);
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
            String n = messages.text("worksheet.number", ++number);
            blocks.add(new PdfBlock.Question(
                    n, topicLabels(statement) + " " + words(statement), messages.text("worksheet.whoSaidIt")));
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
        String n = messages.text("worksheet.number", ++number);
        String names = String.join(comma(), silent);
        // an event's own texts, or a topic's with its label: each language words "on Sanctions" its own way
        if (step.topicId() == null) {
            blocks.add(new PdfBlock.Question(
                    n, messages.text("worksheet.silent.question.event"), messages.text("worksheet.answerLine")));
            answers.add(new PdfBlock.Question(
                    n,
                    silent.isEmpty()
                            ? messages.text("worksheet.silent.none.event")
                            : messages.text("worksheet.silent.answer.event", silent.size(), names),
                    null));
            return;
        }
        String topic = label(step.topicId());
        blocks.add(new PdfBlock.Question(
                n, messages.text("worksheet.silent.question.topic", topic), messages.text("worksheet.answerLine")));
        answers.add(new PdfBlock.Question(
                n,
                silent.isEmpty()
                        ? messages.text("worksheet.silent.none.topic", topic)
                        : messages.text("worksheet.silent.answer.topic", silent.size(), names, topic),
                null));
    }

    /** What stands between the names of a list: Arabic's own comma in Arabic. */
    private String comma() {
        return messages.language().isRightToLeft() ? "\u060C " : ", ";
    }

    private String topicLabels(Statement statement) {
        return "[" + statement.topicIds().stream().map(this::label).collect(Collectors.joining(comma())) + "]";
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
        String side = actor == null ? statement.actorId() : actor.name();
        String kind = messages.text(
                statement.isTranslatedQuote()
                        ? "statement.kind.translatedQuote"
                        : statement.kind() == StatementKind.QUOTE
                                ? "statement.kind.quote"
                                : "statement.kind.paraphrase");
        Source source = statement.sourceId() == null ? null : sources.get(statement.sourceId());
        if (source == null) {
            return messages.text("worksheet.answer", side, kind, words(statement));
        }
        String from = source.publisher() == null ? source.title() : source.title() + " (" + source.publisher() + ")";
        return messages.text("worksheet.answer.source", side, kind, from, words(statement));
    }
}
