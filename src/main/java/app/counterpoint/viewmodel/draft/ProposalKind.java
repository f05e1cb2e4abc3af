package app.counterpoint.viewmodel.draft;

/** What a proposal of a draft is, in the order the review lists them. */
public enum ProposalKind {
    SIDE("draft.kind.SIDE"),
    STATEMENT("draft.kind.STATEMENT"),
    EVENT("draft.kind.EVENT"),
    TOPIC("draft.kind.TOPIC");

    private final String messageKey;

    ProposalKind(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of the word the review list shows. */
    public String messageKey() {
        return messageKey;
    }
}
