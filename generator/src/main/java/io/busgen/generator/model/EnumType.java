package io.busgen.generator.model;

import io.busgen.generator.schema.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A set of string values: a generated enum whose constants carry their wire value.
 *
 * @param open whether values beyond the known ones are valid too ({@link io.busgen.generator.schema.OpenEnum}): the
 *     generated type then keeps any wire value, and its constants are the known ones
 */
public record EnumType(
        JavaTypeName name,
        Origin origin,
        @Nullable String description,
        List<Constant> constants,
        boolean open,
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
