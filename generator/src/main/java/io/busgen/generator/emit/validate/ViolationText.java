package io.busgen.generator.emit.validate;

import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.JsonType;
import io.busgen.runtime.internal.JsonStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the messages generated code reports that the generator words from a schema: the types a {@code type}
 * violation names, an enum's values as compact JSON. The rest of each message is worded at run time, once for the
 * validators and the decoders ({@code io.busgen.runtime.internal.Checks}, {@code JsonReading}), so that a body refused both
 * ways reads the same; docs/validators.md has the table of every keyword's message.
 */
public final class ViolationText {

    /** Values quoted from a schema (an enum, a const) are cut after this many characters. */
    private static final int VALUE_LIMIT = 80;

    private ViolationText() {}

    /**
     * The types a {@code type} violation names, with their articles.
     *
     * @param types the schema's types; {@code null} is named last, whatever the schema's order
     * @return {@code an integer or a string or null}
     */
    public static String typeNames(List<JsonType> types) {
        List<String> names = new ArrayList<>();
        for (JsonType type : types) {
            if (type != JsonType.NULL) {
                names.add(typePhrase(type));
            }
        }
        if (types.contains(JsonType.NULL)) {
            names.add("null");
        }
        return String.join(" or ", names);
    }

    private static String typePhrase(JsonType type) {
        return switch (type) {
            case NULL -> "null";
            case BOOLEAN -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case INTEGER -> "an integer";
        };
    }

    /**
     * An enum of strings as a compact JSON array, as {@link JsonValues#toJson} writes one.
     *
     * @param values the strings
     * @return {@code ["a","b"]}
     */
    public static String stringArray(List<String> values) {
        List<String> quoted = new ArrayList<>();
        values.forEach(value -> quoted.add(JsonStrings.quote(value)));
        return "[" + String.join(",", quoted) + "]";
    }

    /**
     * A value quoted from a schema (the values of an {@code enum}, a {@code const}), cut after {@value #VALUE_LIMIT}
     * characters.
     *
     * @param json the value as compact JSON
     * @return the text to quote
     */
    public static String shorten(String json) {
        return json.length() <= VALUE_LIMIT ? json : json.substring(0, VALUE_LIMIT - 3) + "...";
    }
}
