package app.counterpoint.draft;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/** English month and weekday names and their short forms, as news copy writes them. */
final class CalendarWords {

    static final String MONTH_PATTERN = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
            + "|Dec\\.?)";
    static final String WEEKDAY_PATTERN = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private CalendarWords() {}

    /** The month number (1–12) of a month name or its short form, or 0. */
    static int month(String name) {
        if (name.length() < 3) {
            return 0;
        }
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    /** The weekday named, or {@code null}. */
    static DayOfWeek weekday(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (n.startsWith(day.name().toLowerCase(Locale.ROOT))) {
                return day;
            }
        }
        return null;
    }
}
