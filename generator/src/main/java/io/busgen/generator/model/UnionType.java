package io.busgen.generator.model;

import io.busgen.generator.schema.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A discriminated union: a {@code oneOf} whose alternatives are objects that each fix one common, required property
 * (the discriminator) with a string {@code const} of their own. It is generated as a sealed interface that each
 * alternative's record implements; decoding reads the discriminator and hands the object to that record's reader.
 * Recognised by {@code load/DiscriminatedUnions}, which says why another {@code oneOf} is not one.
 *
 * @param discriminator the discriminator's wire name
 * @param alternatives the alternatives, in the {@code oneOf}'s order
 * @param nested the names of the types nested in the interface (its inline alternatives)
 */
public record UnionType(
        JavaTypeName name,
        Origin origin,
        @Nullable String description,
        String discriminator,
        List<Alternative> alternatives,
        List<JavaTypeName> nested,
        Schema schema) implements NamedType {

    /**
     * One alternative: the discriminator's value that selects it, and its record.
     *
     * @param value the discriminator's {@code const}
     * @param type the record (an {@link ObjectType}), nested in the interface or shared
     */
    public record Alternative(String value, JavaTypeName type) {}

    public UnionType {
        alternatives = List.copyOf(alternatives);
        nested = List.copyOf(nested);
    }

    @Override
    public Form form() {
        return Form.UNION;
    }

    /**
     * The alternative an object value (a default, an example) is: the one its discriminator member names.
     *
     * @param value a JSON value
     * @return the alternative; empty when the value is not an object whose discriminator names one
     */
    public java.util.Optional<Alternative> alternativeOf(io.busgen.generator.json.JsonValue value) {
        if (value instanceof io.busgen.generator.json.JsonValue.JsonObject object
                && object.members().get(discriminator) instanceof io.busgen.generator.json.JsonValue.JsonString s) {
            return alternatives.stream().filter(a -> a.value().equals(s.value())).findFirst();
        }
        return java.util.Optional.empty();
    }
}
