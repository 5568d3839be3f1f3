package io.busgen.generator.asyncapi;

import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNull;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.source.MessageText;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads an AsyncAPI document, YAML or JSON, into a {@link JsonValue} tree whose every node knows its line, column and
 * JSON pointer. A document is input from anyone, so reading is bounded whatever it holds: its size, the nesting of its
 * objects and arrays, the number of its values, the length of keys and numbers, and YAML aliases (each one counts the
 * values it repeats, so that a "billion laughs" document stops at the first alias beyond the limit). A document
 * beyond a limit, or not well-formed, is reported once, where reading stopped.
 */
public final class AsyncApiReader {

    /** The largest document read, in bytes. */
    public static final int MAX_BYTES = 8 << 20;

    /** The deepest nesting of objects and arrays: a catalogue file's 64 levels, and AsyncAPI's around them. */
    public static final int MAX_DEPTH = 96;

    /** The most values of one document, aliases counted with every value they repeat. */
    public static final int MAX_VALUES = 500_000;

    /** The most elements of one array or members of one object. */
    public static final int MAX_ELEMENTS = 10_000;

    /** The longest key, and the longest number, in characters. */
    public static final int MAX_KEY_LENGTH = 1_000;

    /** The most YAML aliases in one document. */
    public static final int MAX_ALIASES = 1_000;

