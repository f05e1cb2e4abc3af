package app.counterpoint.viewmodel.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedDatesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2 May 2017                | 2017-05-02
            2nd May 2017              | 2017-05-02
            02 may 2017               | 2017-05-02
            May 2, 2017               | 2017-05-02
            may 2 2017                | 2017-05-02
            2 Sept 2017               | 2017-09-02
            May 2017                  | 2017-05
            Dec. 1989                 | 1989-12
            2017                      | 2017
            AD 800                    | 0800
            800 AD                    | 0800
            44 BC                     | -0043
            44 BCE                    | -0043
            1 BC                      | 0000
            15 March 44 BCE           | -0043-03-15
            March 44 BC               | -0043-03
            -43                       | -0043
            2017-05-02 14:30          | 2017-05-02T14:30
            2017-05-02T14:30          | 2017-05-02T14:30
            2017-05-02 14:30:15+03:00 | 2017-05-02T14:30:15+03:00
            2 May 2017 14:30          | 2017-05-02T14:30
            2 May 2017, 9:05          | 2017-05-02T09:05
            May 2, 2017 at 14:30      | 2017-05-02T14:30
            2017-05                   | 2017-05
            '  2   May   2017  '      | 2017-05-02
            29 February 2016          | 2016-02-29
            -13800000000              | -13800000000
            +5000000000               | +5000000000
            -9999~                    | -9999~
            13.8 billion years ago    | -13800000000
            540 million years ago     | -540000000
            2.5 million years ago     | -2500000
            5 billion years from now  | +5000000000
            66 Million Years Ago      | -66000000
            'c. 10,000 BCE'           | -9999~
            c. 3000 BCE               | -2999~
            circa 2000                | 2000~
            '1,234,568 BCE'           | -1234567
            """)
    void typedDatesAreUnderstoodWithTheirPrecision(String typed, String iso) {
        TypedDates.Result result = TypedDates.parse(typed);
        assertEquals(null, result.problem());
        assertEquals(iso, result.iso());
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30 February 2017 | '2017-02-30' names day 30 of February 2017, which has 28 days
            29 Feb 2017      | '2017-02-29' names day 29 of February 2017, which has 28 days
            31 April 44 BC   | '-0043-04-31' names day 31 of April 44 BCE, which has 30 days
            2017-13          | '2017-13' has month 13; months run from 01 to 12
            2 May 2017 25:00 | '2017-05-02T25:00' has an impossible time of day
            2 Mai 2017       | 'mai' is not a month; write it as in 2 May 2017
            next tuesday     | 'next tuesday' is not a date; write it as 2 May 2017, May 2017, 2017, 44 BC, 15 March 44 BCE or 2017-05-02 14:30
            0 BC             | '0 BC': years before the common era count from 1 BC
            """)
    void anImpossibleDateIsMarkedWithTheMessageCheckGives(String typed, String message) {
        assertEquals(message, TypedDates.parse(typed).problem());
    }

    @ParameterizedTest
    @CsvSource({"30 February 2017,2017-02-30", "31 April 44 BC,-0043-04-31", "2017-13,2017-13"})
    void theMessageIsWordForWordWhatCheckSaysOfTheStoredDate(String typed, String stored) {
        String story = "{\"format\":\"counterpoint/1\",\"title\":\"t\",\"actors\":[{\"id\":\"a\",\"name\":\"A\"}],"
                + "\"events\":[{\"id\":\"e\",\"title\":\"E\",\"start\":\"" + stored + "\",\"topics\":[]}]}";
        LoadResult read = new StoryReader().read("x.json", story.getBytes(StandardCharsets.UTF_8));
        assertEquals(
                "events[0].start: " + TypedDates.parse(typed).problem(),
                read.problems().get(0).message());
    }
}
