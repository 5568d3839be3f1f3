package io.busgen.generator.json;

import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNull;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.MessageText;
import io.busgen.generator.source.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON text into a {@link JsonValue} tree in which every node carries its file, JSON pointer, line and column.
 *
 * <p>Malformed JSON is reported as one problem at its line and column, quoting at most
 * {@value MessageText#EXCERPT_LIMIT} characters of the file; a key that appears twice in one object is reported too,
 * since JSON readers disagree on which of the two wins.
 */
public final class LocatedJsonReader {

    /**
     * Jackson quotes at most {@value MessageText#EXCERPT_LIMIT} characters of a malformed token in its messages, and
     * none of the document around it.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .errorReportConfiguration(ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(MessageText.EXCERPT_LIMIT)
                    .maxRawContentLength(0)
                    .build())
            .build();

    private final String file;
    private final Problems problems;

    private LocatedJsonReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * Reads one JSON document.
     *
     * @param file the file's name as shown to the user
     * @param text the file's content
     * @param problems where malformed JSON and duplicate keys are reported
     * @return the document, or empty when it is not well-formed JSON
     */
    public static Optional<JsonValue> read(String file, String text, Problems problems) {
        return new LocatedJsonReader(file, problems).readDocument(text);
    }

    private Optional<JsonValue> readDocument(String text) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Problem.atPosition(
                        new SourceLocation(file, "", 1, 1), "malformed JSON: the file is empty; write a JSON object"));
                return Optional.empty();
            }
            JsonValue value = readValue(parser, "");
            if (parser.nextToken() != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                problems.add(Problem.atPosition(
                        new SourceLocation(file, "", at.getLineNr(), at.getColumnNr()),
                        "malformed JSON: unexpected content after the end of the document; remove it"));
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberBeyondRange e) {
            problems.add(Problem.atPosition(e.location, "the number " + (e.lexeme.length() <= 40 ? e.lexeme
                    : e.lexeme.substring(0, 37) + "...") + " has an exponent beyond the " + Integer.MAX_VALUE
                    + " busgen reads: write a number of a sensible size"));
            return Optional.empty();
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            problems.add(Problem.atPosition(
                    new SourceLocation(file, "", line, column),
                    "malformed JSON: " + firstLine(e.getOriginalMessage()) + "; fix the syntax here"));
            return Optional.empty();
        }
    }

    private JsonValue readValue(JsonParser parser, String pointer) {
        TokenStreamLocation at = parser.currentTokenLocation();
        SourceLocation location = new SourceLocation(file, pointer, at.getLineNr(), at.getColumnNr());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readObject(parser, location);
            case START_ARRAY:
                List<JsonValue> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(readValue(parser, JsonPointer.append(pointer, elements.size())));
                }
                return new JsonArray(elements, location);
            case VALUE_STRING:
                return new JsonString(parser.getString(), location);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                String lexeme = parser.getString();
                try {
                    return new JsonNumber(new BigDecimal(lexeme), lexeme, location);
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new NumberBeyondRange(location, lexeme);
                }
            case VALUE_TRUE:
                return new JsonBoolean(true, location);
            case VALUE_FALSE:
                return new JsonBoolean(false, location);
            case VALUE_NULL:
                return new JsonNull(location);
            default:
                throw new IllegalStateException("unexpected token " + token + " at " + location);
        }
    }

    private JsonObject readObject(JsonParser parser, SourceLocation location) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            JsonValue value = readValue(parser, JsonPointer.append(location.pointer(), key));
            if (members.containsKey(key)) {
                problems.report(value.location(), "duplicate key \"" + key
                        + "\": JSON readers disagree on which one counts; keep only one");
            } else {
                members.put(key, value);
            }
        }
        return new JsonObject(members, location);
    }

    /** A number whose exponent no decimal holds ({@code 1e9999999999}): the file is not read further. */
    private static final class NumberBeyondRange extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourceLocation location;
        private final String lexeme;

        NumberBeyondRange(SourceLocation location, String lexeme) {
            super(null, null, false, false);
            this.location = location;
            this.lexeme = lexeme;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
