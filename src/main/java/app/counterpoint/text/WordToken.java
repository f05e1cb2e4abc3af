package app.counterpoint.text;

/**
 * One word of a text: where it stands and the form it is compared in.
 *
 * @param key      the lower-cased, lightly stemmed form two words must share to count as the same word
 * @param stopWord whether the word carries too little meaning to count on its own ("the", "and", "was")
 */
public record WordToken(int start, int end, String key, boolean stopWord) {}
