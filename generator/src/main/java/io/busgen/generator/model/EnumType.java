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

    /** One allowed value and its Java constant name. */
    public record Constant(String value, String javaName) {}

    @Override
    public Form form() {
        return Form.ENUM;
    }
}
