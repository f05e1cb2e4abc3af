package app.counterpoint.text;

import java.util.Set;

/** Common English words that two statements share by accident, not because they say the same thing. */
public final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "of", "at", "by",
            "for", "with", "about", "against", "between", "into", "through", "during", "before", "after", "above",
            "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "once",
            "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most",
            "other", "some", "such", "no", "not", "only", "own", "same", "too", "very", "can", "will", "just", "should",
            "would", "could", "may", "might", "must", "shall", "now", "also", "this", "that", "these", "those", "is",
            "am", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did",
            "doing", "i", "me", "my", "we", "us", "our", "ours", "you", "your", "he", "him", "his", "she", "her", "it",
            "its", "they", "them", "their", "what", "which", "who", "whom", "whose", "said", "says", "say", "it's",
            "don't", "didn't", "won't", "can't", "isn't", "aren't", "wasn't", "weren't", "there's", "that's", "while",
            "because", "until", "within", "without", "upon", "via", "per", "whether", "s", "t");

    private StopWords() {}

    /** Whether a lower-cased word is a stop word. */
    public static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
