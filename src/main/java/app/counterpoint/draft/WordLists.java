package app.counterpoint.draft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named word lists read from a text file: a {@code [name]} line starts a list, words follow separated by spaces or
 * new lines, {@code #} starts a comment line. A word listed twice counts once. The drafting rules keep their
 * vocabulary here as data, so a list grows without touching the code.
 */
final class WordLists {

    private final Map<String, Set<String>> lists;

    private WordLists(Map<String, Set<String>> lists) {
        this.lists = lists;
    }

    /** Reads the lists from a resource beside this class; a missing resource is a broken build, not bad input. */
    static WordLists fromResource(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }

    static WordLists read(Reader text, String name) throws IOException {
        Map<String, Set<String>> lists = new HashMap<>();
        Set<String> current = null;
        BufferedReader lines = new BufferedReader(text);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                String list = trimmed.substring(1, trimmed.length() - 1).strip();
                if (lists.containsKey(list)) {
                    throw new IllegalStateException(name + " line " + lineNumber + ": list [" + list + "] twice");
                }
                current = new HashSet<>();
                lists.put(list, current);
                continue;
            }
            if (current == null) {
                throw new IllegalStateException(name + " line " + lineNumber + ": words before the first [list]");
            }
            for (String word : trimmed.split("\\s+")) {
                current.add(word);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        lists.forEach((list, words) -> frozen.put(list, Set.copyOf(words)));
        return new WordLists(Map.copyOf(frozen));
    }

    /** The words of one list; a list the file does not have is a broken build. */
    Set<String> list(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalStateException("no word list [" + name + "]");
        }
        return words;
    }
}
