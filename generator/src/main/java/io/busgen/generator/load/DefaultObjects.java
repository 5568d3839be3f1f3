package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNull;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.ScalarJavaType;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.model.UnionType;
import io.busgen.generator.source.MessageText;
import io.busgen.generator.source.Problems;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Checks the members of object defaults, once every type is built: a generated record decodes each object default
 * when its class is loaded, so a member that does not fit its field ({@code "objects": 10e30} for a string) or a
 * required member left out would make the class unusable. The default as a whole is checked where its field is built;
 * this looks inside it, member by member, through nested objects and arrays.
 */
final class DefaultObjects {

    private final Map<JavaTypeName, NamedType> types;
    private final Problems problems;

    DefaultObjects(Map<JavaTypeName, NamedType> types, Problems problems) {
        this.types = types;
        this.problems = problems;
    }

    /** Reports every member of every object default that decoding it would refuse. */
    void check() {
        for (NamedType type : types.values()) {
            if (type instanceof ObjectType object) {
                for (Field field : object.fields()) {
                    if (field.hasNonNullDefault()) {
                        inside(field.type(), field.defaultValue());
                    }
                }
            }
        }
    }

    /** Looks inside a value that already fits {@code type} at its own level. */
    private void inside(TypeUse type, JsonValue value) {
        if (type.shape() instanceof Shape.Named named && types.get(named.name()) instanceof UnionType union) {
            // A union's value is the record its discriminator names (fits made sure it names one).
            union.alternativeOf(value).ifPresentOrElse(alternative -> inside(new TypeUse(new Shape.Named(
                    alternative.type(), NamedType.Form.OBJECT), false), value),
                    () -> problems.report(value.location(), "default is " + MessageText.excerpt(JsonValues.toJson(
                            value)) + ", whose \"" + union.discriminator() + "\" names no alternative of "
                            + union.name().relativeName() + " (" + String.join(", ", union.alternatives().stream()
                                    .map(a -> "\"" + a.value() + "\"").toList()) + "): change the default"));
            return;
        }
        if (type.shape() instanceof Shape.Named named && types.get(named.name()) instanceof ObjectType object
                && value instanceof JsonObject members) {
            for (Field field : object.fields()) {
                JsonValue member = members.members().get(field.wireName());
                if (member == null) {
                    if (field.required() && !field.hasDefault()) {
                        problems.report(value.location(), "default lacks \"" + field.wireName() + "\", which "
                                + object.name().relativeName() + " requires: add it to the default");
                    }
                } else if (!fits(field.type(), member)) {
                    problems.report(member.location(), "default's \"" + field.wireName() + "\" is "
                            + MessageText.excerpt(JsonValues.toJson(member)) + ", which does not fit "
                            + object.name().relativeName() + "." + field.wireName() + " (" + describe(field.type())
                            + "): change the default");
                } else {
                    inside(field.type(), member);
                }
            }
        } else if (type.shape() instanceof Shape.ArrayOf array && value instanceof JsonArray elements) {
            for (JsonValue element : elements.elements()) {
                if (fits(array.items(), element)) {
                    inside(array.items(), element);
                }
            }
        } else if (type.shape() instanceof Shape.MapOf map && value instanceof JsonObject members) {
            for (JsonValue member : members.members().values()) {
                if (fits(map.values(), member)) {
                    inside(map.values(), member);
                }
            }
        }
    }

    /** Whether decoding would take {@code value} as a {@code type} at its own level (not looking inside). */
    private boolean fits(TypeUse type, JsonValue value) {
        if (value instanceof JsonNull) {
            return type.nullable();
        }
        Shape shape = type.shape();
        if (shape instanceof Shape.Scalar scalar) {
            return fitsScalar(scalar, value);
        }
        if (shape instanceof Shape.Named named) {
            NamedType target = types.get(named.name());
            if (target instanceof EnumType enumType) {
                return value instanceof JsonString s && (enumType.open() || enumType.constants().stream()
                        .anyMatch(c -> c.value().equals(s.value())));
            }
            if (target instanceof UnionType union) {
                return union.alternativeOf(value).isPresent();
            }
            return value instanceof JsonObject;
        }
        if (shape instanceof Shape.ArrayOf array) {
            return value instanceof JsonArray elements
                    && elements.elements().stream().allMatch(element -> fits(array.items(), element));
        }
        if (shape instanceof Shape.MapOf map) {
            return value instanceof JsonObject members
                    && members.members().values().stream().allMatch(member -> fits(map.values(), member));
        }
        if (shape instanceof Shape.FreeFormObject) {
            return value instanceof JsonObject;
        }
        return true;
    }

    /** Whether decoding takes {@code value} as the scalar: a {@code long} for an integer, a finite double. */
    static boolean fitsScalar(Shape.Scalar scalar, JsonValue value) {
        ScalarJavaType javaType = scalar.javaType();
        if (javaType != null) {
            return switch (javaType) {
                case UUID, LOCAL_DATE -> value instanceof JsonString s
                        && io.busgen.runtime.internal.Formats.isValid(javaType.format(), s.value());
                case BIG_DECIMAL -> value instanceof JsonNumber;
                case BIG_INTEGER -> value instanceof JsonNumber n && n.isIntegral()
                        && (n.value().signum() == 0 || (long) n.value().precision() - n.value().scale()
                                <= io.busgen.runtime.internal.MappedValues.MAX_INTEGER_DIGITS);
            };
        }
        return switch (scalar.type()) {
            case STRING -> value instanceof JsonString;
            case BOOLEAN -> value instanceof JsonBoolean;
            case INTEGER -> value instanceof JsonNumber n && n.isIntegral()
                    && n.value().compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
                    && n.value().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
            case NUMBER -> value instanceof JsonNumber n && !Double.isInfinite(n.value().doubleValue());
            default -> false;
        };
    }

    /** A type as messages name it: {@code string}, {@code object Meta or null}, {@code array}. */
    static String describe(TypeUse type) {
        Shape shape = type.shape();
        String name;
        if (shape instanceof Shape.Scalar scalar) {
            name = scalar.javaType() == null ? scalar.type().keyword()
                    : scalar.javaType().wireDescription() + " held as " + scalar.javaType().javaClass().getSimpleName();
        } else if (shape instanceof Shape.Named named) {
            name = (switch (named.form()) {
                case ENUM -> "enum ";
                case OBJECT -> "object ";
                case UNION -> "union ";
            }) + named.name().relativeName();
        } else if (shape instanceof Shape.ArrayOf) {
            name = "array";
        } else if (shape instanceof Shape.MapOf map) {
            name = "map of " + describe(map.values());
        } else if (shape instanceof Shape.FreeFormObject) {
            name = "object";
        } else {
            name = "any JSON value";
        }
        return type.nullable() && !(shape instanceof Shape.AnyValue) ? name + " or null" : name;
    }
}
