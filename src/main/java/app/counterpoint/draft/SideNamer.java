package app.counterpoint.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names each side as the article does: a government by the seat its speakers use ("White House", "Kremlin"), else
 * by the country's name most used in the text ("China"); an organisation by its fullest name ("Hartfield City
 * Council"); a person by full name.
 */
final class SideNamer {

    private final String article;
    private final Gazetteer gazetteer;
    private final OrganisationIndex organisations;
    private final Map<String, SpeakerResolver.SideNotes> notes;

    SideNamer(
            String article,
            Gazetteer gazetteer,
            OrganisationIndex organisations,
            Map<String, SpeakerResolver.SideNotes> notes) {
        this.article = article;
        this.gazetteer = gazetteer;
        this.organisations = organisations;
        this.notes = notes;
    }

    String name(String key) {
        SpeakerResolver.SideNotes side = notes.get(key);
        if (key.startsWith("gov:")) {
            if (side != null && !side.seats.isEmpty()) {
                return side.seats.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey();
            }
            List<String> names = gazetteer.names(key.substring(4));
            String best = names.isEmpty() ? key.substring(4) : names.get(0);
            int bestCount = 0;
            for (String name : names) {
                int count = occurrences(name);
                if (count > bestCount) {
                    best = name;
                    bestCount = count;
                }
            }
            return best;
        }
        if (key.startsWith("person:")) {
            return side != null && side.personName != null ? side.personName : capitalise(key.substring(7));
        }
        String best = null;
        for (String name : organisations.names(key)) {
            if (best == null || name.length() > best.length()) {
                best = name;
            }
        }
        return best != null ? best : capitalise(key.substring(key.indexOf(':') + 1));
    }

    List<String> aliases(String key, String name) {
        List<String> aliases = new ArrayList<>();
        aliases.add(name);
        SpeakerResolver.SideNotes side = notes.get(key);
        List<String> all = new ArrayList<>(organisations.names(key));
        if (side != null) {
            all.addAll(side.phrases);
        }
        for (String alias : all) {
            if (aliases.stream().noneMatch(a -> a.equalsIgnoreCase(alias))) {
                aliases.add(alias);
            }
        }
        return aliases;
    }

    private int occurrences(String name) {
        int count = 0;
        for (int at = article.indexOf(name); at >= 0; at = article.indexOf(name, at + name.length())) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(article.charAt(at - 1));
            int end = at + name.length();
            boolean endOk = end >= article.length() || !Character.isLetterOrDigit(article.charAt(end));
            if (startOk && endOk) {
                count++;
            }
        }
        return count;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
