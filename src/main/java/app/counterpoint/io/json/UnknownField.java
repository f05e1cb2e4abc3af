package app.counterpoint.io.json;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.problem.Problems;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/**
 * A field the reader does not know, copied from the parser as compact JSON text while it is read: the text is what
 * saving writes back, and the value never becomes a tree of located values. Numbers keep the digits the file wrote,
 * as {@link JsonText} writes them.
 */
final class UnknownField {

    private static final JsonFactory FACTORY = new JsonFactory();

    private UnknownField() {}

    /**
     * Copies the value at the parser's current token, leaving the parser on its last token.
     *
     * @param depth how many containers hold the value, for the nesting limit
     * @return the value's compact JSON text; {@code null} after the problem when it is nested too deep
     */
    static String copy(JsonParser parser, int depth, Problems problems) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            int open = 0;
            JsonToken token = parser.currentToken();
            while (true) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        if (depth + open >= LocatedJsonParser.MAX_DEPTH) {
                            JsonLocation at = parser.currentTokenLocation();
                            problems.add(
                                    at.getLineNr(),
                                    at.getColumnNr(),
                                    LocalText.of("problem.tooDeep", LocatedJsonParser.MAX_DEPTH));
                            return null;
                        }
                        open++;
                        if (token == JsonToken.START_OBJECT) {
                            json.writeStartObject();
                        } else {
                            json.writeStartArray();
                        }
                    }
                    case END_OBJECT -> {
                        open--;
                        json.writeEndObject();
                    }
                    case END_ARRAY -> {
                        open--;
                        json.writeEndArray();
                    }
                    case FIELD_NAME -> json.writeFieldName(parser.currentName());
                    case VALUE_STRING ->
                        json.writeString(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> json.writeNumber(parser.getText());
                    case VALUE_TRUE -> json.writeBoolean(true);
                    case VALUE_FALSE -> json.writeBoolean(false);
                    default -> json.writeNull();
                }
                if (open == 0) {
                    break;
                }
                token = parser.nextToken();
                if (token == null) {
                    // the end of the text inside the value: the caller's next read reports it
                    break;
                }
            }
        }
        return out.toString();
    }
}
