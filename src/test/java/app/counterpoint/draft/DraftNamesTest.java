package app.counterpoint.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.Language;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A story drafted from an article without a title is named in the teacher's language, and so are its topics. */
class DraftNamesTest {

    private static final String TEXT =
            "The city council said on Monday that its offer was fair. \"We cannot pay more,\""
                    + " a council spokeswoman said.\n\nThe union said the offer was \"an insult\".";

    @ParameterizedTest
    @EnumSource(Language.class)
    void anUntitledArticlesStoryAndItsTopicsAreNamedInTheTeachersLanguage(Language language) {
        DraftNames names = DraftNames.in(language);
        ArticleText article = new ArticleText("", TEXT, LocalDate.of(2024, 6, 7));
        DraftReview review = new DraftReview(new Drafter(names).draft(article), names);
        review.acceptAllPending();
        Story story = review.build();
        assertEquals(names.draftedStory(), story.title());
        List<String> topics = story.topics().stream().map(Topic::label).toList();
        assertTrue(topics.contains(names.general()), "the statements no topic fits: " + topics);
        if (language != Language.ENGLISH) {
            assertTrue(!story.title().equals(DraftNames.ENGLISH.draftedStory()), story.title());
            // Spanish says "General" too
            assertTrue(
                    names.general().equals(DraftNames.ENGLISH.general())
                            || !topics.contains(DraftNames.ENGLISH.general()),
                    topics.toString());
        }
    }
}
