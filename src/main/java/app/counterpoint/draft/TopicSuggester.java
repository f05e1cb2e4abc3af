package app.counterpoint.draft;

import app.counterpoint.text.LightStemmer;
import app.counterpoint.text.StopWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests topics from the nouns that recur across statements: names of places and things ("North Korea", "Taiwan")
 * and common nouns ("terrorism", "ceasefire"), each counted once per statement, the speakers' own names and
 * people's names left out. The user names and picks them; these are only proposals.
 */
final class TopicSuggester {

    /** At most this many suggestions, the most shared first. */
    static final int MAX_TOPICS = 6;

    private static final Set<String> TOO_GENERAL = Lexicon.words(
            "leader",
            "leaders",
            "people",
            "time",
            "times",
            "year",
            "years",
            "part",
            "way",
            "thing",
            "things",
            "country",
            "countries",
            "side",
            "sides",
            "number",
            "week",
            "weeks",
            "month",
            "months",
            "day",
            "days",
            "lot",
            "statement",
            "spokesman",
            "spokeswoman",
            "official",
            "officials",
            "together",
            "another",
            "other",
            "others",
            "every",
            "never",
            "always",
            "still",
            "already",
            "really",
            "nothing",
            "something",
            "anything",
            "everything",
            "another",
            "further",
            "first",
            "second",
            "third",
            "last",
            "next",
            "again",
            "while",
            "where",
            "there",
            "their",
            "those",
            "these",
            "about",
            "after",
            "before",
            "until",
            "since",
            "would",
            "could",
            "should",
            "might",
            "which",
            "because",
            "through",
            "without",
            "within",
            "against",
            "between",
            "across",
            "around",
            "throughout",
            "towards",
            "toward",
            "whether",
            "enough",
            "little",
            "great",
            "large",
            "small",
            "much",
            "many",
            "more",
            "most",
            "less",
            "least",
            "only",
            "same",
            "such",
            "even",
            "also",
            "made",
            "make",
            "makes",
            "take",
            "takes",
            "taken",
            "give",
            "given",
            "told",
            "tell",
            "called",
            "agreed",
            "discussed",
            "added",
            "wanted",
            "including",
            "among",
            "very",
            "good",
            "best",
            "better",
            "well",
            "long",
            "able",
            "clear",
            "there's",
            "we're",
            "they're",
            "it's",
            "i'm",
            "you're",
            "president",
            "minister",
            "government");
    private static final Set<String> NOT_NAMES = Lexicon.NOT_NAMES;

    private TopicSuggester() {}

    /** A suggested topic and the statements (by index) that mention it. */
    record Suggestion(String label, List<Integer> statements) {}

    /**
     * @param texts    the statements' texts
     * @param excluded words never suggested (lower-case): the speakers' and people's names
     */
    static List<Suggestion> suggest(List<String> texts, Set<String> excluded) {
        Map<String, Set<Integer>> byTerm = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        Map<String, Boolean> proper = new HashMap<>();
        for (int s = 0; s < texts.size(); s++) {
            String text = texts.get(s);
            List<Token> tokens = Tokenizer.tokens(text, 0, text.length());
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!t.word()) {
                    continue;
                }
                if (t.capitalised()
                        && !NOT_NAMES.contains(t.text())
                        && !Character.isDigit(t.text().charAt(0))) {
                    int j = i;
                    List<String> words = new ArrayList<>();
                    while (j < tokens.size()
                            && tokens.get(j).capitalised()
                            && !NOT_NAMES.contains(tokens.get(j).text())) {
                        words.add(stripPossessive(tokens.get(j).text()));
                        j++;
                    }
                    String surface = String.join(" ", words);
                    String key = Lexicon.lower(surface);
                    if (!excludedName(words, excluded)
                            && CalendarWords.month(surface) == 0
                            && CalendarWords.weekday(surface) == null
                            && surface.length() > 2) {
                        add(byTerm, surfaces, key, surface, s);
                        proper.put(key, true);
                    }
                    i = j - 1;
                    continue;
                }
                String w = t.bare();
                if (w.length() < 6
                        || StopWords.contains(w)
                        || TOO_GENERAL.contains(w)
                        || excluded.contains(w)
                        || !looksLikeNoun(w)
                        || !w.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                String stem = LightStemmer.stem(w);
                add(byTerm, surfaces, stem, w, s);
                proper.putIfAbsent(stem, false);
            }
        }
        List<Map.Entry<String, Set<Integer>>> ranked = new ArrayList<>(byTerm.entrySet());
        ranked.removeIf(e -> e.getValue().size() < 2);
        ranked.sort((a, b) -> {
            int byCount = Integer.compare(b.getValue().size(), a.getValue().size());
            return byCount != 0 ? byCount : Boolean.compare(proper.get(b.getKey()), proper.get(a.getKey()));
        });
        List<Suggestion> result = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> e : ranked) {
            if (result.size() == MAX_TOPICS) {
                break;
            }
            String surface = mostUsed(surfaces.get(e.getKey()));
            String label = Character.toUpperCase(surface.charAt(0)) + surface.substring(1);
            result.add(new Suggestion(label, new ArrayList<>(new java.util.TreeSet<>(e.getValue()))));
        }
        return result;
    }

    /** A one-word name is left out when any name holds it ("Putin"); a longer one only when it is a name itself. */
    private static boolean excludedName(List<String> words, Set<String> excluded) {
        return excluded.contains(Lexicon.lower(String.join(" ", words)));
    }

    private static boolean looksLikeNoun(String w) {
        if (w.endsWith("ism")
                || w.endsWith("ence")
                || w.endsWith("ance")
                || w.endsWith("tion")
                || w.endsWith("sion")
                || w.endsWith("ment")
                || w.endsWith("ity")
                || w.endsWith("ness")
                || w.endsWith("fire")
                || w.endsWith("ship")
                || w.endsWith("ists")) {
            return true;
        }
        return !(w.endsWith("ly")
                || w.endsWith("ing")
                || w.endsWith("ed")
                || w.endsWith("ous")
                || w.endsWith("ive")
                || w.endsWith("ful")
                || w.endsWith("able")
                || w.endsWith("ible")
                || w.endsWith("est"));
    }

    private static void add(
            Map<String, Set<Integer>> byTerm,
            Map<String, Map<String, Integer>> surfaces,
            String key,
            String surface,
            int statement) {
        byTerm.computeIfAbsent(key, k -> new HashSet<>()).add(statement);
        surfaces.computeIfAbsent(key, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
    }

    private static String mostUsed(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue())
                .map(Map.Entry::getKey)
                .orElseThrow();
    }

    private static String stripPossessive(String s) {
        return s.endsWith("'s") || s.endsWith("’s") ? s.substring(0, s.length() - 2) : s;
    }
}
