package app.counterpoint.io.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The story format's JSON Schema ({@code resources/counterpoint-story.schema.json}) run by a real 2020-12 validator. */
final class StorySchema {

    static final Path FILE = Path.of("resources", "counterpoint-story.schema.json");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Schema schema;
    private final JsonNode tree;

    /** One schema error, at the place in the text the reader would report it. */
    record Violation(String pointer, JsonLocations.Position position, String keyword, String message) {
        @Override
        public String toString() {
            return position + " " + pointer + " [" + keyword + "] " + message;
        }
    }

    StorySchema() {
        try (InputStream in = Files.newInputStream(FILE)) {
            tree = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(tree);
    }

    /** The schema itself, as a JSON tree, for tests that compare it with the reader's field lists. */
    JsonNode tree() {
        return tree;
    }

    /**
     * The schema's errors for a JSON text, each located in that text.
     *
     * @throws JsonProcessingException when the text is no JSON at all
     */
    List<Violation> validate(String json) throws JsonProcessingException {
        JsonNode instance = MAPPER.readTree(json);
        JsonLocations locations = JsonLocations.of(json);
        return schema.validate(instance).stream()
                .map(error -> {
                    String pointer = pointer(error.getInstanceLocation());
                    return new Violation(pointer, locations.at(pointer), error.getKeyword(), error.getMessage());
                })
                .toList();
    }

    private static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            String name = String.valueOf(path.getElement(i));
            sb.append('/').append(name.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
