package app.counterpoint.io.importing;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.VisibleText;

/**
 * The fields of an imported JSON timeline as the importers want them: texts trimmed (numbers taken as texts, since
 * hand-written files use both for ids and groups), HTML made plain, objects checked; every wrong type a problem at
 * its place, named by its path ("date[3].asset").
 */
final class ImportedFields {

    private final Problems problems;

    ImportedFields(Problems problems) {
        this.problems = problems;
    }

    /** An object field, {@code null} when absent, null, or (after a problem) not an object. */
    JsonValueNode object(JsonValueNode parent, String path, String name) {
        JsonValueNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            problems.add(value, wrongType(path + "." + name, LocalText.of("problem.expect.object"), value));
            return null;
        }
        return value;
    }

    /** A list field, {@code null} when absent or null; a problem when it is something else. */
    JsonValueNode list(JsonValueNode parent, String path, String name) {
        JsonValueNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            problems.add(value, wrongType(path + "." + name, LocalText.of("problem.expect.list"), value));
            return null;
        }
        return value;
    }

    /** A text field as written (trimmed), {@code null} when absent or blank. */
    String string(JsonValueNode object, String path, String name) {
        JsonValueNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.type() == JsonValueNode.Type.NUMBER) {
            return value.text();
        }
        if (!value.isString()) {
            problems.add(value, wrongType(path + "." + name, LocalText.of("problem.expect.anyText"), value));
            return null;
        }
        int broken = VisibleText.loneSurrogate(value.text());
        if (broken >= 0) {
            problems.add(value, LocalText.at(path + "." + name, VisibleText.halfCharacterText(value.text(), broken)));
            return null;
        }
        return StoryAssembler.blankToNull(value.text().trim());
    }

    /** A group as plain text; a group that is only markup is a problem, not an event silently left ungrouped. */
    String group(JsonValueNode object, String path, String name) {
        String written = string(object, path, name);
        String group = written == null ? null : StoryAssembler.blankToNull(HtmlText.toPlainText(written));
        if (written != null && group == null) {
            problems.add(object.get(name), LocalText.at(path + "." + name, StoryAssembler.onlyMarkup(written)));
        }
        return group;
    }

    /** A text field that may hold HTML, as plain text; {@code null} when absent or blank. */
    String plain(JsonValueNode object, String path, String name) {
        String text = string(object, path, name);
        return text == null ? null : StoryAssembler.blankToNull(HtmlText.toPlainText(text));
    }

    /** "events[3].text: expected an object { … } but found the number 7": a value of the wrong kind at its path. */
    static LocalText wrongType(String path, LocalText expected, JsonValueNode found) {
        return LocalText.at(path, LocalText.of("problem.wrongType", expected, found.described()));
    }

    /** The first line of a text, at most 80 characters, as a title for an event that has none. */
    static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    static String firstPresent(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        throw new IllegalStateException("the last candidate is never blank");
    }

    /** A media link or embed code as a source reference: a web address as it is, an embed code as its text. */
    static String mediaReference(String url) {
        String link = StoryAssembler.webAddress(url);
        String reference = link != null ? link : HtmlText.toPlainText(url);
        return reference.isBlank() ? null : reference;
    }
}
