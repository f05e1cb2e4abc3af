package app.counterpoint.cli;

import java.util.Locale;
import java.util.Optional;

/** What {@code convert --to FORMAT} writes. */
enum ConvertFormat {
    COUNTERPOINT("counterpoint", "a Counterpoint story (counterpoint/1 JSON), the default"),
    TIMELINEJS("timelinejs", "TimelineJS3 JSON of the events, to publish on the web"),
    MARKDOWN("markdown", "the comparison of every event as Markdown tables, as the app exports it"),
    HTML("html", "the comparison of every event as one web page, as the app exports it"),
    SLIDESHOW("slideshow", "the story's first tour as one self-contained web page, arrow keys to step");

    private final String option;
    private final String description;

    ConvertFormat(String option, String description) {
        this.option = option;
        this.description = description;
    }

    /** The name given after {@code --to}. */
    String option() {
        return option;
    }

    String description() {
        return description;
    }

    static Optional<ConvertFormat> of(String option) {
        String wanted = option.toLowerCase(Locale.ROOT);
        for (ConvertFormat format : values()) {
            if (format.option.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** "counterpoint|timelinejs|markdown|html|slideshow", for the usage line. */
    static String choices() {
        StringBuilder sb = new StringBuilder();
        for (ConvertFormat format : values()) {
            sb.append(sb.length() == 0 ? "" : "|").append(format.option);
        }
        return sb.toString();
    }
}
