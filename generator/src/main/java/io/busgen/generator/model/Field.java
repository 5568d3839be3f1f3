package io.busgen.generator.model;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * One property of an object type.
 *
 * @param wireName the property name in JSON
 * @param javaName the record component name
 * @param type the value's shape, and whether it may be null
 * @param required whether the property must be present ({@code required})
 * @param defaultValue the schema's {@code default}, if any
 * @param description the property's own description (never the referenced type's)
 * @param envelope the envelope property the field also travels in, if any ({@code x-envelope})
 * @param inBody whether the field is written in the body ({@code false} for {@code x-body: false})
 * @param position the index of the property in declaration order, which is the wire order
 * @param schema the property's schema, for validators, docs and the diff
 */
public record Field(
        String wireName,
        String javaName,
        TypeUse type,
        boolean required,
        @Nullable JsonValue defaultValue,
        @Nullable String description,
        @Nullable EnvelopeProperty envelope,
        boolean inBody,
        int position,
        Schema schema) {

    public boolean hasDefault() {
        return defaultValue != null;
    }

    public boolean nullable() {
        return type.nullable();
    }

    /** Whether the default is a value other than null. */
    public boolean hasNonNullDefault() {
        return defaultValue != null && !(defaultValue instanceof JsonValue.JsonNull);
    }

    /**
     * Whether the field's value may be null in Java: when JSON null is allowed, or when the field is optional with no
     * non-null default (null then means absent).
     */
    public boolean nullableInJava() {
        return nullable() || (!required && !hasNonNullDefault());
    }

    /** Whether the field is held as a Java primitive ({@code long}, {@code double}, {@code boolean}). */
    public boolean javaPrimitive() {
        return !nullableInJava() && type.shape() instanceof Shape.Scalar scalar && scalar.plain()
                && scalar.type() != io.busgen.generator.schema.JsonType.STRING;
    }

    public SourceLocation location() {
        return schema.location();
    }
}
