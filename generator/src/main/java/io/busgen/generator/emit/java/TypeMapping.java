package io.busgen.generator.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.schema.JsonType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How model shapes become Java types: {@code string} is {@code String}, {@code integer} {@code long}, {@code number}
 * {@code double}, {@code boolean} {@code boolean} (boxed where null is possible), or the JDK type the catalogue maps
 * a scalar to ({@code UUID}, {@code LocalDate}, {@code BigDecimal}, {@code BigInteger}), arrays immutable {@code List}s,
 * typed maps immutable {@code Map<String, T>} in wire order, free-form objects immutable
 * {@code Map<String, @Nullable Object>}, named types their generated class.
 */
final class TypeMapping {

    private final String packageName;
    private final Set<String> packageTypes;

    /** @param packageTypes the simple names of the package's top-level classes, filled before any type is mapped */
    TypeMapping(String packageName, Set<String> packageTypes) {
        this.packageName = packageName;
        this.packageTypes = packageTypes;
    }

    /**
     * The simple names every top-level spec qualifies when they stand for another type: a JDK, runtime or Jackson type
     * that shares its simple name with one of the package's classes ({@code Override}, {@code String},
     * {@code Envelope}) is written with its package in every file.
     */
    String[] packageTypes() {
        return packageTypes.toArray(new String[0]);
    }

    /** The package generated code is written in. */
    String packageName() {
        return packageName;
    }

    ClassName className(JavaTypeName name) {
        List<String> names = name.simpleNames();
        return ClassName.get(packageName, names.get(0), names.subList(1, names.size()).toArray(new String[0]));
    }

    /**
     * Whether a field's value may be null in Java: when JSON null is allowed, or when the field is optional with no
     * non-null default (null then means absent).
     */
    static boolean nullableInJava(Field field) {
        return field.nullableInJava();
    }

    static boolean hasNonNullDefault(Field field) {
        return field.hasNonNullDefault();
    }

    /** Whether the field is held as a primitive ({@code long}, {@code double}, {@code boolean}). */
    static boolean primitive(Field field) {
        return field.javaPrimitive();
    }

    /** The type of a record component (and builder setter parameter). */
    TypeName componentType(Field field) {
        if (primitive(field)) {
            return primitiveOf(((Shape.Scalar) field.type().shape()).type());
        }
        TypeName type = referenceType(field.type().shape());
        return nullableInJava(field) ? type.annotated(RuntimeNames.NULLABLE_ANNOTATION) : type;
    }

    /** The boxed, unannotated type of a field: what a builder holds for a required primitive. */
    TypeName boxedType(Field field) {
        return referenceType(field.type().shape());
    }

    /** The Java type of a value of a shape, as a reference type. */
    TypeName referenceType(Shape shape) {
        if (shape instanceof Shape.Scalar scalar) {
            if (scalar.javaType() != null) {
                return ClassName.get(scalar.javaType().javaClass());
            }
            return scalar.type() == JsonType.STRING ? ClassName.get(String.class)
                    : primitiveOf(scalar.type()).box();
        }
        if (shape instanceof Shape.Named named) {
            return className(named.name());
        }
        if (shape instanceof Shape.ArrayOf array) {
            return ParameterizedTypeName.get(ClassName.get(List.class), elementType(array.items()));
        }
        if (shape instanceof Shape.MapOf map) {
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                    elementType(map.values()));
        }
        if (shape instanceof Shape.FreeFormObject) {
            return freeFormType();
        }
        return ClassName.get(Object.class);
    }

    TypeName elementType(TypeUse items) {
        TypeName type = referenceType(items.shape());
        return items.nullable() ? type.annotated(RuntimeNames.NULLABLE_ANNOTATION) : type;
    }

    static TypeName freeFormType() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                ClassName.get(Object.class).annotated(RuntimeNames.NULLABLE_ANNOTATION));
    }

    private static TypeName primitiveOf(JsonType type) {
        return switch (type) {
            case INTEGER -> TypeName.LONG;
            case NUMBER -> TypeName.DOUBLE;
            case BOOLEAN -> TypeName.BOOLEAN;
            default -> throw new IllegalArgumentException("no primitive for " + type);
        };
    }
}
