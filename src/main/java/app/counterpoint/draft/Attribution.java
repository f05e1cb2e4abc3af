package app.counterpoint.draft;

/**
 * Who is said to have said something in a sentence, and where the words they are said to have said are.
 *
 * @param verb          the reporting verb's token index in the sentence ("said", or "according" of "according to")
 * @param speakerFirst  the token index where the speaker phrase starts
 * @param speakerLast   the token index where it ends (its appositive included)
 * @param phrase        the speaker phrase
 * @param contentStart  the offset where the reported words start, or -1 when only quotations report them
 * @param contentEnd    the offset where they end
 * @param speakerBefore whether the speaker comes before the reported words ("X said that …")
 */
record Attribution(
        int verb,
        int speakerFirst,
        int speakerLast,
        SpeakerPhrase phrase,
        int contentStart,
        int contentEnd,
        boolean speakerBefore) {

    boolean quoteOnly() {
        return contentStart < 0;
    }

    Attribution withContent(int start, int end) {
        return new Attribution(verb, speakerFirst, speakerLast, phrase, start, end, speakerBefore);
    }
}
