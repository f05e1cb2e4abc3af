package app.counterpoint.io.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Spreadsheet dates: a number of days since the workbook's epoch (1900, with Excel's phantom 29 February 1900, or
 * 1904), shown as a date because of its number format. Read into ISO 8601 text, as a CSV export would hold it.
 */
final class SheetDates {

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final int SECONDS_PER_DAY = 86_400;

    private SheetDates() {}

    /** Whether a number format shows dates or times: Excel's built-in ones, or a pattern with d, m, y, h or s. */
    static boolean isDateFormat(Integer id, String pattern) {
        if (id != null
                && ((id >= 14 && id <= 22)
                        || (id >= 27 && id <= 36)
                        || (id >= 45 && id <= 47)
                        || (id >= 50 && id <= 58))) {
            return true;
        }
        if (pattern == null || pattern.isBlank() || pattern.equalsIgnoreCase("general")) {
            return false;
        }
        StringBuilder visible = new StringBuilder();
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // the next character is shown as it is
            } else if (c == '[') {
                bracket = true;
            } else if (c == ']') {
                bracket = false;
            } else if (!bracket || "hms".indexOf(Character.toLowerCase(c)) >= 0) {
                visible.append(Character.toLowerCase(c));
            }
        }
        String v = visible.toString();
        return v.chars().anyMatch(ch -> "dmyhs".indexOf(ch) >= 0) && !v.contains("general");
    }

    /** "2017-05-02", "2017-05-02T14:30", "14:30" (a time alone), to the second when it has seconds. */
    static String iso(BigDecimal serial, boolean date1904) {
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        long seconds = serial.subtract(BigDecimal.valueOf(days))
                .multiply(BigDecimal.valueOf(SECONDS_PER_DAY))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        if (seconds == SECONDS_PER_DAY) {
            days++;
            seconds = 0;
        }
        String time = seconds % 60 == 0
                ? String.format(Locale.ROOT, "%02d:%02d", seconds / 3600, seconds / 60 % 60)
                : String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        if (days == 0 && !date1904) {
            return time; // a time of day with no date, as the TimelineJS template's Time column holds
        }
        LocalDate day = date1904
                ? EPOCH_1904.plusDays(days)
                : days < 60 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
        return seconds == 0 ? day.toString() : day + "T" + time;
    }
}
