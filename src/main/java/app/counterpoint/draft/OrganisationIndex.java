package app.counterpoint.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisations an article names, in the order it names them, each with the key of the side it would speak
 * for: "Municipal Workers’ Union (MWU)" gives the union and its acronym one key; "Red Willow" later is the "Cree
 * Nation of Red Willow" named before (one name holds the other); "Office of the US Trade Representative" is the US
 * government (the gazetteer).
 */
final class OrganisationIndex {

    /** One organisation's name where the article writes it. */
    record Mention(String name, String lower, int offset, String key) {}

    /** Words for the people of an organisation rather than the organisation: "Members of the union". */
    private static final java.util.Set<String> GROUPS_OF_PEOPLE = Lexicon.words(
            "members",
            "staff",
            "workers",
            "officials",
            "supporters",
            "leaders",
            "representatives",
            "employees",
            "nurses",
            "doctors",
            "teachers",
            "students",
            "residents",
            "fans");

    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, String> keyByAcronym = new HashMap<>();
    private final Gazetteer gazetteer;

    OrganisationIndex(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Indexes every organisation named in the sentences (once, before the speakers are resolved). */
    void scan(String article, List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            List<Token> tokens = Tokenizer.tokens(article, sentence.start(), sentence.end());
            int i = 0;
            while (i < tokens.size()) {
                if (!tokens.get(i).capitalised()) {
                    i++;
                    continue;
                }
                int j = i;
                int last = i;
                while (j < tokens.size()) {
                    Token t = tokens.get(j);
                    if (t.capitalised()) {
                        last = j;
                        j++;
                        if (t.possessive()) {
                            break;
                        }
                    } else if ((t.isLower("of") || t.isLower("for") || t.isLower("the"))
                            && j + 1 < tokens.size()
                            && (tokens.get(j + 1).capitalised()
                                    || tokens.get(j + 1).isLower("the"))
                            && j > i) {
                        j++;
                    } else {
                        break;
                    }
                }
                List<Token> run = new ArrayList<>(tokens.subList(i, last + 1));
                while (!run.isEmpty()
                        && (Lexicon.DETERMINERS.contains(run.get(0).bare())
                                || Lexicon.NOT_SPEAKERS.contains(run.get(0).bare()))) {
                    run.remove(0);
                }
                int of = indexOfOf(run);
                if (of > 0 && GROUPS_OF_PEOPLE.contains(run.get(0).bare())) {
                    run = new ArrayList<>(run.subList(of + 1, run.size())); // "Members of the MWU": the MWU
                    while (!run.isEmpty()
                            && Lexicon.DETERMINERS.contains(run.get(0).bare())) {
                        run.remove(0);
                    }
                }
                if (!run.isEmpty() && isOrganisation(run)) {
                    String name = SpeakerPhrase.span(article, run);
                    if (name.endsWith("'s") || name.endsWith("’s")) {
                        name = name.substring(0, name.length() - 2);
                    }
                    String key = register(name, run, run.get(0).start());
                    String acronym = acronymAfter(tokens, last + 1);
                    if (acronym != null) {
                        keyByAcronym.put(acronym, key);
                    }
                }
                i = last + 1;
            }
        }
    }

    private static int indexOfOf(List<Token> run) {
        for (int i = 0; i < run.size(); i++) {
            if (run.get(i).isLower("of")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isOrganisation(List<Token> run) {
        for (Token t : run) {
            String text = t.possessive() ? t.text().substring(0, t.text().length() - 2) : t.text();
            if (Organisations.isOrganisationWord(text)
                    || text.length() >= 2 && text.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    private static String acronymAfter(List<Token> tokens, int i) {
        if (i + 2 < tokens.size()
                && tokens.get(i).is("(")
                && tokens.get(i + 2).is(")")
                && tokens.get(i + 1).text().chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
            return tokens.get(i + 1).text();
        }
        return null;
    }

    /** Records a name (also one the resolver meets as a speaker) and returns its side key. */
    String register(String name, List<Token> words, int offset) {
        Optional<Gazetteer.Match> government = gazetteer.match(words);
        String lower = Lexicon.lower(name);
        String key = government.map(m -> "gov:" + m.key()).orElse(null);
        if (key == null) {
            key = keyByAcronym.get(name);
        }
        if (key == null) {
            key = find(lower, Integer.MAX_VALUE).orElse("org:" + lower);
        }
        mentions.add(new Mention(name, lower, offset, key));
        return key;
    }

    /** The key of a known organisation: by acronym, same name, or one name holding the other (the latest first). */
    Optional<String> find(String lowerName, int before) {
        for (Map.Entry<String, String> acronym : keyByAcronym.entrySet()) {
            if (Lexicon.lower(acronym.getKey()).equals(lowerName)) {
                return Optional.of(acronym.getValue());
            }
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.offset() < before
                    && (m.lower().equals(lowerName)
                            || containsWords(m.lower(), lowerName)
                            || containsWords(lowerName, m.lower()))) {
                return Optional.of(m.key());
            }
        }
        return Optional.empty();
    }

    /** The latest organisation before {@code offset} whose name holds the noun ("the union"), if any. */
    Optional<String> latestWithNoun(String noun, int offset) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.offset() < offset && containsWords(m.lower(), noun)) {
                return Optional.of(m.key());
            }
        }
        return Optional.empty();
    }

    /**
     * The latest organisation named before {@code offset} that no government stands for and whose name says it is
     * no other kind of organisation ("the union" is not the "City council").
     */
    Optional<String> latestOrganisation(int offset) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            boolean otherKind = false;
            for (Token t : Tokenizer.tokens(m.name(), 0, m.name().length())) {
                otherKind |= Organisations.isOrganisationNoun(t.bare());
            }
            if (m.offset() < offset && m.key().startsWith("org:") && !otherKind) {
                return Optional.of(m.key());
            }
        }
        return Optional.empty();
    }

    /** Every name the article gives the organisation with this key. */
    List<String> names(String key) {
        List<String> names = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.key().equals(key) && !names.contains(m.name())) {
                names.add(m.name());
            }
        }
        return names;
    }

    static boolean containsWords(String haystack, String needle) {
        if (needle.isEmpty()) {
            return false;
        }
        int at = haystack.indexOf(needle);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            int end = at + needle.length();
            boolean endOk = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = haystack.indexOf(needle, at + 1);
        }
        return false;
    }
}
