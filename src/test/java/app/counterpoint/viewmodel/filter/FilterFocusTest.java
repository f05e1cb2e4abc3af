package app.counterpoint.viewmodel.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.SampleStories;
import org.junit.jupiter.api.Test;

class FilterFocusTest {

    @Test
    void focusOnLetsThroughOnlyThatActorOnThatTopic() {
        Story s = SampleStories.phoneCall();
        FilterViewModel filter = new FilterViewModel();
        filter.setStory(s);
        filter.focusOn("kr", "nk");
        var shown = s.statements().stream()
                .filter(filter.getState().statementFilter())
                .toList();
        assertEquals(1, shown.size());
        assertEquals("s5", shown.get(0).id());
        assertFalse(filter.getState().eventFilter().test(s.event("talks").orElseThrow()));
        assertTrue(filter.getState().eventFilter().test(s.event("call").orElseThrow()));
    }
}
