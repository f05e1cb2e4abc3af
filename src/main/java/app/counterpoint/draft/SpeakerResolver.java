package app.counterpoint.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whom each speaker phrase speaks for, reading the article in order: a side key per institution
 * ({@code gov:russia}, {@code org:hartfield city council}) or, for a person whose affiliation the text never gives,
 * per person ({@code person:dunn}). A person's affiliation, once given ("Russian President Vladimir Putin",
 * "Dave Pritchard, the MWU's regional organiser"), is reused when the surname comes back; "he", "its" and "the
 * statement" stand for the speaker named last that fits; "the council" for the council named before.
 */
final class SpeakerResolver {

    /** One resolved speaker, in the order of the article. */
    private record Spoken(String key, String phrase, boolean person, int sentence) {}

    /** What the article says about one side, to name it. */
    static final class SideNotes {
        final String key;
        final List<String> phrases = new ArrayList<>();
        final Map<String, Integer> seats = new LinkedHashMap<>();
        String personName;

        SideNotes(String key) {
            this.key = key;
        }
    }

    private final String article;
    private final Gazetteer gazetteer;
    private final OrganisationIndex organisations;
    private final Map<String, String> keyBySurname = new HashMap<>();
    private final Map<String, String> nameBySurname = new HashMap<>();
    private final List<Spoken> spoken = new ArrayList<>();
    private final Map<String, SideNotes> notes = new LinkedHashMap<>();

    SpeakerResolver(String article, Gazetteer gazetteer, OrganisationIndex organisations) {
        this.article = article;
        this.gazetteer = gazetteer;
        this.organisations = organisations;
    }

    /** Learns a person's affiliation from a phrase that is not a speaker ("Chinese President Xi Jinping met…"). */
    void learn(SpeakerPhrase phrase, int offset) {
        if (phrase.person() != null && phrase.owner() != null && !keyBySurname.containsKey(phrase.surname())) {
            String key = ownerKey(phrase.owner(), offset);
            if (key != null) {
                for (String word : nameWords(phrase.person())) {
                    keyBySurname.putIfAbsent(word, key);
                    nameBySurname.putIfAbsent(word, phrase.person());
                }
            }
        }
    }

    /** The side key of a speaker, or empty when the phrase stands for nobody the article named. */
    Optional<String> resolve(SpeakerPhrase phrase, int offset, int sentence) {
        String key;
        boolean person = false;
        if (phrase.pronoun() != null) {
            key = switch (phrase.pronoun()) {
                case "he", "she" -> last(true);
                case "it" -> last(false);
                default ->
                    spoken.isEmpty() ? null : spoken.get(spoken.size() - 1).key();
            };
            person = phrase.pronoun().equals("he") || phrase.pronoun().equals("she");
        } else if (phrase.person() != null) {
            person = true;
            String surname = phrase.surname();
            key = phrase.owner() != null ? ownerKey(phrase.owner(), offset) : null;
            if (key == null) {
                key = keyBySurname.getOrDefault(surname, "person:" + Lexicon.lower(surname));
            }
            for (String word : nameWords(phrase.person())) {
                keyBySurname.putIfAbsent(word, key);
                String known = nameBySurname.get(word);
                if (known == null || phrase.person().length() > known.length() && known.endsWith(word)) {
                    nameBySurname.put(word, phrase.person());
                }
            }
        } else if (phrase.owner() != null) {
            String surnameKey = keyBySurname.get(phrase.owner());
            person = surnameKey != null && phrase.headNoun() == null;
            key = surnameKey != null ? surnameKey : ownerKey(phrase.owner(), offset);
        } else if (phrase.headNoun() != null) {
            key = generic(phrase.headNoun(), offset);
        } else {
            key = null;
        }
        if (key == null && phrase.pronoun() == null && phrase.owner() != null) {
            key = newOrganisation(phrase, offset); // "the city council", named here first
        }
        if (key == null) {
            return Optional.empty();
        }
        spoken.add(new Spoken(key, Lexicon.lower(phrase.text()), person, sentence));
        SideNotes side = notes.computeIfAbsent(key, SideNotes::new);
        if (phrase.pronoun() == null && !side.phrases.contains(phrase.text())) {
            side.phrases.add(phrase.text());
        }
        gazetteer
                .match(Tokenizer.tokens(phrase.text(), 0, phrase.text().length()))
                .filter(Gazetteer.Match::seat)
                .ifPresent(m -> side.seats.merge(m.term(), 1, Integer::sum));
        if (phrase.person() != null && key.startsWith("person:")) {
            side.personName = nameBySurname.get(phrase.surname());
        }
        return Optional.of(key);
    }

