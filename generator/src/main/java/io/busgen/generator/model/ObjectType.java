package io.busgen.generator.model;

import io.busgen.generator.schema.Schema;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An object with declared properties: a generated record.
 *
 * @param fields the properties in declaration (wire) order
 * @param nested the names of the types nested in this one (inline objects and enums, local {@code $defs})
 */
public record ObjectType(
        JavaTypeName name,
        Origin origin,
        @Nullable String description,
        List<Field> fields,
        List<JavaTypeName> nested,
        Schema schema) implements NamedType {

    public ObjectType {
        fields = List.copyOf(fields);
        nested = List.copyOf(nested);
    }

    @Override
    public Form form() {
        return Form.OBJECT;
    }

    public Optional<Field> field(String wireName) {
        return fields.stream().filter(f -> f.wireName().equals(wireName)).findFirst();
    }
}
