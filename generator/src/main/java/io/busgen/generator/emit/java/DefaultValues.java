package io.busgen.generator.emit.java;

import com.palantir.javapoet.CodeBlock;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.schema.JsonType;
import java.util.List;

/** Schema defaults as Java expressions. */
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
            return named.form() == NamedType.Form.OBJECT;
        }
        if (shape instanceof Shape.ArrayOf) {
            return !(value instanceof JsonArray array && array.elements().isEmpty());
        }
        return shape instanceof Shape.FreeFormObject || shape instanceof Shape.AnyValue;
    }

    /** The Java expression of a non-null default value of the given type. */
    CodeBlock expression(TypeUse type, JsonValue value) {
        Shape shape = type.shape();
        if (shape instanceof Shape.Scalar scalar) {
            return scalar(scalar.type(), value);
        }
        if (shape instanceof Shape.Named named) {
            if (named.form() == NamedType.Form.ENUM) {
                EnumType enumType = catalog.enumType(named.name());
                String wire = ((JsonString) value).value();
                String constant = enumType.constants().stream().filter(c -> c.value().equals(wire)).findFirst()
                        .orElseThrow().javaName();
                return CodeBlock.of("$T.$N", types.className(named.name()), constant);
            }
            return CodeBlock.of("$T.ADAPTER.fromJson($S)", types.className(named.name()), JsonValues.toJson(value));
        }
        if (shape instanceof Shape.ArrayOf array) {
            List<JsonValue> elements = ((JsonArray) value).elements();
            if (elements.stream().anyMatch(e -> e instanceof JsonValue.JsonNull)) {
                // List.of holds no null: a list that does, immutable all the same.
                CodeBlock.Builder list = CodeBlock.builder().add("$T.listAllowingNulls($T.asList(", RuntimeNames.IMMUTABLE,
                        java.util.Arrays.class);
                for (int i = 0; i < elements.size(); i++) {
                    JsonValue element = elements.get(i);
                    list.add(i == 0 ? "$L" : ", $L", element instanceof JsonValue.JsonNull
                            ? CodeBlock.of("($T) null", types.referenceType(array.items().shape()))
                            : expression(array.items(), element));
                }
                return list.add("))").build();
            }
            CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
            for (int i = 0; i < elements.size(); i++) {
                list.add(i == 0 ? "$L" : ", $L", expression(array.items(), elements.get(i)));
            }
            return list.add(")").build();
        }
        if (shape instanceof Shape.FreeFormObject) {
            return CodeBlock.of("$T.parseObject($S)", RuntimeNames.PLAIN_JSON, JsonValues.toJson(value));
        }
        return CodeBlock.of("$T.parse($S)", RuntimeNames.PLAIN_JSON, JsonValues.toJson(value));
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
