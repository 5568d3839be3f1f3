package io.busgen.generator.emit.java;

import com.palantir.javapoet.CodeBlock;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNull;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.ScalarJavaType;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.schema.JsonType;
import java.util.List;
import java.util.Map;

/**
 * Schema defaults as Java expressions, built with code rather than parsed from JSON when the class loads: a record
 * by its builder ({@code Meta.builder().build()}), a list by {@code List.of}, free-form JSON by {@code
 * PlainJson.object} and {@code PlainJson.array}, holding the values decoding would ({@code 1L}, {@code 1.5}).
 */
final class DefaultValues {

    private final Catalog catalog;
    private final TypeMapping types;

    DefaultValues(Catalog catalog, TypeMapping types) {
        this.catalog = catalog;
        this.types = types;
    }

    /**
     * Whether the default is best kept in a constant of the record (an object decoded once), rather than written
     * inline as a literal.
     */
    static boolean needsConstant(TypeUse type, JsonValue value) {
        Shape shape = type.shape();
        if (shape instanceof Shape.Named named) {
            return named.form() == NamedType.Form.OBJECT || named.form() == NamedType.Form.UNION;
        }
        if (shape instanceof Shape.ArrayOf) {
            return !(value instanceof JsonArray array && array.elements().isEmpty());
        }
        if (shape instanceof Shape.MapOf) {
            return !(value instanceof JsonObject object && object.members().isEmpty());
        }
        return shape instanceof Shape.FreeFormObject || shape instanceof Shape.AnyValue;
    }

    /** The Java expression of a non-null default value of the given type. */
    CodeBlock expression(TypeUse type, JsonValue value) {
        Shape shape = type.shape();
        if (shape instanceof Shape.Scalar scalar && scalar.javaType() != null) {
            return mapped(scalar.javaType(), value);
        }
        if (shape instanceof Shape.Scalar scalar) {
            return scalar(scalar.type(), value);
        }
        if (shape instanceof Shape.Named named) {
            if (named.form() == NamedType.Form.ENUM) {
                EnumType enumType = catalog.enumType(named.name());
                String wire = ((JsonString) value).value();
                java.util.Optional<EnumType.Constant> constant = enumType.constants().stream()
                        .filter(c -> c.value().equals(wire)).findFirst();
                if (constant.isEmpty() && enumType.open()) {
                    return CodeBlock.of("$T.of($S)", types.className(named.name()), wire);
                }
                return CodeBlock.of("$T.$N", types.className(named.name()), constant.orElseThrow().javaName());
            }
            if (named.form() == NamedType.Form.UNION) {
                // The record the default's discriminator names (lint made sure it names one).
                return builderChain(catalog.objectType(catalog.unionType(named.name()).alternativeOf(value)
                        .orElseThrow().type()), (JsonObject) value);
            }
            return builderChain(catalog.objectType(named.name()), (JsonObject) value);
        }
        if (shape instanceof Shape.ArrayOf array) {
            List<JsonValue> elements = ((JsonArray) value).elements();
            if (elements.stream().anyMatch(e -> e instanceof JsonValue.JsonNull)) {
                // List.of holds no null: a list that does, immutable all the same.
                CodeBlock.Builder list = CodeBlock.builder().add("$T.listAllowingNulls($Z$T.asList(",
                        RuntimeNames.IMMUTABLE, java.util.Arrays.class);
                for (int i = 0; i < elements.size(); i++) {
                    JsonValue element = elements.get(i);
                    list.add(i == 0 ? "$L" : ",$W$L", element instanceof JsonValue.JsonNull
                            ? CodeBlock.of("($T) null", types.referenceType(array.items().shape()))
                            : expression(array.items(), element));
                }
                return list.add("))").build();
            }
            CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
            for (int i = 0; i < elements.size(); i++) {
                list.add(i == 0 ? "$L" : ",$W$L", expression(array.items(), elements.get(i)));
            }
            return list.add(")").build();
        }
        if (shape instanceof Shape.MapOf map) {
            Map<String, JsonValue> members = ((JsonObject) value).members();
            if (members.isEmpty()) {
                return CodeBlock.of("$T.of()", Map.class);
            }
            List<CodeBlock> namesAndValues = new java.util.ArrayList<>();
            members.forEach((name, member) -> namesAndValues.add(CodeBlock.of("$S, $L", name,
                    member instanceof JsonValue.JsonNull ? CodeBlock.of("null") : expression(map.values(), member))));
            return CodeBlock.of("$T.<$T>mapOf($L)", RuntimeNames.IMMUTABLE, types.elementType(map.values()),
                    CodeBlock.join(namesAndValues, ",$W"));
        }
        return plain(value);
    }

