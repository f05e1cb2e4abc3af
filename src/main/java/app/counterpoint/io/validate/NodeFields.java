package app.counterpoint.io.validate;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.VisibleText;
import app.counterpoint.model.ExtraFields;
import app.counterpoint.model.StoryDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads typed fields out of JSON objects, adding a problem (with the field's JSON path) for each missing or
 * malformed one and returning {@code null} for it, so the caller can carry on and find the next problem.
 * An optional field given as {@code null} counts as absent.
 */
final class NodeFields {

    private static final LocalText TEXT = LocalText.of("problem.expect.text");
    private static final LocalText TEXTS = LocalText.of("problem.expect.texts");

    private final Problems problems;
    /** Big stories repeat dates a lot; StoryDate is immutable, so one parse per distinct text is enough. */
    private final Map<String, StoryDate> parsedDates = new HashMap<>();

    NodeFields(Problems problems) {
        this.problems = problems;
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** A required, non-blank text field, as its node (for its location); {@code null} when missing or wrong. */
    JsonValueNode requiredTextNode(JsonValueNode object, String path, String name) {
        JsonValueNode value = object.get(name);
        if (value == null) {
            missing(object, path, name);
            return null;
        }
        return checkText(value, path, name, -1, true);
    }

    String requiredText(JsonValueNode object, String path, String name) {
        JsonValueNode value = requiredTextNode(object, path, name);
        return value == null ? null : value.text();
    }

    /** An optional text field; {@code null} when absent, null, or wrong (then with a problem). */
    String optionalText(JsonValueNode object, String path, String name) {
        JsonValueNode value = optionalTextNode(object, path, name);
        return value == null ? null : value.text();
    }

    JsonValueNode optionalTextNode(JsonValueNode object, String path, String name) {
        JsonValueNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return checkText(value, path, name, -1, false);
    }

    /**
     * A list of non-blank texts, as nodes. A missing required list is a problem; a missing optional one is empty.
     * Returns {@code null} when the field is not a list at all; a wrong element is {@code null} in its place, so
     * callers keep the element's index for their messages.
     */
    List<JsonValueNode> textList(JsonValueNode object, String path, String name, boolean required) {
        JsonValueNode value = object.get(name);
        if (value == null || (!required && value.isNull())) {
            if (required) {
                missing(object, path, name);
                return null;
            }
            return List.of();
        }
        if (!value.isArray()) {
            wrongType(value, path(path, name), TEXTS);
            return null;
        }
        List<JsonValueNode> elements = value.elements();
        List<JsonValueNode> texts = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            texts.add(checkText(elements.get(i), path, name, i, true));
        }
        return texts;
    }

    /** A date field, parsed with its precision kept; {@code null} when absent or impossible. */
    StoryDate date(JsonValueNode object, String path, String name, boolean required) {
        JsonValueNode value = required ? requiredTextNode(object, path, name) : optionalTextNode(object, path, name);
        if (value == null) {
            return null;
        }
        StoryDate known = parsedDates.get(value.text());
        if (known != null) {
            return known;
        }
        FieldRules.DateCheck checked = FieldRules.date(value.text());
        if (checked.problem() != null) {
            problems.add(value, LocalText.at(path(path, name), checked.problemText()));
            return null;
        }
        parsedDates.put(value.text(), checked.date());
        return checked.date();
    }

    /** An optional CSS colour; {@code null} when absent or invalid. */
    String color(JsonValueNode object, String path, String name) {
        JsonValueNode value = optionalTextNode(object, path, name);
        if (value == null) {
            return null;
        }
        LocalText problem = FieldRules.colorProblem(value.text());
        if (problem != null) {
            problems.add(value, LocalText.at(path(path, name), problem));
            return null;
        }
        return value.text().trim();
    }

    /** An optional absolute http(s) address; {@code null} when absent or invalid. */
    String webAddress(JsonValueNode object, String path, String name) {
        JsonValueNode value = optionalTextNode(object, path, name);
        if (value == null) {
            return null;
        }
        LocalText problem = FieldRules.webAddressProblem(value.text());
        if (problem != null) {
            problems.add(value, LocalText.at(path(path, name), problem));
            return null;
        }
        return value.text();
    }

    /**
     * The members of {@code object} not named in {@code known}, kept for writing back; {@link ExtraFields#NONE}
     * (without a list being made) for an object with known fields only.
     */
    static ExtraFields extra(JsonValueNode object, String[] known) {
        List<Map.Entry<String, String>> outside = object.membersOutside(known);
        if (outside.isEmpty()) {
            return ExtraFields.NONE;
        }
        List<ExtraFields.Field> fields = new ArrayList<>(outside.size());
        outside.forEach(e -> fields.add(new ExtraFields.Field(e.getKey(), e.getValue())));
        return new ExtraFields(fields);
    }

    void missing(JsonValueNode object, String path, String name) {
        problems.add(object, LocalText.at(path, LocalText.of("problem.missing", name)));
    }

    /** "expected a text in double quotes but found the number 7", at the value's path. */
    void wrongType(JsonValueNode value, String path, LocalText expected) {
        problems.add(value, LocalText.at(path, LocalText.of("problem.wrongType", expected, value.described())));
    }

    /**
     * An empty text is as good as a missing one where a value is required (ids, titles, references). The path comes
     * in parts and is joined only for a problem: joining it for each of a million valid fields costs real time.
     *
     * @param index the element's position when the value is in a list, or -1
     */
    private JsonValueNode checkText(JsonValueNode value, String parent, String name, int index, boolean nonBlank) {
        if (!value.isString()) {
            wrongType(value, elementPath(parent, name, index), TEXT);
            return null;
        }
        if (nonBlank && value.text().isBlank()) {
            problems.add(value, LocalText.at(elementPath(parent, name, index), FieldRules.requiredTextProblem("")));
            return null;
        }
        int broken = VisibleText.loneSurrogate(value.text());
        if (broken >= 0) {
            problems.add(
                    value,
                    LocalText.at(
                            elementPath(parent, name, index), VisibleText.halfCharacterText(value.text(), broken)));
            return null;
        }
        return value;
    }

    private static String elementPath(String parent, String name, int index) {
        return path(parent, name) + (index < 0 ? "" : "[" + index + "]");
    }
}
