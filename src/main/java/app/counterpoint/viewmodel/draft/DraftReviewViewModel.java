package app.counterpoint.viewmodel.draft;

import app.counterpoint.draft.DraftReview;
import app.counterpoint.draft.DraftReview.Decision;
import app.counterpoint.draft.EventProposal;
import app.counterpoint.draft.SideProposal;
import app.counterpoint.draft.StatementProposal;
import app.counterpoint.draft.TopicProposal;
import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review list of a draft, beside the editor: every proposal (sides, statements, events, topics) to accept, edit or
 * reject, sides merged when they are one institution under two names. Nothing enters the story unaccepted; the
 * story made is {@link DraftReview#build()}'s, valid by construction.
 */
public final class DraftReviewViewModel {

    private final DraftReview review;
    private final ObservableList<ProposalRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ProposalRow> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private final ObservableValue<Messages> messages;

    /** @param messages the window's language: the list is written again when it changes */
    public DraftReviewViewModel(DraftReview review, ObservableValue<Messages> messages) {
        this.review = review;
        this.messages = messages;
        messages.addListener(o -> refresh());
        refresh();
    }

    /** Every proposal, sides first, then statements, events and topics, in the article's order. */
    public ObservableList<ProposalRow> rows() {
        return shownRows;
    }

    /** "5 of 14 accepted". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void accept(String id) {
        review.accept(id);
        refresh();
    }

    public void reject(String id) {
        review.reject(id);
        refresh();
    }

    /** Accepts every proposal not yet decided; what was rejected stays out. */
    public void acceptAllPending() {
        review.acceptAllPending();
        refresh();
    }

    /** The statement's words or kind corrected by the teacher (then accepted: they looked at it). */
    public void editStatement(String id, String text, StatementKind kind) {
        review.editStatement(id, text, kind);
        review.accept(id);
        refresh();
    }

    /** A side or a topic named as the teacher wants it. */
    public void rename(ProposalRow row, String name) {
        switch (row.kind()) {
            case SIDE -> review.renameSide(row.id(), name);
            case TOPIC -> review.renameTopic(row.id(), name);
            case EVENT -> {
                EventProposal e = review.events().stream()
                        .filter(p -> p.id().equals(row.id()))
                        .findFirst()
                        .orElseThrow();
                review.editEvent(row.id(), name, e.start(), e.end());
            }
            case STATEMENT -> {
                StatementProposal s = statement(row.id());
                review.editStatement(row.id(), name, s.kind());
            }
        }
        refresh();
    }

    /** "Moscow" is the Kremlin: the merged side's statements and names go to the one kept. */
    public void mergeSides(String keptId, String mergedId) {
        review.mergeSides(keptId, mergedId);
        refresh();
    }

    /** The sides a side can be merged into: every other side proposed. */
    public List<ProposalRow> sidesOtherThan(String id) {
        return rows.stream()
                .filter(r -> r.kind() == ProposalKind.SIDE && !r.id().equals(id))
                .toList();
    }

    /** The story of what is accepted. */
    public Story build() {
        return review.build();
    }

    /** Whether a story can be made: at least one side accepted. */
    public boolean canBuild() {
        return review.sides().stream().anyMatch(s -> review.decision(s.id()) == Decision.ACCEPTED);
    }

    private StatementProposal statement(String id) {
        return review.statements().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private void refresh() {
        Messages m = messages.getValue();
        DisplayDates dates = new DisplayDates(m);
        Map<String, String> sideNames =
                review.sides().stream().collect(Collectors.toMap(SideProposal::id, SideProposal::name));
        Map<String, String> eventTitles = review.events().stream()
                .collect(Collectors.toMap(
                        EventProposal::id, e -> m.text("draft.row.eventTitle", e.title(), dates.format(e.start()))));
        List<ProposalRow> next = new ArrayList<>();
        for (SideProposal s : review.sides()) {
            String names = s.aliases().stream().filter(a -> !a.equals(s.name())).collect(Collectors.joining(", "));
            next.add(row(
                    ProposalKind.SIDE, s.id(), s.name(), names.isEmpty() ? "" : m.text("draft.row.alsoNamed", names)));
        }
        for (StatementProposal s : review.statements()) {
            String kind = m.text(s.kind() == StatementKind.QUOTE ? "draft.row.quote" : "draft.row.paraphrase");
            String detail = m.text(
                    "draft.row.statement",
                    sideNames.getOrDefault(s.sideId(), s.sideId()),
                    kind,
                    eventTitles.getOrDefault(s.eventId(), m.text("draft.row.noEvent")),
                    s.excerpt().prefix(),
                    s.excerpt().exact(),
                    s.excerpt().suffix());
            next.add(row(ProposalKind.STATEMENT, s.id(), s.text(), detail));
        }
        for (EventProposal e : review.events()) {
            String date = e.end() == null ? dates.format(e.start()) : dates.range(e.start(), e.end());
            next.add(row(ProposalKind.EVENT, e.id(), e.title(), m.text("draft.row.event", date, e.sentence())));
        }
        for (TopicProposal t : review.topics()) {
            next.add(row(ProposalKind.TOPIC, t.id(), t.label(), m.text("draft.row.topic", t.statements())));
        }
        rows.setAll(next);
        long accepted = next.stream().filter(ProposalRow::isAccepted).count();
        summary.set(m.text("draft.summary", accepted, next.size()));
    }

    private ProposalRow row(ProposalKind kind, String id, String title, String detail) {
        return new ProposalRow(kind, id, title, detail, review.decision(id));
    }
}