    /** A default of a field held as a JDK type, as decoding it would make it. */
    private static CodeBlock mapped(ScalarJavaType javaType, JsonValue value) {
        return switch (javaType) {
            case UUID -> CodeBlock.of("$T.fromString($S)", java.util.UUID.class,
                    ((JsonString) value).value().toLowerCase(java.util.Locale.ROOT));
            case LOCAL_DATE -> {
                java.time.LocalDate date = java.time.LocalDate.parse(((JsonString) value).value());
                yield CodeBlock.of("$T.of($L, $L, $L)", java.time.LocalDate.class, date.getYear(),
                        date.getMonthValue(), date.getDayOfMonth());
            }
            case BIG_DECIMAL -> CodeBlock.of("new $T($S)", java.math.BigDecimal.class,
                    ((JsonValue.JsonNumber) value).lexeme());
            case BIG_INTEGER -> CodeBlock.of("new $T($S)", java.math.BigInteger.class,
                    ((JsonValue.JsonNumber) value).value().toBigIntegerExact().toString());
        };
    }

    /**
     * A record as decoding the default would make it: its builder, with each member of the default that travels in
     * the body set (decoding leaves the others, which come from the envelope, at their defaults).
     */
    private CodeBlock builderChain(ObjectType type, JsonObject value) {
        CodeBlock.Builder chain = CodeBlock.builder().add("$T.builder()", types.className(type.name()));
        for (Field field : type.fields()) {
            JsonValue member = value.members().get(field.wireName());
            if (member == null || !field.inBody()) {
                continue;
            }
            chain.add("$Z.$N($L)", field.javaName(), member instanceof JsonNull ? CodeBlock.of("null")
                    : expression(field.type(), member));
        }
        return chain.add("$Z.build()").build();
    }

    /** A plain JSON value ({@code PlainJson}) as decoding a free-form value makes it. */
    private static CodeBlock plain(JsonValue value) {
        if (value instanceof JsonString string) {
            return CodeBlock.of("$S", string.value());
        }
        if (value instanceof JsonBoolean bool) {
            return CodeBlock.of("$L", bool.value());
        }
        if (value instanceof JsonNumber number) {
            return plainNumber(number);
        }
        if (value instanceof JsonArray array) {
            List<CodeBlock> elements = array.elements().stream().map(DefaultValues::plain).toList();
            return CodeBlock.of("$T.array($L)", RuntimeNames.PLAIN_JSON,
                    io.busgen.generator.emit.validate.ValidatorEmitter.elements(elements));
        }
        if (value instanceof JsonObject object) {
            List<CodeBlock> members = new java.util.ArrayList<>();
            object.members().forEach((name, member) -> members.add(CodeBlock.of("$S, $L", name, plain(member))));
            return CodeBlock.of("$T.object($L)", RuntimeNames.PLAIN_JSON, CodeBlock.join(members, ",$W"));
        }
        return CodeBlock.of("null");
    }

    /**
     * A number as {@code PlainJson} reads it: an integer a {@link Long} (a {@link java.math.BigInteger} beyond one),
     * any other number a {@code double}, kept exactly as a {@link java.math.BigDecimal} beyond a double's range.
     */
    private static CodeBlock plainNumber(JsonNumber number) {
        String lexeme = number.lexeme();
        boolean integral = lexeme.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E');
        if (integral) {
            java.math.BigInteger integer = number.value().toBigIntegerExact();
            return integer.bitLength() < Long.SIZE ? CodeBlock.of("$LL", integer)
                    : CodeBlock.of("new $T($S)", java.math.BigInteger.class, integer.toString());
        }
        double d = number.value().doubleValue();
        if (Double.isInfinite(d)) {
            return CodeBlock.of("new $T($S)", java.math.BigDecimal.class, lexeme);
        }
        if (d == 0 && lexeme.startsWith("-")) {
            return CodeBlock.of("-0.0");
        }
        return CodeBlock.of("$L", Double.toString(d));
    }

    private static CodeBlock scalar(JsonType type, JsonValue value) {
        return switch (type) {
            case STRING -> CodeBlock.of("$S", ((JsonString) value).value());
            case INTEGER -> CodeBlock.of("$LL", ((JsonNumber) value).value().toBigIntegerExact());
            case NUMBER -> CodeBlock.of("$L", Double.toString(((JsonNumber) value).value().doubleValue()));
            case BOOLEAN -> CodeBlock.of("$L", ((JsonBoolean) value).value());
            default -> throw new IllegalArgumentException("not a scalar: " + type);
        };
    }

}
