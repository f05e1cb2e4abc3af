package app.counterpoint.io.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts, by its JSON pointer ({@code "/actors/0/color"}; the root is {@code ""}): the
 * line and column the reader reports a problem at, so a schema error can be matched to a reader problem.
 */
final class JsonLocations {

    private final Map<String, Position> byPointer = new HashMap<>();

    /** A 1-based line and column, counted in characters as the reader counts them. */
    record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    private JsonLocations() {}

    static JsonLocations of(String json) {
        JsonLocations locations = new JsonLocations();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                JsonLocation at = parser.currentTokenLocation();
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                locations.byPointer.putIfAbsent(pointer, new Position(at.getLineNr(), at.getColumnNr()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return locations;
    }

    /** The position of the value at {@code pointer}; fails when the text has no such value. */
    Position at(String pointer) {
        Position position = byPointer.get(pointer);
        if (position == null) {
            throw new IllegalArgumentException("no value at " + pointer);
        }
        return position;
    }
}
