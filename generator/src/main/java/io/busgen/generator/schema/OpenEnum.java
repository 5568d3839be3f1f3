package io.busgen.generator.schema;

import io.busgen.generator.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The open enum: a string that has known values but admits any other, written as plain JSON Schema so that every
 * validator agrees with busgen on what it accepts:
 *
 * <pre>{@code
 * "anyOf": [{"enum": ["red", "green"]}, {"type": "string"}]
 * }</pre>
 *
 * <p>The first alternative lists the known values (strings, with {@code "type": "string"} beside them or not, and
 * {@code x-enum-descriptions} if wanted); the second is exactly {@code {"type": "string"}}. The schema that holds the
 * {@code anyOf} has no {@code type} but {@code "string"}, no {@code $ref}, {@code enum} or {@code const}; other string
 * keywords beside it ({@code maxLength}, {@code pattern}) constrain every value, known or not.
 */
public final class OpenEnum {

    private OpenEnum() {}

    /** The alternative that lists the known values, when {@code schema} is an open enum. */
    public static Optional<Schema> knownValues(Schema schema) {
        if (schema.isBooleanSchema() || schema.ref() != null || schema.enumValues() != null
                || schema.constValue() != null || !(schema.types().isEmpty() || schema.allowsOnly(JsonType.STRING))) {
            return Optional.empty();
        }
        List<Schema> anyOf = schema.anyOf();
        if (anyOf.size() != 2 || !anyString(anyOf.get(1)) || !knownStrings(anyOf.get(0))) {
            return Optional.empty();
        }
        return Optional.of(anyOf.get(0));
    }

    /** Whether {@code schema} is an open enum. */
    public static boolean is(Schema schema) {
        return knownValues(schema).isPresent();
    }

    /** {@code {"type": "string"}}, with nothing else that constrains. */
    private static boolean anyString(Schema schema) {
        return !schema.isBooleanSchema() && schema.allowsOnly(JsonType.STRING)
                && schema.constraints().equals(Set.of(Keyword.TYPE));
    }

    /** {@code {"enum": [strings]}}, with {@code "type": "string"} or not, and nothing else that constrains. */
    private static boolean knownStrings(Schema schema) {
        if (schema.isBooleanSchema() || schema.enumValues() == null || schema.enumValues().isEmpty()
                || !schema.enumValues().stream().allMatch(v -> v instanceof JsonValue.JsonString)) {
            return false;
        }
        Set<Keyword> constraints = schema.constraints();
        return schema.types().isEmpty() ? constraints.equals(Set.of(Keyword.ENUM))
                : schema.allowsOnly(JsonType.STRING) && constraints.equals(Set.of(Keyword.TYPE, Keyword.ENUM));
    }
}
