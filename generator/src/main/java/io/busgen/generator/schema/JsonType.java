package io.busgen.generator.schema;

import io.busgen.generator.EnumNames;
import java.util.Optional;

/** The seven JSON Schema types, as the {@code type} keyword names them. */
public enum JsonType {
    NULL, BOOLEAN, OBJECT, ARRAY, NUMBER, STRING, INTEGER;

    /** The name used in schemas: {@code "string"}, {@code "null"}, ... */
    public String keyword() {
        return EnumNames.lowerCase(this);
    }

    public static Optional<JsonType> fromKeyword(String name) {
        return EnumNames.fromLowerCase(JsonType.class, name);
    }
}
