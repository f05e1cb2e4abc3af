package app.counterpoint.draft;

import app.counterpoint.model.StoryDate;

/**
 * A date the article writes, resolved against its publication date.
 *
 * @param start offset of the date's first character in the article
 * @param end   offset just after its last
 * @param from  the date, at the precision the text gives (a month stays a month)
 * @param to    the last day of a range ("on Wednesday and Thursday"), or {@code null}
 * @param since whether the text counts from it ("since 2019"): a date in the background, not an event of the text
 */
record DateMention(int start, int end, StoryDate from, StoryDate to, boolean since) {

    /** The date as the corpus files and the ISO format write it: "2017-05-03/2017-05-04", "2017-07". */
    String iso() {
        return to == null ? from.toIsoString() : from.toIsoString() + "/" + to.toIsoString();
    }
}
