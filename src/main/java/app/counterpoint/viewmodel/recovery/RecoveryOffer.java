package app.counterpoint.viewmodel.recovery;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.recovery.RecoveryStore;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a start offers back after a crash: the newest story a session left unsaved, with the question to ask,
 * "Recover the unsaved changes to syria.json (made at 14:32)?".
 *
 * @param others how many older slots were left behind as well (offered one by one, newest first)
 */
public record RecoveryOffer(RecoveryStore.Recoverable slot, String question, int others) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** The newest slot a session left behind, if any; a folder that cannot be read offers nothing. */
    public static Optional<RecoveryOffer> find(RecoveryStore store, ZoneId zone, Instant now) {
        List<RecoveryStore.Recoverable> left;
        try {
            left = store.leftBehind();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (left.isEmpty()) {
            return Optional.empty();
        }
        RecoveryStore.Recoverable newest = left.get(0);
        return Optional.of(new RecoveryOffer(newest, question(newest.about(), zone, now), left.size() - 1));
    }

    /** "made at 14:32" today, "made on 2 May at 14:32" on another day. */
    static String question(RecoveryStore.About about, ZoneId zone, Instant now) {
        return question(about, zone, now, Messages.of(Language.ENGLISH));
    }

    /** The question in a language: "Die ungespeicherten Änderungen an syria.json wiederherstellen (von 14:32 Uhr)?". */
    static String question(RecoveryStore.About about, ZoneId zone, Instant now, Messages messages) {
        ZonedDateTime changed = about.changed().atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String time = TIME.format(changed);
        return changed.toLocalDate().equals(today)
                ? messages.text("recover.question.today", about.name(), time)
                : messages.text(
                        "recover.question.otherDay",
                        about.name(),
                        time,
                        new DisplayDates(messages).format("date.dayOfYear", changed));
    }

    /** The question in the window's language, about the time on this computer's clock. */
    public String question(Messages messages) {
        return question(slot.about(), ZoneId.systemDefault(), Instant.now(), messages);
    }
}
