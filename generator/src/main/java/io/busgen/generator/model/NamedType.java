package io.busgen.generator.model;

import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * A type the generator names and emits: an object type (a record), an enum type, or a discriminated union (a sealed
 * interface its alternatives' records implement).
 */
public sealed interface NamedType permits ObjectType, EnumType, UnionType {

    enum Form { OBJECT, ENUM, UNION }

    /** Where a named type comes from, which decides where its Java type lives. */
    enum Origin {
        /** The body of a message or response: a top-level type. */
        BODY,
        /** A defs file, or an entry of a defs file's {@code $defs}: a top-level shared type. */
        SHARED,
        /** An inline object or enum, or an entry of a message's own {@code $defs}: nested in its enclosing type. */
        NESTED
    }

    JavaTypeName name();

    Form form();

    Origin origin();

    @Nullable String description();

    /** The schema that defines the type. */
    Schema schema();

    default SourceLocation location() {
        return schema().location();
    }
}
