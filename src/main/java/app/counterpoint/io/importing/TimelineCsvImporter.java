package app.counterpoint.io.importing;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.validate.FieldRules;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the TimelineJS Google Sheets template saved as CSV (Year, Month, Day, Time, End Year, End Month, End Day,
 * End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
 * Background). It maps like the TimelineJS JSON import: the row of Type "title" gives the story's title, rows of
 * Type "era" become events on the topic "Eras", every other row an event with its Group as topic.
 */
public final class TimelineCsvImporter {

    private static final Pattern TIME =
            Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([AaPp][Mm])?");

    private final CsvTable table;
    private final Problems problems;
    private final StoryAssembler story;

    private TimelineCsvImporter(CsvTable table, Problems problems, ImportedNames names) {
        this.story = new StoryAssembler(names);
        this.table = table;
        this.problems = problems;
    }

    /** The story, or {@code null} when any problem was added. */
    public static Story importStory(CsvTable table, String fallbackTitle, Problems problems) {
        return importStory(table, fallbackTitle, problems, ImportedNames.ENGLISH);
    }

    /** As {@link #importStory(CsvTable, String, Problems)}, naming what the file does not name in {@code names}. */
    public static Story importStory(CsvTable table, String fallbackTitle, Problems problems, ImportedNames names) {
        return new TimelineCsvImporter(table, problems, names).read(fallbackTitle);
    }

    private Story read(String fallbackTitle) {
        String title = null;
        String description = null;
        for (CsvTable.Row row : table.rows()) {
            String type = table.cell(row, "type");
            String kind = type == null ? "" : type.toLowerCase(Locale.ROOT);
            if (kind.equals("title")) {
                title = plain(row, "headline");
                description = plain(row, "text");
            } else {
                event(row, kind.equals("era"));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return story.build(title == null ? fallbackTitle : title, description);
    }

    private void event(CsvTable.Row row, boolean era) {
        int before = problems.count();
        StoryDate start = date(row, "year", "month", "day", "time");
        StoryDate end =
                table.cell(row, "end year") == null ? null : date(row, "end year", "end month", "end day", "end time");
        if (start != null && end != null && end.endEpochSecondExclusive() <= start.startEpochSecond()) {
            table.problem(problems, row, "end year", FieldRules.endNotBeforeStartProblem(start, end));
        }
        if (problems.count() != before) {
            return;
        }
        String headline = plain(row, "headline");
        String text = plain(row, "text");
        String title = headline != null ? headline : plain(row, "display date");
        if (title == null) {
            title = era ? story.names().era() : story.names().untitledEvent();
        }
        String group = plain(row, "group");
        if (group == null && table.cell(row, "group") != null) {
            table.problem(
                    problems,
                    row,
                    "group",
                    LocalText.at(capital("group"), StoryAssembler.onlyMarkup(table.cell(row, "group"))));
            return;
        }
        List<String> topics = era
                ? List.of(story.topic(story.names().eras()))
                : group == null ? List.of() : List.of(story.topic(group));
        String media = table.cell(row, "media");
        String sourceId = null;
        if (media != null) {
            String link = StoryAssembler.webAddress(media);
            String reference = link != null ? link : HtmlText.toPlainText(media);
            if (!reference.isBlank()) {
                sourceId = story.source(reference, plain(row, "media caption"), plain(row, "media credit"));
            }
        }
        story.addTimelineEntry(null, title, start, end, text, topics, sourceId);
    }

    private StoryDate date(
            CsvTable.Row row, String yearColumn, String monthColumn, String dayColumn, String timeColumn) {
        int before = problems.count();
        Long year = number(row, yearColumn);
        Long month = number(row, monthColumn);
        Long day = number(row, dayColumn);
        Long hour = null;
        Long minute = null;
        Long second = null;
        String time = table.cell(row, timeColumn);
        if (time != null) {
            Matcher m = TIME.matcher(time);
            if (!m.matches()) {
                table.problem(
                        problems,
                        row,
                        timeColumn,
                        LocalText.at(capital(timeColumn), LocalText.of("problem.csv.time", time)));
            } else {
                hour = Long.parseLong(m.group(1));
                minute = Long.parseLong(m.group(2));
                second = m.group(3) == null ? null : Long.parseLong(m.group(3));
                if (m.group(4) != null && hour >= 1 && hour <= 12) {
                    boolean pm = m.group(4).equalsIgnoreCase("pm");
                    hour = hour % 12 + (pm ? 12 : 0);
                }
            }
        }
        if (problems.count() != before) {
            return null;
        }
        try {
            return TimelineDates.of(year, month, day, hour, minute, second);
        } catch (ImportedDateException e) {
            String column = switch (e.field()) {
                case "month" -> monthColumn;
                case "day" -> dayColumn;
                case "hour", "minute", "second" -> timeColumn;
                default -> yearColumn;
            };
            table.problem(problems, row, column, LocalText.at(capital(column), e.text()));
            return null;
        }
    }

    private Long number(CsvTable.Row row, String column) {
        try {
            return TimelineDates.number(table.cell(row, column));
        } catch (ImportedDateException e) {
            table.problem(problems, row, column, LocalText.at(capital(column), e.text()));
            return null;
        }
    }

    private String plain(CsvTable.Row row, String column) {
        String value = table.cell(row, column);
        return value == null ? null : StoryAssembler.blankToNull(HtmlText.toPlainText(value));
    }

    private static String capital(String column) {
        StringBuilder sb = new StringBuilder();
        for (String word : column.split(" ")) {
            sb.append(sb.length() == 0 ? "" : " ")
                    .append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return sb.toString();
    }
}
