package io.busgen.generator.model;

import io.busgen.generator.schema.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A set of string values: a generated enum whose constants carry their wire value. */
public record EnumType(
        JavaTypeName name,
        Origin origin,
        @Nullable String description,
        List<Constant> constants,
        Schema schema) implements NamedType {

    public EnumType {
        constants = List.copyOf(constants);
    }

    /**
     * One allowed value, its Java constant name and what {@code x-enum-descriptions} says of it.
     *
     * @param description the value's description; null when the schema gives none
     */
    public record Constant(String value, String javaName, @Nullable String description) {}

    @Override
    public Form form() {
        return Form.ENUM;
    }
}
