package app.counterpoint.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The drafting rules, one sentence (or two) a row, and what each must give. */
class DraftRulesTest {

    private static final LocalDate TUESDAY_2_MAY_2017 = LocalDate.of(2017, 5, 2);

    private static Draft draft(String body, LocalDate published) {
        return new Drafter()
                .draft(ArticleReader.readPlainText("Headline\n\n" + body).withPublished(published));
    }

    /** Each statement as "side | kind | text", in the article's order. */
    private static String statements(String body) {
        Draft draft = draft(body, TUESDAY_2_MAY_2017);
        return draft.statements().stream()
                .map(s -> draft.sides().stream()
                                .filter(side -> side.id().equals(s.sideId()))
                                .findFirst()
                                .orElseThrow()
                                .name()
                        + " | " + s.kind().jsonName() + " | " + s.text())
                .collect(Collectors.joining(" ;; "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            "We will," Smith said, "act."                                # Smith | quote | We will … act.
            “We will stay,” said Jane Roe, the union’s chair.            # Jane Roe | quote | We will stay
            The Kremlin said the talks had been frank.                   # Kremlin | paraphrase | The talks had been frank.
            The Kremlin said that the talks had been frank.              # Kremlin | paraphrase | The talks had been frank.
            According to the Kremlin, the talks had been frank.          # Kremlin | paraphrase | The talks had been frank.
            The talks had been frank, according to the Kremlin.          # Kremlin | paraphrase | The talks had been frank.
            The talks had been frank, the Kremlin said in a statement.   # Kremlin | paraphrase | The talks had been frank.
            Peskov told reporters the talks had been frank.              # Peskov | paraphrase | The talks had been frank.
            Peskov told reporters on Monday that the talks were frank.   # Peskov | paraphrase | The talks were frank.
            The Kremlin called the talks 'frank'.                        # Kremlin | quote | frank
            The Kremlin called the talks ‘frank’.                        # Kremlin | quote | frank
            The call was described by the White House as "very good".    # White House | quote | very good
            A statement from the Kremlin said the talks were useful.     # Kremlin | paraphrase | The talks were useful.
            A White House statement said: "The call went well."          # White House | quote | The call went well.
            "It went well. We will meet again," the statement said.      # ''
            The Kremlin said the talks went well. He added that Russia would wait. # Kremlin | paraphrase | The talks went well. ;; Kremlin | paraphrase | Russia would wait.
            Russian President Vladimir Putin said the talks went well. Putin added that Russia would wait. # Russia | paraphrase | The talks went well. ;; Russia | paraphrase | Russia would wait.
            Putin's spokesman Dmitry Peskov said the talks went well. Moscow said Russia would wait. # Putin | paraphrase | The talks went well. ;; Russia | paraphrase | Russia would wait.
            The union said it was ready. "We are not going anywhere."    # Union | paraphrase | It was ready. ;; Union | quote | We are not going anywhere.
            Trump's decision angered the Russians.                       # ''
            The so-called "peace plan" was never published.              # ''
            """)
    void findsStatementsAndTheirSpeakers(String body, String expected) {
        assertEquals(expected, statements(body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            "It went well. We will meet again," the Kremlin said.        # Kremlin | quote | It went well. ;; Kremlin | quote | We will meet again
            """)
    void splitsAQuoteOverTwoSentencesIntoOneStatementASentence(String body, String expected) {
        assertEquals(expected, statements(body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            The two leaders spoke on Tuesday.                        # 2017-05-02 # 2017-05-02
            The two leaders spoke on Monday.                         # 2017-05-02 # 2017-05-01
            The two leaders will meet on Monday.                     # 2017-05-02 # 2017-05-08
            Washington will send envoys on Wednesday and Thursday.   # 2017-05-02 # 2017-05-03/2017-05-04
            Relations soured last month.                             # 2017-05-02 # 2017-04
            The ministers meet again next week.                      # 2017-05-02 # 2017-05-08/2017-05-14
            They agreed to meet in July.                             # 2017-05-02 # 2017-07
            They met in July.                                        # 2017-05-02 # 2016-07
            The strike came on April 4.                              # 2017-05-02 # 2017-04-04
            The talks will open on May 3.                            # 2017-05-02 # 2017-05-03
            The dam was begun in 2011.                               # 2017-05-02 # 2011
            The council met yesterday.                               # 2017-05-02 # 2017-05-01
            Walkouts are planned for 9 and 10 December.              # 2017-05-02 # 2017-12-09/2017-12-10
            Members will strike from 17 to 28 June.                  # 2017-05-02 # 2017-06-17/2017-06-28
            The deal was signed on 12 March 2019.                    # 2017-05-02 # 2019-03-12
            The council meets again in May next year.                # 2017-05-02 # 2018-05
            Prices have not risen since 2019.                        # 2017-05-02 # 2019
            They may meet again soon.                                # 2017-05-02 # ''
            """)
    void resolvesDatesAgainstThePublicationDate(String body, String published, String expected) {
        List<String> dates = draft(body, LocalDate.parse(published)).events().stream()
                .map(EventProposal::isoDate)
                .toList();
        assertEquals(expected == null || expected.isEmpty() ? List.of() : List.of(expected.split(" ")), dates);
    }
}
