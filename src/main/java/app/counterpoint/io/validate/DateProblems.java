package app.counterpoint.io.validate;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.StoryDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a text names no date, told in the reader's language: the model's date rule ({@link StoryDate#parse}) says why
 * in English, in a handful of sentences; each is read back into a key and its values here, so the model stays free of
 * the bundles. A sentence not known here (a rule added later) is shown as the model wrote it.
 */
final class DateProblems {

    private record Rule(Pattern english, String key) {}

    private static final String TEXT = "'(.*)'";

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("a date is required"), "problem.date.required"),
            new Rule(
                    Pattern.compile(TEXT + " is not an ISO 8601 date such as 2017, 2017-05, 2017-05-02 or "
                            + "2017-05-02T14:30"),
                    "problem.date.notIso"),
            new Rule(
                    Pattern.compile(TEXT + " has a year of (\\d+) digits; years must lie between -(\\d+) and (\\d+)"),
                    "problem.date.yearDigits"),
            new Rule(
                    Pattern.compile(TEXT + " has year (-?\\d+); years must lie between -(\\d+) and (\\d+)"),
                    "problem.date.yearRange"),
            new Rule(Pattern.compile(TEXT + " has month (\\d+); months run from 01 to 12"), "problem.date.month"),
            new Rule(Pattern.compile(TEXT + " has an impossible time of day"), "problem.date.time"),
            new Rule(Pattern.compile(TEXT + " has an impossible second"), "problem.date.second"),
            new Rule(Pattern.compile(TEXT + " has an impossible UTC offset (.*)"), "problem.date.offset"),
            new Rule(Pattern.compile(TEXT + " is not a date that exists"), "problem.date.none"));

    /** "'2017-02-30' names day 30 of February 2017, which has 28 days" */
    private static final Pattern DAY =
            Pattern.compile(TEXT + " names day (\\d+) of (.+), which has (\\d+) days", Pattern.DOTALL);

    private static final Pattern YEAR_MONTH = Pattern.compile("^\\s*([+-]?\\d+)-(\\d{2})");

    private DateProblems() {}

    /** The model's English sentence as a text in any language. */
    static LocalText of(String english) {
        if (english == null) {
            return LocalText.of("problem.date.required");
        }
        Matcher day = DAY.matcher(english);
        if (day.matches()) {
            return LocalText.of(
                    "problem.date.day", day.group(1), day.group(2), monthOf(day.group(1), day.group(3)), day.group(4));
        }
        for (Rule rule : RULES) {
            Matcher m = rule.english().matcher(english);
            if (m.matches()) {
                Object[] values = new Object[m.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = m.group(i + 1);
                }
                return LocalText.of(rule.key(), values);
            }
        }
        return LocalText.verbatim(english);
    }

    /** "February 2017" as the model wrote it in English, and in every other language as its dates are written. */
    private static LocalText.Localised monthOf(String text, String english) {
        Matcher m = YEAR_MONTH.matcher(text);
        StoryDate month = null;
        if (m.find()) {
            try {
                month = StoryDate.parse(m.group(1) + "-" + m.group(2));
            } catch (IllegalArgumentException e) {
                month = null; // then the English words serve every language
            }
        }
        StoryDate shown = month;
        return language -> shown == null || language == Language.ENGLISH
                ? english
                : new DisplayDates(Messages.of(language)).format(shown);
    }
}
