package io.busgen.generator.model;

import io.busgen.generator.schema.JsonType;
import org.jspecify.annotations.Nullable;

/**
 * The Java-relevant form of a value: what a field, an array item or a map value holds. Only {@code type},
 * {@code properties}, {@code additionalProperties}, {@code items}, {@code $ref}, {@code enum}/{@code const} and the
 * nullable {@code anyOf} decide a shape; every other keyword constrains the value (and is validated) without changing it.
 */
public sealed interface Shape {

    /**
     * A string, integer, number or boolean; held as {@code String}, {@code long}, {@code double}, {@code boolean}, or
     * as the JDK type the catalogue maps it to ({@code javaType}, null for the plain one).
     */
    record Scalar(JsonType type, @Nullable ScalarJavaType javaType) implements Shape {
        public Scalar {
            if (type == JsonType.NULL || type == JsonType.OBJECT || type == JsonType.ARRAY) {
                throw new IllegalArgumentException("not a scalar type: " + type);
            }
            if (javaType != null && javaType.jsonType() != type) {
                throw new IllegalArgumentException(javaType + " does not hold a " + type);
            }
        }

        /** A scalar held as its plain Java type. */
        public Scalar(JsonType type) {
            this(type, null);
        }

        /** Whether it is held as {@code String}, {@code long}, {@code double} or {@code boolean}. */
        public boolean plain() {
            return javaType == null;
        }
    }

    /**
     * A generated type: a record for an object with properties, an enum for string values. Named types are looked up
     * in the {@link Catalog} by name, which keeps recursive types finite.
     */
    record Named(JavaTypeName name, NamedType.Form form) implements Shape {}

    /** An array; its items have a shape of their own. */
    record ArrayOf(TypeUse items) implements Shape {}

    /**
     * An object without declared properties whose {@code additionalProperties} gives every value one schema: an
     * order-keeping map from member name to a value of that schema's shape (a typed map).
     */
    record MapOf(TypeUse values) implements Shape {}

    /** An object without declared properties: an order-keeping map of plain JSON values. */
    record FreeFormObject() implements Shape {}

    /** Any JSON value: the schema does not pin the value to one of the forms above. */
    record AnyValue() implements Shape {}
}
