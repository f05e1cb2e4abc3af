package app.counterpoint.io.validate;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.source.SourceTextFiles;
import app.counterpoint.model.StoryDate;
import java.nio.file.Path;

/** Reads a source's own text ({@code text}, or {@code textFile} read from the story's folder) and publication date. */
final class SourceTextFields {

    /** What a source says of its text; all {@code null} for a source that gives none. */
    record SourceText(String text, String textFile, StoryDate published) {}

    private final NodeFields fields;
    private final Problems problems;
    private final Path folder;

    /** @param folder the story file's folder, or {@code null} when the story was not read from a file */
    SourceTextFields(NodeFields fields, Problems problems, Path folder) {
        this.fields = fields;
        this.problems = problems;
        this.folder = folder;
    }

    SourceText read(JsonValueNode entry, String path) {
        String text = fields.optionalText(entry, path, "text");
        JsonValueNode file = fields.optionalTextNode(entry, path, "textFile");
        StoryDate published = fields.date(entry, path, "published", false);
        if (file == null) {
            return new SourceText(text, null, published);
        }
        if (text != null) {
            problems.add(entry, LocalText.at(path, LocalText.of("problem.textAndTextFile")));
        }
        if (file.text().isBlank()) {
            problems.add(file, LocalText.at(path + ".textFile", FieldRules.requiredTextProblem("")));
            return new SourceText(text, null, published);
        }
        if (text != null) {
            return new SourceText(text, null, published);
        }
        SourceTextFiles.Loaded loaded = SourceTextFiles.read(folder, file.text());
        if (loaded.problem() != null) {
            problems.add(file, LocalText.at(path + ".textFile", loaded.problemText()));
        }
        return new SourceText(loaded.text(), file.text(), published);
    }
}
