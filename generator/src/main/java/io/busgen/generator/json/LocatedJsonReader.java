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
import io.busgen.runtime.internal.JsonParseError;
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
 * <p>Malformed JSON is reported as one problem at its line and column, in the words of {@link JsonParseError},
 * quoting at most {@value MessageText#EXCERPT_LIMIT} characters of the file; a key that appears twice in one object is
 * reported too, since JSON readers disagree on which of the two wins.
 *
 * <p>Reading is bounded whatever the file holds (docs/schema-dialect.md, "Limits"): a file beyond a limit is reported
 * once, where the limit was reached, and not read further.
 */
public final class LocatedJsonReader {
    /** The deepest nesting of objects and arrays in one file. */
    public static final int MAX_DEPTH = 64;

    /** The most values in one file: each object, array, string, number, boolean and null counts one. */
    public static final int MAX_VALUES = 100_000;

    /** The most elements of one array (an enum, a required list) or members of one object. */
    public static final int MAX_ELEMENTS = 10_000;

    /** The longest object key, in characters. */
    public static final int MAX_KEY_LENGTH = 1_000;

    /**
     * The most characters of JSON pointers one file may need to locate its values: every value remembers where it
     * is, so long keys nested deep cost their length at every value below them.
     */
    public static final int MAX_POINTER_CHARACTERS = 8 << 20;

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
    private int depth;
    private int values;
    private long pointerCharacters;

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
            try {
                return readDocument(parser);
            } catch (JacksonException e) {
                JsonParseError error = JsonParseError.of(e, parser);
                problems.add(Problem.atPosition(new SourceLocation(file, "", error.line(), error.column()),
                        error.kind() == JsonParseError.Kind.LIMIT
                                ? error.message() + ", more than busgen reads: make it smaller"
                                : "malformed JSON: " + error.message()));
                return Optional.empty();
            }
        } catch (LimitReached e) {
            problems.add(Problem.atPosition(e.location, e.getMessage()));
            return Optional.empty();
        } catch (NumberBeyondRange e) {
            problems.add(Problem.atPosition(e.location, "the number " + (e.lexeme.length() <= 40 ? e.lexeme
                    : e.lexeme.substring(0, 37) + "...") + " has an exponent beyond the " + Integer.MAX_VALUE
                    + " busgen reads: write a number of a sensible size"));
            return Optional.empty();
        }
    }

    private Optional<JsonValue> readDocument(JsonParser parser) {
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
    }

    private JsonValue readValue(JsonParser parser, String pointer) {
        TokenStreamLocation at = parser.currentTokenLocation();
        SourceLocation location = new SourceLocation(file, pointer, at.getLineNr(), at.getColumnNr());
        if (++values > MAX_VALUES) {
            throw new LimitReached(location, "the file holds more than " + MAX_VALUES + " JSON values, the most"
                    + " busgen reads in one file: split it into files under defs/");
        }
        pointerCharacters += pointer.length();
        if (pointerCharacters > MAX_POINTER_CHARACTERS) {
            throw new LimitReached(location, "the file's keys are too long for how deep and how many its values"
                    + " are (more than " + MAX_POINTER_CHARACTERS + " characters of JSON pointers to locate them):"
                    + " shorten the keys or split the file into files under defs/");
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                enter(location);
                JsonObject object = readObject(parser, location);
                depth--;
                return object;
            case START_ARRAY:
                enter(location);
                List<JsonValue> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (elements.size() == MAX_ELEMENTS) {
                        throw tooManyElements(parser, pointer, "array");
                    }
                    elements.add(readValue(parser, JsonPointer.append(pointer, elements.size())));
                }
                depth--;
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

    private LimitReached tooManyElements(JsonParser parser, String pointer, String what) {
        TokenStreamLocation at = parser.currentTokenLocation();
        return new LimitReached(new SourceLocation(file, pointer, at.getLineNr(), at.getColumnNr()), "the " + what
                + " has more than " + MAX_ELEMENTS + " " + (what.equals("array") ? "elements" : "members")
                + ", the most busgen reads in one: split it");
    }

    private void enter(SourceLocation location) {
        if (++depth > MAX_DEPTH) {
            throw new LimitReached(location, "objects and arrays nest deeper than " + MAX_DEPTH + " levels, the most"
                    + " busgen reads: move inner schemas to \"$defs\" and refer to them with \"$ref\"");
        }
    }

    private JsonObject readObject(JsonParser parser, SourceLocation location) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            if (key.length() > MAX_KEY_LENGTH) {
                TokenStreamLocation at = parser.currentTokenLocation();
                throw new LimitReached(new SourceLocation(file, location.pointer(), at.getLineNr(), at.getColumnNr()),
                        "a key of " + key.length() + " characters, longer than the " + MAX_KEY_LENGTH + " busgen"
                        + " reads: shorten it");
            }
            if (members.size() == MAX_ELEMENTS) {
                throw tooManyElements(parser, location.pointer(), "object");
            }
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

    /** A resource limit reached: the file is not read further. */
    private static final class LimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourceLocation location;

        LimitReached(SourceLocation location, String message) {
            super(message, null, false, false);
            this.location = location;
        }
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
}
