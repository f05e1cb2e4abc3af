package app.counterpoint.io.validate;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Located;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.model.Excerpt;
import app.counterpoint.model.StatementKind;
import app.counterpoint.text.PassageFinder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads statements' excerpts, and once every source is known checks them against the sources' texts: an excerpt whose
 * words are not in its source is a problem; a quote that is not word for word in its excerpt (or, without one, in its
 * source's text) is a warning, as is an excerpt that cannot be checked. Quotation marks, apostrophes and spacing do
 * not count ({@link PassageFinder}). Each source's text is folded once, however many statements cite it.
 */
final class ExcerptChecks {

    /**
     * The most characters of source text all the searches of one story may read. Each search is linear in its
     * source's text, but a hostile file can cite an 8 MB text from 100,000 excerpts; past this bound (about a second
     * of reading; 10,000 excerpts of a 50,000-character article, where the bundled story's 14 excerpts of a
     * 3,000-character article read 42,000) the rest are left unchecked, with one warning, instead of hanging the app.
     */
    static final long SEARCH_BUDGET = 500_000_000L;

    private final NodeFields fields;
    private final Problems problems;
    private final List<Pending> pending = new ArrayList<>();

    /**
     * A statement to check, with the places its problems point at (its values are forgotten once it is decoded): the
     * statement, its excerpt, the excerpt's exact words and the statement's text.
     */
    private record Pending(
            String path,
            Located entry,
            Located excerptNode,
            Located exact,
            Located textNode,
            Excerpt excerpt,
            String text,
            StatementKind kind,
            String sourceId) {}

    ExcerptChecks(NodeFields fields, Problems problems) {
        this.fields = fields;
        this.problems = problems;
    }

    /** The statement's excerpt, or {@code null} when it has none or it is wrong (then with a problem). */
    Excerpt read(JsonValueNode entry, String statementPath) {
        JsonValueNode excerpt = entry.get("excerpt");
        if (excerpt == null || excerpt.isNull()) {
            return null;
        }
        String path = statementPath + ".excerpt";
        if (!excerpt.isObject()) {
            fields.wrongType(excerpt, path, LocalText.of("problem.expect.excerpt"));
            return null;
        }
        String exact = fields.requiredText(excerpt, path, "exact");
        String prefix = context(excerpt, path, "prefix");
        String suffix = context(excerpt, path, "suffix");
        return exact == null
                ? null
                : new Excerpt(exact, prefix, suffix, NodeFields.extra(excerpt, StoryFields.EXCERPT_ARRAY));
    }

    private String context(JsonValueNode excerpt, String path, String name) {
        String text = fields.optionalText(excerpt, path, name);
        LocalText problem = FieldRules.excerptContextProblem(name, text);
        if (problem != null) {
            problems.add(excerpt.get(name), LocalText.at(path + "." + name, problem));
            return null;
        }
        return text;
    }

    /** Remembers a decoded statement for {@link #check}, when there is anything to check. */
    void expect(
            String path,
            JsonValueNode entry,
            Excerpt excerpt,
            String text,
            StatementKind kind,
            String sourceId,
            boolean sourceHasText) {
        if (excerpt != null || (kind == StatementKind.QUOTE && sourceHasText)) {
            JsonValueNode excerptNode = entry.get("excerpt");
            JsonValueNode exact = excerptNode == null ? null : excerptNode.get("exact");
            JsonValueNode textNode = entry.get("text");
            pending.add(new Pending(
                    path,
                    entry.place(),
                    excerptNode == null ? null : excerptNode.place(),
                    exact == null ? null : exact.place(),
                    textNode == null ? null : textNode.place(),
                    excerpt,
                    text,
                    kind,
                    sourceId));
        }
    }

    /** Checks every remembered statement against the texts of the sources, by source id. */
    void check(Map<String, String> textsBySource) {
        check(textsBySource, SEARCH_BUDGET);
    }

    void check(Map<String, String> textsBySource, long budget) {
        Map<String, PassageFinder> finders = new HashMap<>();
        long spent = 0;
        for (Pending p : pending) {
            String sourceText = p.sourceId() == null ? null : textsBySource.get(p.sourceId());
            if (sourceText == null) {
                if (p.excerpt() != null) {
                    problems.warn(
                            p.excerptNode(),
                            LocalText.at(
                                    p.path() + ".excerpt",
                                    p.sourceId() == null
                                            ? LocalText.of("problem.excerpt.noSource")
                                            : LocalText.of("problem.excerpt.sourceWithoutText", p.sourceId())));
                }
                continue;
            }
            PassageFinder finder = finders.computeIfAbsent(p.sourceId(), id -> new PassageFinder(sourceText));
            spent += finder.searchCost();
            if (spent > budget) {
                problems.warn(p.entry(), LocalText.at(p.path(), LocalText.of("problem.excerpt.budget")));
                return;
            }
            if (p.excerpt() == null) {
                if (!finder.contains(p.text())) {
                    notVerbatim(p, LocalText.of("problem.quote.inSource", p.sourceId()));
                }
                continue;
            }
            checkExcerpt(p, finder);
        }
    }

    private void checkExcerpt(Pending p, PassageFinder finder) {
        Excerpt excerpt = p.excerpt();
        var found = finder.find(excerpt.exact(), excerpt.prefix(), excerpt.suffix());
        if (found.isEmpty()) {
            problems.add(
                    p.exact(),
                    LocalText.at(
                            p.path() + ".excerpt.exact",
                            FieldRules.excerptInSourceProblem(excerpt, p.sourceId(), finder)));
            return;
        }
        if (!found.get().contextMatches()) {
            problems.warn(
                    p.excerptNode(),
                    LocalText.at(p.path() + ".excerpt", LocalText.of("problem.excerpt.context", p.sourceId())));
        }
        if (p.kind() == StatementKind.QUOTE && !PassageFinder.quoteOccursIn(excerpt.exact(), p.text())) {
            notVerbatim(p, LocalText.of("problem.quote.inExcerpt"));
        }
    }

    private void notVerbatim(Pending p, LocalText where) {
        problems.warn(p.textNode(), LocalText.at(p.path() + ".text", LocalText.of("problem.quote.notVerbatim", where)));
    }
}
