package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.CivilCalendar;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.StoryDate;
import java.time.ZoneOffset;

/**
 * Dates made from places on the timeline and moved along it, each at its own precision: a month event dragged moves
 * by whole months, a double-click at a zoom showing days makes a day, one showing the dinosaurs a million years.
 * Plain {@code long} calendar arithmetic ({@link CivilCalendar}), since java.time stops at ±999,999,999 years and a
 * story may reach ±{@value StoryDate#MAX_YEAR}.
 */
public final class DateMoves {

    private static final long DAY = CivilCalendar.SECONDS_PER_DAY;

    private DateMoves() {}

    /** The fields of a local date and time (the offset applied), year as long as a story may use. */
    private record Local(long year, int month, int day, int hour, int minute, int second) {

        static Local of(long localEpochSecond) {
            long[] f = CivilCalendar.civil(localEpochSecond);
            return new Local(f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], (int) f[5]);
        }

        static Local of(StoryDate d) {
            return new Local(d.year(), d.month(), d.day(), d.hour(), d.minute(), d.second());
        }

        long epochSecond() {
            return CivilCalendar.epochDay(year, month, day) * DAY + hour * 3600L + minute * 60L + second;
        }
    }

    /** The date at {@code precision} that contains the instant (epoch seconds, UTC). */
    public static StoryDate containing(double epochSecond, DatePrecision precision) {
        return of(local(epochSecond, null), precision, null);
    }

    /** The date at {@code precision} whose start is nearest the instant. */
    public static StoryDate nearest(double epochSecond, DatePrecision precision, ZoneOffset offset) {
        Local t = local(epochSecond, offset);
        Local floor = truncated(t, precision);
        Local next = plus(floor, 1, precision);
        if (Math.abs(next.year()) > StoryDate.MAX_YEAR) {
            return of(floor, precision, offset);
        }
        long fromFloor = t.epochSecond() - floor.epochSecond();
        long toNext = next.epochSecond() - t.epochSecond();
        return of(toNext < fromFloor ? next : floor, precision, offset);
    }

    /** {@code date} moved by {@code seconds} and rounded to its own precision (a month stays a month). */
    public static StoryDate moved(StoryDate date, double seconds) {
        return nearest(date.startEpochSecond() + seconds, date.precision(), date.offset());
    }

    /** {@code date} moved by as many of its own units as lie between {@code from} and {@code to}. */
    public static StoryDate shiftedLike(StoryDate date, StoryDate from, StoryDate to) {
        DatePrecision p = date.precision();
        long units = between(truncated(Local.of(from), p), truncated(Local.of(to), p), p);
        return of(plus(Local.of(date), units, p), p, date.offset());
    }

    private static Local local(double epochSecond, ZoneOffset offset) {
        double limit = CivilCalendar.yearStart(StoryDate.MAX_YEAR);
        long clamped = (long) Math.floor(Math.max(-limit, Math.min(limit, epochSecond)));
        return Local.of(clamped + (offset == null ? 0 : offset.getTotalSeconds()));
    }

    private static Local truncated(Local t, DatePrecision precision) {
        return switch (precision) {
            case BILLION_YEARS, MILLION_YEARS, THOUSAND_YEARS ->
                new Local(Math.floorDiv(t.year(), precision.years()) * precision.years(), 1, 1, 0, 0, 0);
            case YEAR -> new Local(t.year(), 1, 1, 0, 0, 0);
            case MONTH -> new Local(t.year(), t.month(), 1, 0, 0, 0);
            case DAY -> new Local(t.year(), t.month(), t.day(), 0, 0, 0);
            case MINUTE -> new Local(t.year(), t.month(), t.day(), t.hour(), t.minute(), 0);
            case SECOND -> t;
        };
    }

    /** Whole units of {@code precision} from {@code a} to {@code b}, both truncated to it. */
    private static long between(Local a, Local b, DatePrecision precision) {
        return switch (precision) {
            case BILLION_YEARS, MILLION_YEARS, THOUSAND_YEARS -> (b.year() - a.year()) / precision.years();
            case YEAR -> b.year() - a.year();
            case MONTH -> (b.year() - a.year()) * 12 + b.month() - a.month();
            case DAY -> (b.epochSecond() - a.epochSecond()) / DAY;
            case MINUTE -> (b.epochSecond() - a.epochSecond()) / 60;
            case SECOND -> b.epochSecond() - a.epochSecond();
        };
    }

    /** {@code t} plus {@code n} units; a day past the end of the month it lands in is its last day, as java.time. */
    private static Local plus(Local t, long n, DatePrecision precision) {
        return switch (precision) {
            case BILLION_YEARS, MILLION_YEARS, THOUSAND_YEARS, YEAR ->
                withYearMonth(
                        t, Math.addExact(t.year(), Math.multiplyExact(n, Math.max(1, precision.years()))), t.month());
            case MONTH -> {
                long months = Math.addExact(t.year() * 12 + t.month() - 1, n);
                yield withYearMonth(t, Math.floorDiv(months, 12), (int) Math.floorMod(months, 12) + 1);
            }
            case DAY -> Local.of(t.epochSecond() + n * DAY);
            case MINUTE -> Local.of(t.epochSecond() + n * 60);
            case SECOND -> Local.of(t.epochSecond() + n);
        };
    }

    private static Local withYearMonth(Local t, long year, int month) {
        int day = Math.min(t.day(), CivilCalendar.lengthOfMonth(year, month));
        return new Local(year, month, day, t.hour(), t.minute(), t.second());
    }

    private static StoryDate of(Local t, DatePrecision precision, ZoneOffset offset) {
        Local f = truncated(t, precision);
        long unit = Math.max(1, precision.years());
        long edge = StoryDate.MAX_YEAR / unit * unit; // the furthest whole unit a story may use
        long year = Math.max(-edge, Math.min(edge, f.year()));
        boolean timed = precision == DatePrecision.MINUTE || precision == DatePrecision.SECOND;
        return new StoryDate(
                year, f.month(), f.day(), f.hour(), f.minute(), f.second(), timed ? offset : null, precision);
    }
}
