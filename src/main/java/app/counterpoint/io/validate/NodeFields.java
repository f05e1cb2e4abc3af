package app.counterpoint.io.validate;

import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.VisibleText;
import app.counterpoint.model.ExtraFields;
import app.counterpoint.model.StoryDate;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads typed fields out of JSON objects, adding a problem (with the field's JSON path) for each missing or
 * malformed one and returning {@code null} for it, so the caller can carry on and find the next problem.
 * An optional field given as {@code null} counts as absent.
 */
final class NodeFields {

    private static final String TEXT = "a text in double quotes";

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
            wrongType(value, path(path, name), "a list [ … ] of texts");
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
        try {
            StoryDate date = StoryDate.parse(value.text());
            parsedDates.put(value.text(), date);
            return date;
        } catch (IllegalArgumentException e) {
            problems.add(value, path(path, name) + ": " + e.getMessage());
        }
        return null;
    }

    /** An optional CSS colour; {@code null} when absent or invalid. */
    String color(JsonValueNode object, String path, String name) {
        JsonValueNode value = optionalTextNode(object, path, name);
        if (value == null) {
            return null;
        }
        if (!CssColor.isValid(value.text())) {
            problems.add(
                    value,
                    path(path, name) + ": '" + value.text() + "' is not a CSS colour; use a form such as "
                            + "#1f77b4, #f80, rgb(31, 119, 180), hsl(210, 70%, 40%) or a colour name such as steelblue");
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
        int port = port(value.text());
        if (port == 0 || port > 65535) {
            problems.add(
                    value,
                    path(path, name) + ": '" + value.text() + "' names the port " + port + ", which cannot be: ports "
                            + "go from 1 to 65535 (most addresses need none)");
            return null;
        }
        if (!isWebAddress(value.text())) {
            problems.add(
                    value,
                    path(path, name) + ": '" + value.text() + "' is not a web address; it must start "
                            + "with http:// or https://, such as https://www.example.org/article");
            return null;
        }
        return value.text();
    }

    /** The port an address names, or -1. */
    private static int port(String text) {
        try {
            return new URI(text).getPort();
        } catch (URISyntaxException e) {
            return -1; // reported as no web address at all
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null
                    && uri.getPort() != 0
                    && uri.getPort() <= 65535
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty()
                    && (scheme.toLowerCase(Locale.ROOT).equals("http")
                            || scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (URISyntaxException e) {
            return false;
        }
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
        problems.add(object, (path.isEmpty() ? "" : path + ": ") + "the required field '" + name + "' is missing");
    }

    void wrongType(JsonValueNode value, String path, String expected) {
        problems.add(value, path + ": expected " + expected + " but found " + value.describe());
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
            problems.add(value, elementPath(parent, name, index) + ": must not be empty");
            return null;
        }
        int broken = VisibleText.loneSurrogate(value.text());
        if (broken >= 0) {
            problems.add(
                    value, elementPath(parent, name, index) + ": " + VisibleText.halfCharacter(value.text(), broken));
            return null;
        }
        return value;
    }

    private static String elementPath(String parent, String name, int index) {
        return path(parent, name) + (index < 0 ? "" : "[" + index + "]");
    }
}
