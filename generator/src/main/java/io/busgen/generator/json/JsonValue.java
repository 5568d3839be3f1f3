package io.busgen.generator.json;

import io.busgen.generator.source.SourceLocation;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable JSON value read from a source file, each node knowing where it stands (file, pointer, line, column).
 *
 * <p>Equality of the records includes locations; use {@link JsonValues#sameValue} for JSON equality.
 */
public sealed interface JsonValue {

    SourceLocation location();

    /** The JSON type's name as JSON Schema spells it: object, array, string, number (or integer), boolean, null. */
    String typeName();

    /** A JSON object; members keep the order they had in the file. */
    record JsonObject(Map<String, JsonValue> members, SourceLocation location) implements JsonValue {
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        public Optional<JsonValue> get(String key) {
            return Optional.ofNullable(members.get(key));
        }

        public boolean has(String key) {
            return members.containsKey(key);
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    record JsonArray(List<JsonValue> elements, SourceLocation location) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    record JsonString(String value, SourceLocation location) implements JsonValue {
        @Override
        public String typeName() {
            return "string";
        }
    }

    /**
     * A number, kept both as its exact decimal value and as written.
     *
     * @param value the exact value
     * @param lexeme the number as it was written in the file
     */
    record JsonNumber(BigDecimal value, String lexeme, SourceLocation location) implements JsonValue {
        /** Whether the value is a whole number (JSON Schema counts {@code 1.0} as an integer). */
        public boolean isIntegral() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }

        @Override
        public String typeName() {
            return isIntegral() ? "integer" : "number";
        }
    }

    record JsonBoolean(boolean value, SourceLocation location) implements JsonValue {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    record JsonNull(SourceLocation location) implements JsonValue {
        @Override
        public String typeName() {
            return "null";
        }
    }
}
