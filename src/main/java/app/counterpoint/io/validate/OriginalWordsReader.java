package app.counterpoint.io.validate;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.model.OriginalWords;

/**
 * Reads a statement's {@code lang} (the language it was said in, when its {@code text} is a translation) and
 * {@code original} (its words in that language). Words as they were said without their language are a problem: the
 * comparison could not say which language they are in, nor set them in their direction.
 */
final class OriginalWordsReader {

    private final NodeFields fields;
    private final Problems problems;

    OriginalWordsReader(NodeFields fields, Problems problems) {
        this.fields = fields;
        this.problems = problems;
    }

    /** The statement's original language and words, or {@code null} when it has none or they are wrong. */
    OriginalWords read(JsonValueNode entry, String path) {
        JsonValueNode langNode = fields.optionalTextNode(entry, path, "lang");
        String words = fields.optionalText(entry, path, "original");
        if (words != null && words.isBlank()) {
            problems.add(
                    entry.get("original"), LocalText.at(path + ".original", FieldRules.requiredTextProblem(words)));
            words = null;
        }
        if (langNode == null) {
            JsonValueNode lang = entry.get("lang");
            if (words != null && (lang == null || lang.isNull())) {
                // reported where a missing field is: at the statement that lacks it
                problems.add(entry, LocalText.at(path, LocalText.of("problem.original.needsLang")));
            }
            return null;
        }
        LocalText problem = LanguageTags.problem(langNode.text());
        if (problem != null) {
            problems.add(langNode, LocalText.at(path + ".lang", problem));
            return null;
        }
        return new OriginalWords(langNode.text(), words);
    }
}
