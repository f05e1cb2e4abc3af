package app.counterpoint.draft;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date in a sentence is spoken of as past or to come, from the verb nearest to it: "broke down on Monday"
 * is past, "will send … on Wednesday" and "agreed to meet … in July" are to come. A cue after the date counts as
 * future only when it is a modal ("in January would hit"); "on Tuesday they agreed to try" is past.
 */
enum Tense {
    PAST,
    FUTURE,
    UNKNOWN;

    private static final Pattern MODAL = Pattern.compile(
            "\\b(?:will|won't|shall|would|wouldn't|is to|are to|is due|are due|going to)\\b|'ll\\b|’ll\\b");
    private static final Pattern INTENTION = Pattern.compile("\\b(?:agreed|agree|agrees|plans?|planned|planning"
            + "|hopes?|hoped|intends?|intended|aims?|aimed|expects?|expected|promised|promises|pledged|vowed|wants?"
            + "|wanted|prepared|preparing|ready|willing|offered|decided|due|set|scheduled|likely|poised|seeking)"
            + " to\\b|\\b(?:scheduled|planned|upcoming|forthcoming|possible|proposed|next|later)\\b");
    private static final Pattern PAST_WORD = Pattern.compile("\\b(?:was|were|had|did|has been|have been|ago|last"
            + "|said|told|met|spoke|went|came|began|held|made|gave|won|lost|left|sent|saw|took|broke|struck|fell"
            + "|rose|flew|ran|fought|led|brought|thought|found|kept|paid|sold|built|chose|drove|wrote|became|stood"
            + "|heard|knew|got|felt|meant|bought|caught|taught|sought|spent|lent|dealt|fled|swore|threw|understood"
            + "|woke|wore|rode|froze|ate|grew|drew|shook|sat|sang|slept|wept|fought|withdrew|overtook|undertook"
            + "|[a-z]{2,}ed)\\b");
    /** "is expected to": an intention in the present, so still to come. */
    private static final Pattern PRESENT_BEFORE = Pattern.compile("\\b(?:is|are|am|'s|’s) $");
    /** Where one clause of a sentence gives way to another, whose verb says nothing of this date. */
    private static final Pattern CLAUSE_BOUNDARY =
            Pattern.compile(", (?:and|but|while|whereas|although|though|when)\\b|;| — | – ");

    private static final Set<String> NOT_PAST =
            Lexicon.words("need", "speed", "feed", "hundred", "proceed", "exceed", "seed");

    private record Cue(int at, Tense tense) {}

    /** The tense of the date at {@code [start, end)} of a sentence (offsets in the sentence's own text). */
    static Tense around(String sentence, int start, int end) {
        String lower = Lexicon.lower(sentence);
        int clauseStart = 0;
        int clauseEnd = lower.length();
        Matcher boundary = CLAUSE_BOUNDARY.matcher(lower);
        while (boundary.find()) {
            if (boundary.end() <= start) {
                clauseStart = boundary.end();
            } else if (boundary.start() >= end && clauseEnd == lower.length()) {
                clauseEnd = boundary.start();
            }
        }
        Cue before = null;
        Cue after = null;
        for (Cue cue : cues(lower)) {
            if (cue.at() < start && cue.at() >= clauseStart) {
                before = cue; // the last one before the date, in its clause
            } else if (cue.at() >= end && cue.at() < clauseEnd && after == null) {
                after = cue;
            }
        }
        if (after != null
                && after.tense() == FUTURE
                && !MODAL.matcher(lower.substring(after.at())).lookingAt()
                && !PRESENT_BEFORE.matcher(lower.substring(0, after.at())).find()) {
            after = new Cue(after.at(), PAST); // "on Tuesday they agreed to try": the verb is past
        }
        if (before == null && after == null) {
            return UNKNOWN;
        }
        if (before == null) {
            return after.tense();
        }
        if (after == null) {
            return before.tense();
        }
        return start - before.at() <= after.at() - end ? before.tense() : after.tense();
    }

    private static java.util.List<Cue> cues(String lower) {
        java.util.List<Cue> cues = new java.util.ArrayList<>();
        java.util.TreeMap<Integer, Tense> at = new java.util.TreeMap<>();
        Matcher m = PAST_WORD.matcher(lower);
        while (m.find()) {
            if (!NOT_PAST.contains(m.group())) {
                at.put(m.start(), PAST);
            }
        }
        m = INTENTION.matcher(lower);
        while (m.find()) {
            at.put(m.start(), FUTURE); // "agreed to" wins over "agreed"
        }
        m = MODAL.matcher(lower);
        while (m.find()) {
            at.put(m.start(), FUTURE);
        }
        at.forEach((offset, tense) -> cues.add(new Cue(offset, tense)));
        return cues;
    }
}
