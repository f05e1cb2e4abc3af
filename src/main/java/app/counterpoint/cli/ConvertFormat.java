package app.counterpoint.cli;

import java.util.Locale;
import java.util.Optional;

/** What {@code convert --to FORMAT} writes. */
enum ConvertFormat {
    COUNTERPOINT("counterpoint", "cli.convert.format.counterpoint"),
    TIMELINEJS("timelinejs", "cli.convert.format.timelinejs"),
    MARKDOWN("markdown", "cli.convert.format.markdown"),
    HTML("html", "cli.convert.format.html"),
    SLIDESHOW("slideshow", "cli.convert.format.slideshow");

    private final String option;
    private final String descriptionKey;

    ConvertFormat(String option, String descriptionKey) {
        this.option = option;
        this.descriptionKey = descriptionKey;
    }

    /** The name given after {@code --to}. */
    String option() {
        return option;
    }

    /** The messages key of what the format is, for {@code convert --help}. */
    String descriptionKey() {
        return descriptionKey;
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