    /** The most characters of JSON pointers needed to locate every value. */
    public static final long MAX_POINTER_CHARACTERS = 32L << 20;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 1)
            .maxNumberLength(MAX_KEY_LENGTH)
            .maxNameLength(MAX_KEY_LENGTH)
            .maxStringLength(MAX_BYTES)
            .maxDocumentLength(MAX_BYTES)
            .build();

    private static final ErrorReportConfiguration ERRORS = ErrorReportConfiguration.builder()
            .maxErrorTokenLength(MessageText.EXCERPT_LIMIT)
            .maxRawContentLength(0)
            .build();

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .errorReportConfiguration(ERRORS)
            .build();

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .errorReportConfiguration(ERRORS)
            .loadSettings(LoadSettings.builder()
                    .setAllowDuplicateKeys(true) // reported here, with the key's location
                    .setMaxAliasesForCollections(MAX_ALIASES)
                    .setCodePointLimit(MAX_BYTES)
                    .setAllowRecursiveKeys(false)
                    .setAllowNonScalarKeys(false)
                    .build())
            .build();

    private final String file;
    private final Problems problems;
    private final boolean yaml;
    private final Map<String, JsonValue> anchors = new HashMap<>();
    private final Map<JsonValue, Integer> sizes = new HashMap<>();
    private int depth;
    private int values;
    private int aliases;
    private long pointerCharacters;

    private AsyncApiReader(String file, Problems problems, boolean yaml) {
        this.file = file;
        this.problems = problems;
        this.yaml = yaml;
    }

    /**
     * Reads one document.
     *
     * @param file the document's name as shown to the user
     * @param bytes its content: JSON when its first non-blank character is <code>{</code>, YAML otherwise
     * @param problems where a document that cannot be read is reported
     * @return the document, or empty when it could not be read (reported)
     */
    public static Optional<JsonValue> read(String file, byte[] bytes, Problems problems) {
        SourceLocation start = new SourceLocation(file, "", 1, 1);
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.atPosition(start, "the document has " + bytes.length + " bytes, more than the "
                    + MAX_BYTES + " busgen reads: split it, or import its parts one by one"));
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.atPosition(start, "the document is not valid UTF-8: save it as UTF-8"));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        boolean yaml = !text.stripLeading().startsWith("{");
        return new AsyncApiReader(file, problems, yaml).readDocument(text);
    }

    private Optional<JsonValue> readDocument(String text) {
        TokenStreamFactory factory = yaml ? YAML : JSON;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Problem.atPosition(new SourceLocation(file, "", 1, 1),
                        "the document is empty: write an AsyncAPI document (\"asyncapi: 3.0.0\", info, channels)"));
                return Optional.empty();
            }
            JsonValue value = readValue(parser, "");
            if (parser.nextToken() != null) {
                problems.add(Problem.atPosition(location(parser, ""), yaml
                        ? "a second YAML document in the file: busgen reads one document; split the file"
                        : "malformed JSON: unexpected content after the end of the document; remove it"));
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (Stop e) {
            problems.add(Problem.atPosition(e.location, e.getMessage()));
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            SourceLocation location = at == null || at.getLineNr() < 1 ? new SourceLocation(file, "", 1, 1)
                    : new SourceLocation(file, "", at.getLineNr(), at.getColumnNr());
            problems.add(Problem.atPosition(location, describe(e)));
        }
        return Optional.empty();
    }

    private String describe(JacksonException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        String first = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.contains("exceeds") || lower.contains("limit") || lower.contains("maximum")) {
            return "the document is beyond what busgen reads (" + MessageText.excerpt(first) + "): make it smaller";
        }
        return "malformed " + (yaml ? "YAML" : "JSON") + ": " + MessageText.excerpt(first);
    }

    private SourceLocation location(JsonParser parser, String pointer) {
        TokenStreamLocation at = parser.currentTokenLocation();
        return new SourceLocation(file, pointer, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private JsonValue readValue(JsonParser parser, String pointer) {
        SourceLocation location = location(parser, pointer);
        count(location, 1);
        pointerCharacters += pointer.length();
        if (pointerCharacters > MAX_POINTER_CHARACTERS) {
            throw new Stop(location, "the document's keys are too long for how deep and how many its values are"
                    + " (more than " + MAX_POINTER_CHARACTERS + " characters of JSON pointers to locate them):"
                    + " shorten the keys or split the document");
        }
        if (yaml && parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
            return alias(parser.getString(), location);
        }
        String anchor = yaml && parser instanceof YAMLParser yamlParser ? anchorOf(yamlParser) : null;
        int before = values;
        JsonValue value = switch (parser.currentToken()) {
            case START_OBJECT -> {
                enter(location);
                JsonObject object = readObject(parser, location);
                depth--;
                yield object;
            }
            case START_ARRAY -> {
                enter(location);
                List<JsonValue> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (elements.size() == MAX_ELEMENTS) {
                        throw new Stop(location(parser, pointer), "the array has more than " + MAX_ELEMENTS
                                + " elements, the most busgen reads in one: split it");
                    }
                    elements.add(readValue(parser, JsonPointer.append(pointer, elements.size())));
                }
                depth--;
                yield new JsonArray(elements, location);
            }
            case VALUE_STRING -> new JsonString(parser.getString(), location);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser, location);
            case VALUE_TRUE -> new JsonBoolean(true, location);
            case VALUE_FALSE -> new JsonBoolean(false, location);
            case VALUE_NULL -> new JsonNull(location);
            default -> throw new Stop(location, "a value busgen does not read (" + parser.currentToken()
                    + "): write JSON values only (objects, arrays, strings, numbers, booleans, null)");
        };
        if (anchor != null) {
            anchors.put(anchor, value);
            sizes.put(value, values - before + 1);
        }
        return value;
    }

    private static String anchorOf(YAMLParser parser) {
        Object id = parser.getObjectId();
        return id == null ? null : id.toString();
    }

    private JsonValue alias(String name, SourceLocation location) {
        if (++aliases > MAX_ALIASES) {
            throw new Stop(location, "the document has more than " + MAX_ALIASES + " YAML aliases, the most busgen"
                    + " reads: write the values out, or use $ref");
        }
        JsonValue target = anchors.get(name);
        if (target == null) {
            throw new Stop(location, "the alias *" + MessageText.excerpt(name) + " names no anchor defined before it:"
                    + " define &" + MessageText.excerpt(name) + " first");
        }
        count(location, sizes.getOrDefault(target, 1));
        return target;
    }

    private void count(SourceLocation location, int more) {
        values += more;
        if (values > MAX_VALUES) {
            throw new Stop(location, "the document holds more than " + MAX_VALUES + " values (YAML aliases counted"
                    + " with the values they repeat), the most busgen reads: split it");
        }
    }

    private JsonNumber number(JsonParser parser, SourceLocation location) {
        String lexeme = parser.getString().strip();
        try {
            return new JsonNumber(new BigDecimal(lexeme), lexeme, location);
        } catch (NumberFormatException e) {
            // YAML spells some numbers its own way (0x1f, 0o17, +1): keep the value, write it as JSON would
            try {
                BigDecimal value = parser.getDecimalValue();
                return new JsonNumber(value, value.toString(), location);
            } catch (JacksonException | NumberFormatException | ArithmeticException notANumber) {
                throw new Stop(location, "the number " + MessageText.excerpt(lexeme) + " has no JSON form (JSON has no"
                        + " infinity or NaN): write a finite number");
            }
        }
    }

    private void enter(SourceLocation location) {
        if (++depth > MAX_DEPTH) {
            throw new Stop(location, "objects and arrays nest deeper than " + MAX_DEPTH + " levels, the most busgen"
                    + " reads: move inner schemas to components/schemas and refer to them with $ref");
        }
    }

    private JsonObject readObject(JsonParser parser, SourceLocation location) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            if (members.size() == MAX_ELEMENTS) {
                throw new Stop(location(parser, location.pointer()), "the object has more than " + MAX_ELEMENTS
                        + " members, the most busgen reads in one: split it");
            }
            parser.nextToken();
            JsonValue value = readValue(parser, JsonPointer.append(location.pointer(), key));
            if (members.containsKey(key)) {
                problems.report(value.location(), "duplicate key \"" + MessageText.excerpt(key)
                        + "\": readers disagree on which one counts; keep only one");
            } else {
                members.put(key, value);
            }
        }
        return new JsonObject(members, location);
    }

    /** Reading stops here. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourceLocation location;

        Stop(SourceLocation location, String message) {
            super(message, null, false, false);
            this.location = location;
        }
    }
}
