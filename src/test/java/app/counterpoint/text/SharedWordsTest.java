package app.counterpoint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedWordsTest {

    /** The highlighted stretches of {@code text}, as the substrings a reader would see marked. */
    private static List<String> marked(String text, String... others) {
        return SharedWords.find(text, List.of(others)).stream()
                .map(r -> text.substring(r.start(), r.end()))
                .toList();
    }

    @Test
    void aWordBothSidesUseIsMarkedWhateverItsCase() {
        assertEquals(List.of("terrorism"), marked("eradicate terrorism", "fight international Terrorism"));
        assertEquals(List.of("Terrorism"), marked("fight international Terrorism", "eradicate terrorism"));
    }

    @Test
    void punctuationAroundAWordDoesNotHideIt() {
        assertEquals(List.of("Syria"), marked("\u201CSyria,\u201D he said.", "peace in Syria!"));
        assertEquals(List.of("ceasefire"), marked("(ceasefire)", "a ceasefire."));
    }

    @Test
    void stopWordsAloneAreNeverShared() {
        assertEquals(List.of(), marked("the end of the war", "all of the people in the room"));
    }

    @Test
    void pluralsAndVerbEndingsMeetTheirBaseWord() {
        assertEquals(List.of("countries"), marked("other countries", "every country"));
        assertEquals(List.of("talks"), marked("the talks", "talking"));
        assertEquals(List.of("zones"), marked("safe zones", "a zone"));
        assertEquals(List.of("eradicating"), marked("eradicating it", "eradicate it"));
        assertEquals(List.of("called"), marked("Putin called", "calls"));
    }

    @Test
    void apostrophesAndHyphensKeepAWordWhole() {
        assertEquals(List.of("Russia's"), marked("Russia's role", "Russia"));
        assertEquals(List.of("de-escalation"), marked("de-escalation zones?", "De-escalation."));
        assertEquals(List.of(), marked("de-escalation", "escalation"));
    }

    @Test
    void adjacentSharedWordsFormOnePhrase() {
        assertEquals(
                List.of("international terrorism"),
                marked("we fight international terrorism", "against international terrorism today"));
        assertEquals(List.of("end the violence"), marked("end the violence", "to end the violence in Syria"));
    }

    @Test
    void aPhraseDoesNotEndOnAStopWordNorJoinWordsThatAreApartElsewhere() {
        assertEquals(List.of("terrorism", "Syria"), marked("terrorism in Syria", "Syria and terrorism in"));
        assertEquals(List.of("peace", "Syria"), marked("peace for Syria", "peace in Syria"));
    }

    @Test
    void rangesAreCharOffsetsIntoTheText() {
        assertEquals(
                List.of(new TextRange(20, 29)),
                SharedWords.find("fight international terrorism", List.of("terrorism")));
    }

    @Test
    void nothingToCompareWithMarksNothing() {
        assertEquals(List.of(), marked("eradicate terrorism"));
        assertEquals(List.of(), marked("", "terrorism"));
    }
}
