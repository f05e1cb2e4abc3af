package app.counterpoint.draft;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date of a plain-text article, from a short line near its top that carries a full date:
 * "Published: 7 June 2024", "Friday 5 May 2023", "March 11, 2022", "2017-05-02".
 */
final class DatelineDate {

    private static final String M = CalendarWords.MONTH_PATTERN;
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (" + M + ")\\s*,? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b(" + M + ") (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final int MAX_WORDS = 12;

    private DatelineDate() {}

    /** The date of a line that is a dateline, or empty for a line of running text. */
    static Optional<LocalDate> parse(String line) {
        if (line.split("\\s+").length > MAX_WORDS || line.endsWith(".") && !line.matches(".*\\d\\.$")) {
            return Optional.empty();
        }
        Matcher m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            return day(m.group(3), CalendarWords.month(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            return day(m.group(3), CalendarWords.month(m.group(1)), m.group(2));
        }
        m = ISO.matcher(line);
        if (m.find()) {
            return day(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return Optional.empty();
    }

    /** Whether a line is only metadata (a byline or a dateline), not part of the story's running text. */
    static boolean isMetadata(String paragraph) {
        if (parse(paragraph).isPresent()) {
            String rest = DAY_MONTH_YEAR.matcher(paragraph).replaceAll(" ");
            rest = MONTH_DAY_YEAR.matcher(rest).replaceAll(" ");
            rest = ISO.matcher(rest).replaceAll(" ");
            rest = rest.replaceAll(
                    "(?i)\\b(published|updated|posted|first|last|modified|on|at|date|"
                            + CalendarWords.WEEKDAY_PATTERN.substring(3, CalendarWords.WEEKDAY_PATTERN.length() - 1)
                            + ")\\b|\\d{1,2}[:.]\\d{2}\\s*(am|pm|[A-Z]{2,4})?|[^\\p{L}]",
                    " ");
            if (rest.isBlank() || rest.strip().split("\\s+").length <= 3) {
                return true;
            }
        }
        return paragraph.matches("(?i)(by|from|words by|reporting by) [^.]{0,80}");
    }

    private static Optional<LocalDate> day(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
