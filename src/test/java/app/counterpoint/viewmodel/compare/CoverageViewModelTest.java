package app.counterpoint.viewmodel.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.filter.ToggleChoice;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;

class CoverageViewModelTest {

    private final ReadOnlyObjectWrapper<PreparedStory> story = new ReadOnlyObjectWrapper<>();
    private final FilterViewModel filter = new FilterViewModel();
    private final CoverageViewModel coverage = new CoverageViewModel(story.getReadOnlyProperty(), filter);

    private void open(Story s) {
        PreparedStory prepared = PreparedStory.of(s);
        filter.setStory(prepared);
        story.set(prepared);
    }

    /** The matrix as one line per actor: "White House: 3 1 0". */
    private List<String> counts() {
        CoverageMatrix m = coverage.matrixProperty().get();
        List<String> lines = new ArrayList<>();
        for (int a = 0; a < m.actors().size(); a++) {
            StringBuilder sb = new StringBuilder(m.actors().get(a).name()).append(':');
            for (int t = 0; t < m.topics().size(); t++) {
                sb.append(' ').append(m.cell(a, t).count());
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    @Test
    void countsEveryStatementPerActorAndTopicAcrossTheStory() {
        open(SampleStories.phoneCall());
        assertEquals(
                List.of("Syria", "Terrorism", "North Korea"),
                coverage.matrixProperty().get().topics().stream()
                        .map(Topic::label)
                        .toList());
        assertEquals(List.of("White House: 3 1 0", "Kremlin: 1 1 1"), counts());
        assertEquals(1.0, coverage.matrixProperty().get().cell(0, 0).intensity());
        assertEquals(1.0 / 3, coverage.matrixProperty().get().cell(1, 0).intensity(), 1e-9);
        assertEquals(0.0, coverage.matrixProperty().get().cell(0, 2).intensity());
    }

    @Test
    void aStatementOnTwoTopicsCountsInBoth() {
        open(SampleStories.threeSides());
        assertEquals(List.of("White House: 0 1", "Kremlin: 1 1", "United Nations: 1 0"), counts());
    }

    @Test
    void theMatrixFollowsTheFilterLikeEveryViewUnlessAskedToCountTheWholeStory() {
        open(SampleStories.phoneCall());
        filter.setTopicSelected("syria", false);
        assertEquals(List.of("White House: 1 0", "Kremlin: 1 1"), counts());
        filter.setActorSelected("wh", false);
        assertEquals(List.of("Kremlin: 1 1"), counts());
        coverage.onlyFilteredProperty().set(false);
        assertEquals(List.of("White House: 3 1 0", "Kremlin: 1 1 1"), counts());
    }

    @Test
    void focusingACellKeepsTheMatrixItShowedAndUnfocusingFollowsTheFilterAgain() {
        open(SampleStories.phoneCall());
        filter.setTopicSelected("syria", false);
        coverage.focus(coverage.matrixProperty().get().cell(1, 0));
        assertEquals(List.of("White House: 1 0", "Kremlin: 1 1"), counts(), "not shrunk to the focused cell");
        coverage.focus(coverage.matrixProperty().get().cell(1, 1));
        assertEquals(List.of("White House: 1 0", "Kremlin: 1 1"), counts());
        coverage.clearFocus();
        assertEquals(List.of("White House: 3 1 0", "Kremlin: 1 1 1"), counts(), "everything shown again");
    }

    @Test
    void theFocusedCellIsWrittenAgainInAnotherLanguage() {
        open(SampleStories.phoneCall());
        coverage.focus(coverage.matrixProperty().get().cell(0, 0));
        coverage.messagesProperty().set(app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.RUSSIAN));
        assertEquals(
                "White House о теме «Syria»: 3 высказывания",
                coverage.focusTitleProperty().get());
        StatementListing first = coverage.focusedStatements().get(0);
        assertEquals("2 мая 2017 г. \u00B7 Phone call", first.heading());
        assertEquals("Цитата", first.entry().kindLabel());
        assertEquals("Источник: ", first.entry().shortSourceText().substring(0, 10));
    }

    @Test
    void focusingACellFiltersToThatActorAndTopicAndListsTheStatements() {
        open(SampleStories.phoneCall());
        coverage.focus(coverage.matrixProperty().get().cell(0, 0));
        assertEquals(
                List.of("syria"),
                filter.topics().stream()
                        .filter(ToggleChoice::isSelected)
                        .map(ToggleChoice::id)
                        .toList());
        assertEquals(
                List.of("wh"),
                filter.actors().stream()
                        .filter(ToggleChoice::isSelected)
                        .map(ToggleChoice::id)
                        .toList());
        assertEquals(
                "White House on Syria: 3 statements",
                coverage.focusTitleProperty().get());
        assertEquals(
                List.of(
                        "2 May 2017 \u00B7 Phone call: end the violence",
                        "2 May 2017 \u00B7 Phone call: de-escalation zones",
                        "3\u20134 May 2017 \u00B7 Talks: will send a representative"),
                coverage.focusedStatements().stream()
                        .map(l -> l.heading() + ": " + l.entry().statement().text())
                        .toList());

        coverage.clearFocus();
        assertNull(coverage.focusedProperty().get());
        assertTrue(coverage.focusedStatements().isEmpty());
        assertTrue(filter.topics().stream().allMatch(ToggleChoice::isSelected));
        assertTrue(filter.actors().stream().allMatch(ToggleChoice::isSelected));
    }

    @Test
    void aNewStoryDropsTheFocus() {
        open(SampleStories.phoneCall());
        coverage.focus(coverage.matrixProperty().get().cell(1, 2));
        open(SampleStories.threeSides());
        assertNull(coverage.focusedProperty().get());
        assertEquals(
                List.of("White House", "Kremlin", "United Nations"),
                coverage.matrixProperty().get().actors().stream()
                        .map(Actor::name)
                        .toList());
    }

    @Test
    void theFilteredScopeFollowsTheSearchAndHiddenTopicsOfTwoTopicStatements() {
        open(SampleStories.threeSides());
        coverage.onlyFilteredProperty().set(true);
        filter.setTopicSelected("terrorism", false);
        // the Kremlin's statement on Syria and terrorism counts on Syria only
        assertEquals(List.of("White House: 0", "Kremlin: 1", "United Nations: 1"), counts());
        open(SampleStories.phoneCall());
        filter.searchTextProperty().set("representative");
        assertEquals(List.of("White House: 1 0 0", "Kremlin: 0 0 0"), counts());
    }

    /** Each row carries its side's shape by the side's place in the story, kept while the filter hides a side. */
    @Test
    void eachSideKeepsTheShapeOfItsPlaceInTheStory() {
        open(SampleStories.threeSides());
        CoverageMatrix all = coverage.matrixProperty().get();
        assertEquals(
                List.of(
                        app.counterpoint.viewmodel.common.MarkerShape.forIndex(0),
                        app.counterpoint.viewmodel.common.MarkerShape.forIndex(1),
                        app.counterpoint.viewmodel.common.MarkerShape.forIndex(2)),
                all.actorShapes());
        filter.actors().get(0).setSelected(false);
        CoverageMatrix shown = coverage.matrixProperty().get();
        assertEquals(
                List.of("Kremlin", "United Nations"),
                shown.actors().stream().map(Actor::name).toList());
        assertEquals(app.counterpoint.viewmodel.common.MarkerShape.forIndex(1), shown.actorShape(0));
        assertEquals(app.counterpoint.viewmodel.common.MarkerShape.forIndex(2), shown.actorShape(1));
    }

    /** Each column carries its topic's shape by the topic's place in the story, kept while the filter hides one. */
    @Test
    void eachTopicKeepsTheShapeOfItsPlaceInTheStory() {
        open(SampleStories.phoneCall());
        assertEquals(
                List.of(MarkerShape.forIndex(0), MarkerShape.forIndex(1), MarkerShape.forIndex(2)),
                coverage.matrixProperty().get().topicShapes());
        coverage.onlyFilteredProperty().set(true);
        filter.setTopicSelected("syria", false);
        CoverageMatrix shown = coverage.matrixProperty().get();
        assertEquals(
                List.of("Terrorism", "North Korea"),
                shown.topics().stream().map(Topic::label).toList());
        assertEquals(List.of(MarkerShape.forIndex(1), MarkerShape.forIndex(2)), shown.topicShapes());
    }

    /** A cell's tooltip and screen-reader text are in the window's language, with its plural. */
    @Test
    void aCellIsDescribedInTheWindowsLanguage() {
        open(SampleStories.phoneCall());
        CoverageCell cell = coverage.matrixProperty().get().cell(1, 0);
        assertEquals(1, cell.count(), "the Kremlin spoke once on Syria");
        assertEquals("Kremlin on Syria: 1 statement", coverage.describe(cell));
        coverage.messagesProperty().set(app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.GERMAN));
        assertEquals(
                "Kremlin zu Syria: 1 Aussage",
                coverage.describe(coverage.matrixProperty().get().cell(1, 0)));
    }
}
