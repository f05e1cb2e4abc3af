package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.StoryDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Dates made from places on the timeline and moved along it, each at its own precision: a month event dragged moves
 * by whole months, a double-click at a zoom showing days makes a day.
 */
public final class DateMoves {

    private DateMoves() {}

    /** The date at {@code precision} that contains the instant (epoch seconds, UTC). */
    public static StoryDate containing(double epochSecond, DatePrecision precision) {
        return of(local(Math.floor(epochSecond), null), precision, null);
    }

    /** The date at {@code precision} whose start is nearest the instant. */
    public static StoryDate nearest(double epochSecond, DatePrecision precision, ZoneOffset offset) {
        LocalDateTime t = local(Math.floor(epochSecond), offset);
        LocalDateTime floor = truncated(t, precision);
        LocalDateTime next = floor.plus(1, unit(precision));
        double fromFloor = seconds(floor, t);
        double toNext = seconds(t, next);
        return of(toNext < fromFloor ? next : floor, precision, offset);
    }

    /** {@code date} moved by {@code seconds} and rounded to its own precision (a month stays a month). */
    public static StoryDate moved(StoryDate date, double seconds) {
        return nearest(date.startEpochSecond() + seconds, date.precision(), date.offset());
    }

    /** {@code date} moved by as many of its own units as lie between {@code from} and {@code to}. */
    public static StoryDate shiftedLike(StoryDate date, StoryDate from, StoryDate to) {
        ChronoUnit unit = unit(date.precision());
        long units = unit.between(truncated(fields(from), date.precision()), truncated(fields(to), date.precision()));
        return of(fields(date).plus(units, unit), date.precision(), date.offset());
    }

    private static LocalDateTime fields(StoryDate d) {
        return LocalDateTime.of(d.year(), d.month(), d.day(), d.hour(), d.minute(), d.second());
    }

    private static LocalDateTime local(double epochSecond, ZoneOffset offset) {
        return LocalDateTime.ofEpochSecond((long) epochSecond, 0, offset == null ? ZoneOffset.UTC : offset);
    }

    private static double seconds(LocalDateTime a, LocalDateTime b) {
        return b.toEpochSecond(ZoneOffset.UTC) - a.toEpochSecond(ZoneOffset.UTC);
    }

    private static LocalDateTime truncated(LocalDateTime t, DatePrecision precision) {
        return switch (precision) {
            case YEAR -> LocalDateTime.of(t.getYear(), 1, 1, 0, 0);
            case MONTH -> LocalDateTime.of(t.getYear(), t.getMonth(), 1, 0, 0);
            case DAY -> t.truncatedTo(ChronoUnit.DAYS);
            case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
            case SECOND -> t.truncatedTo(ChronoUnit.SECONDS);
        };
    }

    private static ChronoUnit unit(DatePrecision precision) {
        return switch (precision) {
            case YEAR -> ChronoUnit.YEARS;
            case MONTH -> ChronoUnit.MONTHS;
            case DAY -> ChronoUnit.DAYS;
            case MINUTE -> ChronoUnit.MINUTES;
            case SECOND -> ChronoUnit.SECONDS;
        };
    }

    private static StoryDate of(LocalDateTime t, DatePrecision precision, ZoneOffset offset) {
        LocalDateTime f = truncated(t, precision);
        boolean timed = precision == DatePrecision.MINUTE || precision == DatePrecision.SECOND;
        return new StoryDate(
                f.getYear(),
                f.getMonthValue(),
                f.getDayOfMonth(),
                f.getHour(),
                f.getMinute(),
                f.getSecond(),
                timed ? offset : null,
                precision);
    }
}
