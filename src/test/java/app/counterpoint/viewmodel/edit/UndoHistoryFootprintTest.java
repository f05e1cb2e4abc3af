package app.counterpoint.viewmodel.edit;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.viewmodel.SampleStories;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the undo history of a big story keeps, counted object by object (not by the collector's figures, which vary
 * from run to run): after a thousand edits of every kind each step holds the items it changed and nothing of the
 * story besides, no story, no list of the story's size.
 */
class UndoHistoryFootprintTest {

    private static final int EVENTS = 20_000;
    private static final int EDITS = 1_000;

    @Test
    void aThousandEditsKeepOnlyTheItemsTheyChanged() {
        StoryEditor editor = new StoryEditor();
        editor.open(bigStory());
        Object drag = new Object();
        for (int i = 0; i < EDITS; i++) {
            Story s = editor.getStory();
            Event e = s.events().get((i * 7919) % s.events().size());
            switch (i % 6) {
                case 0 -> editor.execute(EventEdits.change(s, e, EventForms.withTitle(e, "Edited " + i)));
                case 1 ->
                    editor.execute(EventEdits.change(
                                    s,
                                    e,
                                    EventForms.withStart(e, DateMoves.moved(e.start(), 86_400)),
                                    EditName.of("editName.event.move", "e"))
                            .mergingAs(i % 12 == 1 ? drag : new Object()));
                case 2 -> editor.execute(EventEdits.duplicate(s, e));
                case 3 -> editor.execute(EventEdits.delete(s, e));
                case 4 ->
                    editor.execute(StatementEdits.add(
                            s,
                            SampleStories.says(
                                    "added" + i,
                                    e.id(),
                                    SampleStories.KREMLIN,
                                    "said " + i,
                                    StatementKind.QUOTE,
                                    "syria")));
                default ->
                    editor.execute(StatementEdits.delete(
                            s, s.statements().get(i % s.statements().size())));
            }
        }
        for (int i = 0; i < 100; i++) {
            editor.undo();
        }

        Footprint kept = Footprint.of(editor.steps());
        assertEquals(EDITS, editor.steps().size());
        assertEquals(0, kept.count(Story.class), "no step keeps a whole story");
        assertTrue(kept.largestCollection <= 8, "the largest list a step keeps: " + kept.largestCollection);
        // an edit changes one event or statement (a delete: the event and its two statements), kept as before and
        // after; the events and statements of the story itself are 20,000 and 40,000
        assertTrue(kept.count(Event.class) <= 2 * EDITS, kept.count(Event.class) + " events kept");
        assertTrue(kept.count(Statement.class) <= 2 * EDITS, kept.count(Statement.class) + " statements kept");
        assertTrue(kept.objects <= 40 * EDITS, kept.objects + " objects kept");
    }

    /** A story of {@value #EVENTS} events with two statements each. */
    private static Story bigStory() {
        Story sample = SampleStories.phoneCall();
        List<Event> events = new ArrayList<>(EVENTS);
        List<Statement> statements = new ArrayList<>(2 * EVENTS);
        for (int i = 0; i < EVENTS; i++) {
            String id = "e" + i;
            events.add(event(id)
                    .titled("Event " + i)
                    .on(StoryDate.ofDay(2000 + i % 20, 1 + i % 12, 1 + i % 28))
                    .summary("Summary " + i)
                    .topics("syria")
                    .sources("article")
                    .build());
            statements.add(SampleStories.says(
                    "w" + i, id, SampleStories.WHITE_HOUSE, "white house " + i, StatementKind.QUOTE, "syria"));
            statements.add(SampleStories.says(
                    "k" + i, id, SampleStories.KREMLIN, "kremlin " + i, StatementKind.PARAPHRASE, "syria"));
        }
        return new Story(
                sample.title(),
                sample.description(),
                sample.sources(),
                sample.actors(),
                sample.topics(),
                events,
                statements);
    }

    /** Everything reachable from some roots, by identity: records by their components, collections by elements. */
    private static final class Footprint {
        private final Map<Class<?>, Integer> perClass = new IdentityHashMap<>();
        private int objects;
        private int largestCollection;

        /** What {@code roots} reach, the collection of them not counted. */
        static Footprint of(Collection<?> roots) {
            Footprint f = new Footprint();
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<Object> todo = new ArrayDeque<>();
            roots.forEach(todo::push);
            while (!todo.isEmpty()) {
                Object o = todo.pop();
                if (!seen.add(o)) {
                    continue;
                }
                f.objects++;
                f.perClass.merge(o.getClass(), 1, Integer::sum);
                for (Object ref : f.references(o)) {
                    if (ref != null) {
                        todo.push(ref);
                    }
                }
            }
            return f;
        }

        int count(Class<?> type) {
            return perClass.entrySet().stream()
                    .filter(e -> type.isAssignableFrom(e.getKey()))
                    .mapToInt(Map.Entry::getValue)
                    .sum();
        }

        private List<Object> references(Object o) {
            List<Object> refs = new ArrayList<>();
            Class<?> type = o.getClass();
            if (o instanceof String || o instanceof Number || o instanceof Enum<?> || o instanceof Boolean) {
                return refs;
            }
            if (o instanceof Collection<?> c) {
                largestCollection = Math.max(largestCollection, c.size());
                refs.addAll(c);
            } else if (o instanceof Map<?, ?> m) {
                largestCollection = Math.max(largestCollection, m.size());
                refs.addAll(m.keySet());
                refs.addAll(m.values());
            } else if (type.isArray()) {
                if (!type.getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(o); i++) {
                        refs.add(Array.get(o, i));
                    }
                }
            } else if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    refs.add(invoke(c, o));
                }
            } else if (type.getName().startsWith("app.counterpoint.")) {
                for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
                    for (Field field : t.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers())
                                && !field.getType().isPrimitive()) {
                            field.setAccessible(true);
                            refs.add(get(field, o));
                        }
                    }
                }
            } else if (type != Object.class) {
                throw new AssertionError("a step keeps a " + type.getName() + ": count what it holds");
            }
            return refs;
        }

        private static Object invoke(RecordComponent c, Object o) {
            try {
                c.getAccessor().setAccessible(true);
                return c.getAccessor().invoke(o);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        private static Object get(Field f, Object o) {
            try {
                return f.get(o);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }
}
