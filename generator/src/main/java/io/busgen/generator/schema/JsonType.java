package io.busgen.generator.schema;

import java.util.Locale;
import java.util.Optional;

/** The seven JSON Schema types, as the {@code type} keyword names them. */
public enum JsonType {
    NULL, BOOLEAN, OBJECT, ARRAY, NUMBER, STRING, INTEGER;

    /** The name used in schemas: {@code "string"}, {@code "null"}, ... */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<JsonType> fromKeyword(String name) {
        for (JsonType type : values()) {
            if (type.keyword().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
