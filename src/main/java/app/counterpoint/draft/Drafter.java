package app.counterpoint.draft;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.StoryDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Drafts a story from an article: the statements (quotations and reported speech) with their speakers' sides and
 * excerpts, the dated events, and suggested topics. Rules in plain Java, in one pass over the sentences, so an
 * article of any length takes time in proportion to its length (a paragraph's work is bounded by its own size).
 */
public final class Drafter {

    private static final int TITLE_LENGTH = 72;

    private final Gazetteer gazetteer = Gazetteer.standard();

    /** What the draft names that the article does not, in the teacher's language. */
    private final DraftNames names;

    /** A drafter naming what the article does not in English. */
    public Drafter() {
        this(DraftNames.ENGLISH);
    }

    public Drafter(DraftNames names) {
        this.names = names;
    }

    /**
     * @throws IllegalArgumentException when the article has no publication date (relative dates need one)
     */
    public Draft draft(ArticleText article) {
        LocalDate published = article.published();
        if (published == null) {
            throw new IllegalArgumentException("the article has no publication date");
        }
        String text = article.text();
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<Sentence> body = sentences.stream().filter(s -> !s.metadata()).toList();
        OrganisationIndex organisations = new OrganisationIndex(gazetteer);
        organisations.scan(text, body);
        SpeakerResolver resolver = new SpeakerResolver(text, gazetteer, organisations);
        Set<String> personWords = new HashSet<>();
        for (Sentence sentence : body) {
            learnAffiliations(text, sentence, resolver, personWords);
        }
        List<FoundStatement> found = new StatementFinder(text, resolver).find(sentences);

        Ids ids = new Ids();
        Map<String, SideProposal> sides = new LinkedHashMap<>();
        SideNamer namer = new SideNamer(text, gazetteer, organisations, resolver.notes());
        for (FoundStatement f : found) {
            sides.computeIfAbsent(f.sideKey(), key -> {
                String name = namer.name(key);
                return new SideProposal(ids.unique("side", name), name, namer.aliases(key, name));
            });
        }

        List<EventProposal> events = new ArrayList<>();
        Map<String, EventProposal> eventByDate = new LinkedHashMap<>();
        Map<Integer, List<DateMention>> datesBySentence = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (sentence.metadata()) {
                continue;
            }
            List<DateMention> mentions = DateFinder.find(text, sentence.start(), sentence.end(), published);
            datesBySentence.put(i, mentions);
            for (DateMention mention : mentions) {
                eventByDate.computeIfAbsent(mention.iso(), iso -> {
                    String title = title(sentence.text(text));
                    EventProposal event = new EventProposal(
                            ids.unique("event", title),
                            title,
                            mention.from(),
                            mention.to(),
                            sentence.text(text).strip(),
                            TextQuote.of(text, sentence.start(), trimmedEnd(text, sentence)));
                    events.add(event);
                    return event;
                });
            }
        }
        EventProposal lead = leadEvent(events, eventByDate, datesBySentence);
        if (lead == null && !found.isEmpty()) {
            String title = article.title().isBlank() ? names.published() : article.title();
            StoryDate day = StoryDate.ofDay(published.getYear(), published.getMonthValue(), published.getDayOfMonth());
            lead = new EventProposal(ids.unique("event", title), title, day, null, title, TextQuote.of(text, 0, 0));
            events.add(0, lead);
        }

        Set<String> excluded = new HashSet<>(personWords);
        for (SideProposal side : sides.values()) {
            for (String alias : side.aliases()) {
                excluded.add(Lexicon.lower(alias.replaceFirst("^(?i)(the|a|an) ", "")));
                for (Token t : Tokenizer.tokens(alias, 0, alias.length())) {
                    if (t.capitalised()) {
                        excluded.add(t.bare());
                    }
                }
            }
        }
        // Topics are counted over the statements' sentences, each once: a quote and the paraphrase around it are one
        // mention, and "On North Korea, the Kremlin said …" names its topic outside the reported words.
        List<Integer> sentenceOrder =
                found.stream().map(FoundStatement::sentence).distinct().toList();
        List<String> texts =
                sentenceOrder.stream().map(i -> sentences.get(i).text(text)).toList();
        List<TopicSuggester.Suggestion> suggestions = TopicSuggester.suggest(texts, excluded);
        List<TopicProposal> topics = new ArrayList<>();
        List<List<String>> topicsOf = new ArrayList<>();
        for (int s = 0; s < found.size(); s++) {
            topicsOf.add(new ArrayList<>());
        }
        for (TopicSuggester.Suggestion suggestion : suggestions) {
            List<Integer> mentioning = new ArrayList<>();
            for (int s = 0; s < found.size(); s++) {
                if (suggestion
                        .statements()
                        .contains(sentenceOrder.indexOf(found.get(s).sentence()))) {
                    mentioning.add(s);
                }
            }
            TopicProposal topic =
                    new TopicProposal(ids.unique("topic", suggestion.label()), suggestion.label(), mentioning.size());
            topics.add(topic);
            mentioning.forEach(s -> topicsOf.get(s).add(topic.id()));
        }
        if (topicsOf.stream().anyMatch(List::isEmpty)) {
            long without = topicsOf.stream().filter(List::isEmpty).count();
            TopicProposal general =
                    new TopicProposal(ids.unique("topic", names.general()), names.general(), (int) without);
            topics.add(general);
            topicsOf.stream().filter(List::isEmpty).forEach(list -> list.add(general.id()));
        }

        List<StatementProposal> statements = new ArrayList<>();
        for (int s = 0; s < found.size(); s++) {
            FoundStatement f = found.get(s);
            SideProposal side = sides.get(f.sideKey());
            EventProposal event = eventOf(datesBySentence.getOrDefault(f.sentence(), List.of()), eventByDate, lead);
            statements.add(new StatementProposal(
                    ids.unique("statement", side.name() + " " + firstWords(f.text())),
                    side.id(),
                    f.kind(),
                    f.text(),
                    TextQuote.of(text, f.exactStart(), f.exactEnd()),
                    event.id(),
                    topicsOf.get(s),
                    f.speaker()));
        }
        return new Draft(article, published, List.copyOf(sides.values()), statements, events, topics);
    }

    /** Learns "Chinese President Xi Jinping" and the like from every sentence, speaker or not. */
    private static void learnAffiliations(String text, Sentence sentence, SpeakerResolver resolver, Set<String> names) {
        List<Token> tokens = Tokenizer.tokens(text, sentence.start(), sentence.end());
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && sentence.quoteAt(tokens.get(j).start()) == null && nameWord(tokens.get(j))) {
                j++;
            }
            if (j - i >= 2) {
                List<Token> run = tokens.subList(i, j);
                SpeakerPhrase phrase = SpeakerPhrase.parse(text, run, List.of());
                if (phrase != null && phrase.person() != null) {
                    resolver.learn(phrase, run.get(0).start());
                    for (Token t :
                            Tokenizer.tokens(phrase.person(), 0, phrase.person().length())) {
                        names.add(t.bare());
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean nameWord(Token t) {
        return t.word()
                && (t.capitalised()
                        || Lexicon.TITLES.contains(t.bare())
                        || Lexicon.isSpeakerWord(t.bare())
                        || t.isLower("of")
                        || t.isLower("the"));
    }

    /** The story's main event: the first dated one the article reports (not "since 2019"). */
    private static EventProposal leadEvent(
            List<EventProposal> events,
            Map<String, EventProposal> byDate,
            Map<Integer, List<DateMention>> datesBySentence) {
        for (List<DateMention> mentions : datesBySentence.values()) {
            for (DateMention m : mentions) {
                if (!m.since()) {
                    return byDate.get(m.iso());
                }
            }
        }
        return events.isEmpty() ? null : events.get(0);
    }

    /** A statement's event: a day (or range of days) its sentence names, else a month to come, else the lead event. */
    private static EventProposal eventOf(
            List<DateMention> mentions, Map<String, EventProposal> byDate, EventProposal lead) {
        for (DateMention m : mentions) {
            if (!m.since() && m.from().precision() == DatePrecision.DAY) {
                return byDate.get(m.iso());
            }
        }
        for (DateMention m : mentions) {
            if (!m.since()
                    && m.from().precision() == DatePrecision.MONTH
                    && m.from().compareTo(lead.start()) > 0) {
                return byDate.get(m.iso());
            }
        }
        return Objects.requireNonNull(lead);
    }

    private static String title(String sentence) {
        String t = sentence.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() <= TITLE_LENGTH) {
            return t;
        }
        int cut = t.lastIndexOf(' ', TITLE_LENGTH);
        return t.substring(0, cut > 20 ? cut : TITLE_LENGTH).replaceAll("[,;:]$", "") + "…";
    }

    private static String firstWords(String text) {
        String[] words = text.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length)));
    }

    private static int trimmedEnd(String text, Sentence sentence) {
        int e = sentence.end();
        while (e > sentence.start() && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
