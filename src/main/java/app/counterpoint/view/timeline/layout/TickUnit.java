package app.counterpoint.view.timeline.layout;

/** The calendar unit an axis row steps by; seconds cover minutes, hours and days because UTC days are uniform. */
enum TickUnit {
    SECOND(1),
    WEEK(7 * 86_400),
    MONTH(365.2425 * 86_400 / 12),
    YEAR(365.2425 * 86_400);

    final double nominalSeconds;

    TickUnit(double nominalSeconds) {
        this.nominalSeconds = nominalSeconds;
    }
}
