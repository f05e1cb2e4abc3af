package app.counterpoint.io.validate;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Located;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.VisibleText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of one kind (actors, topics, …): finds duplicates and checks references in constant time per id. A
 * reference read before its kind's list is complete (the list comes later in the file) is checked once it is.
 */
final class IdIndex {

    private static final int KNOWN_SHOWN = 10;

    /** An id as registered: its text, shared by every reference to it, and its line for "already used by". */
    private record Registered(String text, int line) {}

    /** A reference read before every id of its kind was known. */
    private record Deferred(String text, Located at, String entryPath, String field, int index) {}

    private final String kind;
    private final Problems problems;
    private Map<String, Registered> firstById = new HashMap<>();
    /**
     * The first id for each look-alike key, of the ids that are not their own key (they hold invisible characters or
     * decomposed accents); empty in almost every story, so a plain id costs no look-up here.
     */
    private final Map<String, Registered> firstByLookalike = new HashMap<>();
    /** The first ids in file order, for a readable "known: …" list, and how many there are in all. */
    private final List<String> ordered = new ArrayList<>(KNOWN_SHOWN);

    private int registered;

    private final List<Deferred> deferred = new ArrayList<>();
    private boolean complete;

    IdIndex(String kind, Problems problems) {
        this.kind = kind;
        this.problems = problems;
    }

    /** Every id of the kind is registered: the references read before are checked now, and later ones at once. */
    void complete() {
        if (complete) {
            return;
        }
        complete = true;
        for (Deferred reference : deferred) {
            if (!firstById.containsKey(reference.text())) {
                unknown(reference.text(), reference.at(), reference.entryPath(), reference.field(), reference.index());
            }
        }
        deferred.clear();
    }

    boolean isComplete() {
        return complete;
    }

    /** "topic 't'", as a message names an id of this kind. */
    String describe(String id) {
        return described(id).english();
    }

    LocalText described(String id) {
        return LocalText.of("problem.idOfKind", LocalText.choice(kind), VisibleText.of(id));
    }

    /**
     * Registers an id; a second use of the same id is reported there, pointing back to the first, and so is an id
     * that only looks the same (it differs by invisible characters or by how an accent is encoded).
     */
    void register(JsonValueNode id, String entryPath) {
        Registered first = firstById.putIfAbsent(id.text(), new Registered(id.text(), id.line()));
        if (first != null) {
            problems.add(
                    id, LocalText.at(entryPath + ".id", FieldRules.duplicateIdProblem(kind, id.text(), first.line())));
            return;
        }
        if (registered++ < KNOWN_SHOWN) {
            ordered.add(id.text());
        }
        String key = VisibleText.lookalikeKey(id.text());
        Registered lookalike;
        if (key.equals(id.text())) {
            lookalike = firstByLookalike.isEmpty() ? null : firstByLookalike.get(key);
        } else {
            lookalike = firstById.get(key); // the same id spelled plainly
            Registered earlier = firstByLookalike.putIfAbsent(key, new Registered(id.text(), id.line()));
            lookalike = lookalike != null ? lookalike : earlier;
        }
        if (lookalike != null) {
            problems.add(
                    id,
                    LocalText.at(
                            entryPath + ".id",
                            LocalText.of(
                                    "problem.lookalikeId",
                                    LocalText.choice(kind),
                                    VisibleText.of(id.text()),
                                    VisibleText.of(lookalike.text()),
                                    lookalike.line())));
        }
    }

    /**
     * Checks that a reference names a registered id. The path comes in parts because it is only needed for a
     * problem, and building it for each of a million valid references would cost more than the check.
     *
     * @param index the position in a list of references, or -1 for a single reference
     * @return the id as the entry it names spells it, so the story keeps one string per id rather than one per
     *         reference (100,000 statements naming 100,000 events); the reference's own text when it is unknown
     */
    String checkReference(JsonValueNode reference, String entryPath, String field, int index) {
        Registered target = firstById.get(reference.text());
        if (target != null) {
            return target.text();
        }
        if (complete) {
            unknown(reference.text(), reference, entryPath, field, index);
        } else {
            deferred.add(new Deferred(reference.text(), reference.place(), entryPath, field, index));
        }
        return reference.text();
    }

    private void unknown(String text, Located at, String entryPath, String field, int index) {
        String path = NodeFields.path(entryPath, field) + (index < 0 ? "" : "[" + index + "]");
        problems.add(at, LocalText.at(path, FieldRules.unknownReferenceProblem(kind, text, knownList())));
    }

    private LocalText knownList() {
        if (ordered.isEmpty()) {
            return LocalText.of("problem.known.none", LocalText.choice(kind));
        }
        int shown = ordered.size();
        String ids = String.join(", ", ordered.stream().map(VisibleText::of).toList());
        return registered > shown
                ? LocalText.of("problem.known.more", ids, registered - shown)
                : LocalText.of("problem.known", ids);
    }
}
