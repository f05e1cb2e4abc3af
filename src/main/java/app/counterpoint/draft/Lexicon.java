package app.counterpoint.draft;

import java.util.Locale;
import java.util.Set;

/**
 * The English words the drafting rules are built on: reporting verbs, the words a speaker's name is made of, titles.
 * General news vocabulary only; nothing here names a story's actors. The lists are data, in
 * {@code english-words.txt} beside this class, read once.
 */
final class Lexicon {

    private static final WordLists ENGLISH = WordLists.fromResource("english-words.txt");

    /** Verbs that report what someone said, in the past and present tense. */
    static final Set<String> REPORTING_VERBS = ENGLISH.list("reporting-verbs");

    /**
     * Verbs that name what someone said only through a quotation: "called the talks 'frank'", "described it as
     * 'very good'". Without a quotation after them in the clause they are no attribution.
     */
    static final Set<String> QUOTING_VERBS = ENGLISH.list("quoting-verbs");

    /** Head nouns of a speaker that is not named: "a council spokeswoman", "the ministry", "officials". */
    static final Set<String> SPEAKER_NOUNS = ENGLISH.list("speaker-nouns");

    /** Words that may stand before a speaker's head noun: "senior", "foreign", "regional". */
    static final Set<String> SPEAKER_MODIFIERS = ENGLISH.list("speaker-modifiers");

    /** Titles before a person's name: "President Vladimir Putin", "Chief Loretta Cardinal". */
    static final Set<String> TITLES = ENGLISH.list("titles");

    /** Pronouns that stand for a speaker named before. */
    static final Set<String> PRONOUNS = ENGLISH.list("pronouns");

    static final Set<String> DETERMINERS = ENGLISH.list("determiners");

    /** Words after a speaker that say how, not who: "said in a statement", "told reporters on Tuesday". */
    static final Set<String> ADJUNCT_STARTS = ENGLISH.list("adjunct-starts");

    /** Words a speaker phrase never starts with, although they are capitalised at the start of a sentence. */
    static final Set<String> NOT_SPEAKERS = ENGLISH.list("not-speakers");

    /** Words that open a new sentence after "U.S." rather than continue a name ("the U.S. President"). */
    static final Set<String> SENTENCE_STARTERS = ENGLISH.list("sentence-starters");

    /** Capitalised words a topic's name is never made of: pronouns, determiners, sentence openers. */
    static final Set<String> NOT_NAMES = ENGLISH.list("not-names");

    private Lexicon() {}

    /** A set of words that tolerates a word listed twice. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean isSpeakerWord(String lowerWord) {
        return SPEAKER_NOUNS.contains(lowerWord) || SPEAKER_MODIFIERS.contains(lowerWord);
    }
}
