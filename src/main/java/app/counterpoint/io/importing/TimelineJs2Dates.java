package app.counterpoint.io.importing;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.validate.FieldRules;
import app.counterpoint.model.StoryDate;

/**
 * TimelineJS 2's dates, read as its own {@code VMM.Date.parse} read them: comma-separated text,
 * "year,month,day,hour,minute,second" at the precision of the parts given ("2011,12,10", "1963", "-500"), a bare
 * number, American "month/day/year" with an optional "hours:minutes[:seconds]" after a space, or ISO 8601 text.
 */
final class TimelineJs2Dates {

    private TimelineJs2Dates() {}

    /**
     * @throws ImportedDateException in a teacher's words, when the text is no such date
     */
    static StoryDate parse(String text) {
        String t = text.trim();
        if (t.indexOf(',') < 0 && looksIso(t)) {
            FieldRules.DateCheck iso = FieldRules.date(t.replace(' ', 'T'));
            if (iso.date() == null) {
                throw new ImportedDateException(iso.problemText());
            }
            return iso.date();
        }
        if (t.indexOf(',') < 0 && t.indexOf('/') >= 0) {
            return american(text, t);
        }
        if (t.length() > 12 && t.chars().allMatch(Character::isDigit)) {
            throw new ImportedDateException(LocalText.of("problem.tljs2.longNumber", text));
        }
        String[] parts = t.split(",", -1);
        int count = parts.length;
        while (count > 1 && parts[count - 1].isBlank()) {
            count--; // "2012,1," as some editors wrote it
        }
        if (count > 6) {
            throw new ImportedDateException(LocalText.of("problem.tljs2.sixParts", text));
        }
        Long[] numbers = new Long[6];
        for (int i = 0; i < count; i++) {
            try {
                numbers[i] = TimelineDates.number(parts[i]);
            } catch (ImportedDateException e) {
                throw new ImportedDateException(LocalText.of("problem.tljs2.notADate", text));
            }
            if (numbers[i] == null) {
                throw new ImportedDateException(LocalText.of("problem.tljs2.emptyPart", text));
            }
        }
        return TimelineDates.of(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]);
    }

    /** "5/2/2017", "5/2/2017 14:30", "5/2017": month first, as TimelineJS 2 read a slash. */
    private static StoryDate american(String text, String t) {
        int space = t.indexOf(' ');
        String day = space < 0 ? t : t.substring(0, space);
        String[] parts = day.split("/", -1);
        Long[] time = new Long[3];
        if (space >= 0) {
            String[] clock = t.substring(space + 1).trim().split(":", -1);
            for (int i = 0; i < Math.min(3, clock.length); i++) {
                time[i] = number(text, clock[i]);
            }
        }
        if (parts.length == 2) {
            return TimelineDates.of(number(text, parts[1]), number(text, parts[0]), null, null, null, null);
        }
        if (parts.length != 3) {
            throw new ImportedDateException(LocalText.of("problem.tljs2.american", text));
        }
        return TimelineDates.of(
                number(text, parts[2]), number(text, parts[0]), number(text, parts[1]), time[0], time[1], time[2]);
    }

    private static Long number(String text, String part) {
        Long n;
        try {
            n = TimelineDates.number(part);
        } catch (ImportedDateException e) {
            n = null; // not a number: the whole date is told, not its part
        }
        if (n == null) {
            throw new ImportedDateException(LocalText.of("problem.tljs2.americanOrCommas", text));
        }
        return n;
    }

    /** "2011-12-10", "2011-12-10T13:30:00Z", "2011-12-10 13:30": a dash after the year's digits. */
    private static boolean looksIso(String t) {
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        int digits = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        return digits >= 4 && i < t.length() && t.charAt(i) == '-';
    }
}
