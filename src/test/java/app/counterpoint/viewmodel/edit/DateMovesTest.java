package app.counterpoint.viewmodel.edit;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.StoryDate;
import org.junit.jupiter.api.Test;

class DateMovesTest {

    private static final double DAY = 86_400;

    @Test
    void aDateMovesByItsOwnUnits() {
        assertEquals(
                "2017-07", DateMoves.moved(StoryDate.parse("2017-05"), 61 * DAY).toIsoString());
        assertEquals(
                "2017-05", DateMoves.moved(StoryDate.parse("2017-05"), 10 * DAY).toIsoString(), "rounds back");
        assertEquals("2019", DateMoves.moved(StoryDate.parse("2017"), 700 * DAY).toIsoString());
        assertEquals(
                "2017-05-04",
                DateMoves.moved(StoryDate.parse("2017-05-02"), 2.4 * DAY).toIsoString());
        assertEquals(
                "2017-05-02T15:00+03:00",
                DateMoves.moved(StoryDate.parse("2017-05-02T14:30+03:00"), 1800).toIsoString());
        assertEquals(
                "-0043-03-20",
                DateMoves.moved(StoryDate.parse("-0043-03-15"), 5 * DAY).toIsoString());
    }

    @Test
    void theDateUnderThePointerAtTheZoomsPrecision() {
        double may2 = StoryDate.parse("2017-05-02T18:00").startEpochSecond();
        assertEquals("2017-05-02", DateMoves.containing(may2, DatePrecision.DAY).toIsoString());
        assertEquals("2017-05", DateMoves.containing(may2, DatePrecision.MONTH).toIsoString());
        assertEquals("2017", DateMoves.containing(may2, DatePrecision.YEAR).toIsoString());
        assertEquals(
                "2017-05-02T18:00",
                DateMoves.containing(may2, DatePrecision.MINUTE).toIsoString());
    }

    @Test
    void anEndFollowsTheStartBySameNumberOfItsUnits() {
        StoryDate end = StoryDate.parse("2017-06-02");
        assertEquals(
                "2017-08-02",
                DateMoves.shiftedLike(end, StoryDate.parse("2017-05"), StoryDate.parse("2017-07"))
                        .toIsoString());
        Event moved = EventForms.withStart(
                event("e").titled("E").on("2017-05-03").until("2017-05-04").build(), StoryDate.parse("2017-05-10"));
        assertEquals("2017-05-11", moved.end().toIsoString());
    }

    private static final double YEAR = 365.2425 * DAY;

    @Test
    void deepTimeDatesMoveByTheirOwnThousandsMillionsAndBillions() {
        StoryDate cambrian = StoryDate.parse("-540000000");
        assertEquals(DatePrecision.MILLION_YEARS, cambrian.precision());
        assertEquals("-530000000", DateMoves.moved(cambrian, 10.2e6 * YEAR).toIsoString());
        assertEquals(
                "540 million years ago", DateMoves.moved(cambrian, 0.4e6 * YEAR).toDisplayString());
        assertEquals(
                "-12000000000",
                DateMoves.moved(StoryDate.parse("-13000000000"), 1.1e9 * YEAR).toIsoString());
        assertEquals(
                "-20000",
                DateMoves.moved(StoryDate.parse("-10000~"), -10e3 * YEAR)
                        .toIsoString()
                        .replace("~", ""));
        // dragged past the furthest year a story may use, it stays at the edge instead of failing
        assertEquals(
                -StoryDate.MAX_YEAR + StoryDate.MAX_YEAR % 1_000_000_000L,
                DateMoves.moved(StoryDate.parse("-90000000000"), -50e9 * YEAR).year());
    }

    @Test
    void aDoubleClickInDeepTimeMakesADateAtTheZoomsScale() {
        double span = 14e9 * YEAR;
        DatePrecision precision = EditingViewModel.precisionFor(span);
        assertEquals(DatePrecision.MILLION_YEARS, precision);
        double at = StoryDate.parse("-66400000").startEpochSecond();
        assertEquals("67 million years ago", DateMoves.containing(at, precision).toDisplayString());
        assertEquals(DatePrecision.THOUSAND_YEARS, EditingViewModel.precisionFor(100_000 * YEAR));
        assertEquals(DatePrecision.YEAR, EditingViewModel.precisionFor(1_000 * YEAR));
        assertEquals(DatePrecision.BILLION_YEARS, EditingViewModel.precisionFor(40e9 * YEAR));
    }

    @Test
    void anEndInDeepTimeFollowsItsStart() {
        StoryDate end = StoryDate.parse("-500000000");
        assertEquals(
                "-490000000",
                DateMoves.shiftedLike(end, StoryDate.parse("-540000000"), StoryDate.parse("-530000000"))
                        .toIsoString());
    }
}
