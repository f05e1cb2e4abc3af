package app.counterpoint.viewmodel.search;

/** Where in an event a search match lies: its title, its summary, or one of its statements. */
public enum MatchPlace {
    TITLE,
    SUMMARY,
    STATEMENT
}