    /**
     * The words a person may be called by later: the surname, and the first word too, since a family name may come
     * first ("Xi Jinping" is "Xi"). Initials are left out.
     */
    private static List<String> nameWords(String person) {
        String[] words = person.split(" ");
        List<String> result = new ArrayList<>();
        result.add(words[words.length - 1]);
        if (words.length > 1 && words[0].length() > 1 && !words[0].endsWith(".")) {
            result.add(words[0]);
        }
        return result;
    }

    /** An organisation the article names first by a common noun: "The city council said …". */
    private String newOrganisation(SpeakerPhrase phrase, int offset) {
        List<Token> words =
                new ArrayList<>(Tokenizer.tokens(phrase.text(), 0, phrase.text().length()));
        while (!words.isEmpty() && Lexicon.DETERMINERS.contains(words.get(0).bare())) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return null;
        }
        String name = SpeakerPhrase.span(phrase.text(), words);
        return organisations.register(Character.toUpperCase(name.charAt(0)) + name.substring(1), words, offset);
    }

    /** The sentence of the last resolved speaker, or -1. */
    int lastSpeakerSentence() {
        return spoken.isEmpty() ? -1 : spoken.get(spoken.size() - 1).sentence();
    }

    String lastSpeaker() {
        return spoken.isEmpty() ? null : spoken.get(spoken.size() - 1).key();
    }

    Map<String, SideNotes> notes() {
        return notes;
    }

    OrganisationIndex organisations() {
        return organisations;
    }

    private String last(boolean person) {
        for (int i = spoken.size() - 1; i >= 0; i--) {
            if (spoken.get(i).person() == person) {
                return spoken.get(i).key();
            }
        }
        return spoken.isEmpty() ? null : spoken.get(spoken.size() - 1).key();
    }

    /** The side of the words naming whom a speaker speaks for: "Russian", "the company", "its", "Putin", "MWU". */
    private String ownerKey(String owner, int offset) {
        switch (owner) {
            case "its", "their" -> {
                return last(false);
            }
            case "his", "her" -> {
                return last(true);
            }
            default -> {}
        }
        List<Token> words = Tokenizer.tokens(owner, 0, owner.length());
        if (words.isEmpty()) {
            return null;
        }
        Optional<Gazetteer.Match> government = gazetteer.match(words);
        if (government.isPresent()) {
            return "gov:" + government.get().key();
        }
        String lastWord = words.get(words.size() - 1).text();
        if (keyBySurname.containsKey(lastWord) && words.stream().allMatch(Token::capitalised)) {
            return keyBySurname.get(lastWord);
        }
        if (!words.get(0).capitalised()) {
            String noun = words.get(words.size() - 1).bare();
            return generic(noun, offset);
        }
        Optional<String> known = organisations.find(Lexicon.lower(owner), Integer.MAX_VALUE);
        return known.orElseGet(() -> organisations.register(owner, words, offset));
    }

    /** "the statement", "the union", "officials": the speaker or organisation named before that it stands for. */
    private String generic(String noun, int offset) {
        for (int i = spoken.size() - 1; i >= 0; i--) {
            if (OrganisationIndex.containsWords(spoken.get(i).phrase(), noun)) {
                return spoken.get(i).key();
            }
        }
        boolean organisationNoun = Organisations.isOrganisationNoun(noun);
        if (organisationNoun && !spoken.isEmpty()) {
            // "Labour … The party's director": the organisation that just spoke, if nothing names it otherwise;
            // never a government for a party, union or company
            Spoken lastOne = spoken.get(spoken.size() - 1);
            boolean government = lastOne.key().startsWith("gov:");
            if (!lastOne.person()
                    && !namedByOrganisationNoun(lastOne.key())
                    && (!government || Organisations.isGovernmentNoun(noun))) {
                return lastOne.key();
            }
        }
        Optional<String> named = organisations.latestWithNoun(noun, offset);
        if (named.isPresent()) {
            return named.get();
        }
        if (organisationNoun) {
            return organisations.latestOrganisation(offset).orElse(null);
        }
        return spoken.isEmpty() ? null : spoken.get(spoken.size() - 1).key();
    }

    private boolean namedByOrganisationNoun(String key) {
        SideNotes side = notes.get(key);
        List<String> names = new ArrayList<>(organisations.names(key));
        if (side != null) {
            names.addAll(side.phrases);
        }
        for (String name : names) {
            for (Token t : Tokenizer.tokens(name, 0, name.length())) {
                if (Organisations.isOrganisationNoun(t.bare())) {
                    return true;
                }
            }
        }
        return false;
    }
}
