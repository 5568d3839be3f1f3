package io.busgen.generator.emit.validate;

import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.JsonType;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed part of the messages generated code reports, worded once for the validators and the decoders, so that a
 * body refused both ways reads the same: {@code must be <expected>, not <found>}, counts with their nouns in the
 * singular or plural, values as compact JSON. docs/validators.md has the table of every keyword's message.
 */
public final class ViolationText {

    /** Values quoted from a schema (an enum, a const) are cut after this many characters. */
    private static final int VALUE_LIMIT = 80;

    private ViolationText() {}

    /**
     * What a {@code type} violation starts with; the found type's phrase follows (see
     * {@code io.busgen.runtime.Validation#typePhrase}).
     *
     * @param types the schema's types; {@code null} is named last, whatever the schema's order
     * @return {@code must be a string or null, not }
     */
    public static String typeExpected(List<JsonType> types) {
        List<String> names = new ArrayList<>();
        for (JsonType type : types) {
            if (type != JsonType.NULL) {
                names.add(typePhrase(type));
            }
        }
        if (types.contains(JsonType.NULL)) {
            names.add("null");
        }
        return "must be " + String.join(" or ", names) + ", not ";
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
        values.forEach(value -> quoted.add(JsonValues.quote(value)));
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

    /**
     * A count with its noun: {@code 1 item}, {@code 2 items}, {@code 0 items}.
     *
     * @param count how many
     * @param one the noun in the singular
     * @param many the noun in the plural
     * @return the phrase
     */
    public static String count(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
