package app.counterpoint.draft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries and the words news copy uses for their governments: names, demonyms, capitals and seats of government
 * ("Washington" and the "White House" for the United States). Read from {@code gazetteer.tsv} beside this class; it
 * lists countries only, never a story's actors. A speaker matches a country when its phrase holds one of these
 * words and nothing that says it speaks for someone other than the government ("opposition", "rebels", "company").
 */
final class Gazetteer {

    /** One country as the text names it. */
    record Match(String key, String term, boolean seat) {}

    private static final Set<String> NOT_GOVERNMENT = Lexicon.words(
            "opposition",
            "rebel",
            "rebels",
            "activist",
            "activists",
            "dissident",
            "dissidents",
            "company",
            "firm",
            "airline",
            "airways",
            "club",
            "team",
            "party",
            "fans",
            "players",
            "workers",
            "businesses",
            "exporters",
            "media",
            "newspaper",
            "broadcaster",
            "citizens",
            "residents",
            "farmers",
            "protesters",
            "students");

    private static final Gazetteer STANDARD = load();

    private final Map<String, String> keyByTerm;
    private final Map<String, Boolean> isSeat;
    private final Map<String, List<String>> namesByKey;
    private final int longestTerm;

    private Gazetteer(Map<String, String> keyByTerm, Map<String, Boolean> isSeat, Map<String, List<String>> names) {
        this.keyByTerm = keyByTerm;
        this.isSeat = isSeat;
        this.namesByKey = names;
        this.longestTerm = keyByTerm.keySet().stream()
                .mapToInt(t -> t.split(" ").length)
                .max()
                .orElse(1);
    }

    static Gazetteer standard() {
        return STANDARD;
    }

    /** Whether one word is a country's name, demonym, capital or seat ("Moscow"); case matters ("US", not "us"). */
    boolean knows(String word) {
        return keyByTerm.containsKey(stripPossessive(word));
    }

    /** The country's names, as listed (the first is its usual name). */
    List<String> names(String key) {
        return namesByKey.getOrDefault(key, List.of());
    }

    /** The government a speaker phrase speaks for, or empty. */
    Optional<Match> match(List<Token> words) {
        for (Token t : words) {
            if (t.word() && NOT_GOVERNMENT.contains(t.bare())) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(longestTerm, words.size() - i); n >= 1; n--) {
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < i + n; k++) {
                    sb.append(k > i ? " " : "").append(words.get(k).text());
                }
                String term = stripPossessive(sb.toString());
                String key = keyByTerm.get(term);
                if (key != null) {
                    return Optional.of(new Match(key, term, isSeat.getOrDefault(term, false)));
                }
            }
        }
        return Optional.empty();
    }

    private static String stripPossessive(String s) {
        return s.endsWith("'s") || s.endsWith("’s") ? s.substring(0, s.length() - 2) : s;
    }

    private static Gazetteer load() {
        Map<String, String> keyByTerm = new HashMap<>();
        Map<String, Boolean> seat = new HashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer.tsv is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                String key = columns[0];
                List<String> countryNames = new ArrayList<>();
                for (int c = 1; c < columns.length; c++) {
                    for (String term : columns[c].split("\\|")) {
                        if (!term.isEmpty()) {
                            keyByTerm.put(term, key);
                            seat.put(term, c == 4);
                            if (c == 1) {
                                countryNames.add(term);
                            }
                        }
                    }
                }
                names.put(key, List.copyOf(countryNames));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(keyByTerm, seat, names);
    }
}
