package app.counterpoint.viewmodel.story;

import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The counts beside the filter's choices: how many events have each topic, and involve each side. */
final class EventCounts {

    private EventCounts() {}

    /** Adds (sign 1) or takes away (-1) what one event counts for its topics and for the sides involved in it. */
    static void count(
            Event e, List<Statement> said, Map<String, int[]> perTopic, Map<String, int[]> perActor, int sign) {
        List<String> topics = e.topicIds();
        for (int i = 0; i < topics.size(); i++) {
            perTopic.computeIfAbsent(topics.get(i), k -> new int[1])[0] += sign;
        }
        // the sides named on the event or speaking about it, each once: a handful, so a list beats a set
        List<String> named = e.actorIds();
        List<String> speakers = null;
        for (int i = 0; i < said.size(); i++) {
            String a = said.get(i).actorId();
            if (!named.contains(a) && (speakers == null || !speakers.contains(a))) {
                if (speakers == null) {
                    speakers = new ArrayList<>(2);
                }
                speakers.add(a);
            }
        }
        for (int i = 0; i < named.size(); i++) {
            String a = named.get(i);
            if (named.indexOf(a) == i) {
                perActor.computeIfAbsent(a, k -> new int[1])[0] += sign;
            }
        }
        if (speakers != null) {
            for (String a : speakers) {
                perActor.computeIfAbsent(a, k -> new int[1])[0] += sign;
            }
        }
    }

    static Map<String, int[]> tallies(Map<String, Integer> counts) {
        Map<String, int[]> tallies = new HashMap<>();
        counts.forEach((k, n) -> tallies.put(k, new int[] {n}));
        return tallies;
    }

    /** The tallies above zero, as an unmodifiable map. */
    static Map<String, Integer> counts(Map<String, int[]> tallies) {
        Map<String, Integer> counts = new HashMap<>(tallies.size() * 4 / 3 + 1);
        tallies.forEach((k, n) -> {
            if (n[0] > 0) {
                counts.put(k, n[0]);
            }
        });
        return Collections.unmodifiableMap(counts);
    }
}
