package app.counterpoint.viewmodel.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** A swapped list tells its listeners of the whole replacement in one change, and cannot be changed from outside. */
class SwappedListTest {

    @Test
    void aSwapIsOneChangeReplacingTheOldContentsWithTheNew() {
        SwappedList<String> list = new SwappedList<>();
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add(c.getRemoved() + " -> " + c.getAddedSubList());
            }
        });
        list.swap(List.of("a", "b"));
        list.swap(List.of("c"));
        list.swap(List.of());
        list.swap(List.of());
        assertEquals(List.of("[] -> [a, b]", "[a, b] -> [c]", "[c] -> []"), changes, "no change from empty to empty");
        assertEquals(List.of(), list);
        list.swap(List.of("d"));
        assertEquals(List.of("d"), list);
        assertThrows(UnsupportedOperationException.class, () -> list.add("e"));
    }
}
