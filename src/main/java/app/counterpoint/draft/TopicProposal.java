package app.counterpoint.draft;

/**
 * A topic the drafter suggests: a noun that recurs across statements.
 *
 * @param label      the suggested label, which the user may rename
 * @param statements how many proposed statements mention it
 */
public record TopicProposal(String id, String label, int statements) {}
