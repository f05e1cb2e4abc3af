package app.counterpoint.io;

/** The kinds of file Counterpoint can open, told apart by their content, never by the file name. */
public enum StoryFormat {
    /** Counterpoint's own story file, {@code "format": "counterpoint/1"}. */
    COUNTERPOINT("Counterpoint"),
    /** A TimelineJS3 JSON file: {@code title}, {@code events[]}, {@code eras[]}, or {@code slides[]} in a wrapper. */
    TIMELINEJS_JSON("TimelineJS"),
    /** A TimelineJS 2 JSON file: {@code {"timeline": {"headline", "date": [ {"startDate": "2011,3,23"} ]}}}. */
    TIMELINEJS2_JSON("TimelineJS 2"),
    /** vis-timeline data: {@code items[]} ({@code start}, {@code content}, {@code group}) and {@code groups[]}. */
    VIS_TIMELINE("vis-timeline"),
    /** The TimelineJS Google Sheets template saved as CSV: Year, Month, Day, Time, …, Headline, Text, Media, Group. */
    TIMELINEJS_CSV("TimelineJS CSV"),
    /** A flat CSV of statements: event, actor, topic, kind, text, source (and optional dates). */
    STATEMENTS_CSV("statements CSV"),
    /** The TimelineJS sheet template as an Excel workbook (.xlsx), as Google Sheets downloads it. */
    TIMELINEJS_XLSX("TimelineJS .xlsx"),
    /** A statements sheet as an Excel workbook (.xlsx). */
    STATEMENTS_XLSX("statements .xlsx");

    private final String displayName;

    StoryFormat(String displayName) {
        this.displayName = displayName;
    }

    /** The name shown to people, as in {@code OK story.json (TimelineJS, 12 events, 0 statements)}. */
    public String displayName() {
        return displayName;
    }
}
