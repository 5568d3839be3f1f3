package io.busgen.generator.emit.docs;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNull;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Example bodies built from the model, deterministically: every required field and every field with a non-null
 * default, in wire order; a default as it stands (an object default of a record type fills that record's own
 * defaults around it), else the property's first {@code examples} value or its {@code const}, else a sample of its
 * type: {@code "string"} (or a sample of its {@code format}), {@code 0} moved into the numeric bounds, {@code true},
 * an enum's first value, an array of one sample item, a record's own example, {@code {}} for a free-form object.
 * Fields whose default is null are left out, as on the wire, and so are fields that never travel in the body.
 * Records nest at most {@value #MAX_DEPTH} deep and arrays get a sample item only above {@value #MAX_ARRAY_DEPTH}.
 */
final class ExampleBodies {

    private static final int MAX_DEPTH = 12;
    private static final int MAX_ARRAY_DEPTH = 6;
    private static final Map<String, String> FORMAT_SAMPLES = Map.ofEntries(
            Map.entry("date-time", "2024-01-01T00:00:00Z"),
            Map.entry("date", "2024-01-01"),
            Map.entry("time", "00:00:00Z"),
            Map.entry("duration", "PT1M"),
            Map.entry("email", "user@example.com"),
            Map.entry("idn-email", "user@example.com"),
            Map.entry("hostname", "example.com"),
            Map.entry("idn-hostname", "example.com"),
            Map.entry("ipv4", "192.0.2.1"),
            Map.entry("ipv6", "2001:db8::1"),
            Map.entry("uri", "https://example.com/"),
            Map.entry("uri-reference", "https://example.com/"),
            Map.entry("iri", "https://example.com/"),
            Map.entry("iri-reference", "https://example.com/"),
            Map.entry("uri-template", "https://example.com/{id}"),
            Map.entry("uuid", "00000000-0000-4000-8000-000000000000"),
            Map.entry("json-pointer", "/a"),
            Map.entry("relative-json-pointer", "0"),
            Map.entry("regex", "^a$"));

    /** A JSON number, kept as written. */
    record Num(String lexeme) {}

    private final Catalog catalog;

    ExampleBodies(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The example body of a record type, as pretty-printed JSON (two-space indent, wire order). */
    String example(ObjectType type) {
        StringBuilder out = new StringBuilder();
        write(object(type, null, 0), 0, out);
        return out.toString();
    }

    private Map<String, @Nullable Object> object(ObjectType type, @Nullable JsonObject given, int depth) {
        Map<String, @Nullable Object> members = new LinkedHashMap<>();
        if (depth > MAX_DEPTH) {
            return members;
        }
        for (Field field : type.fields()) {
            if (!field.inBody()) {
                continue;
            }
            JsonValue value = given != null ? given.members().get(field.wireName()) : null;
            if (value == null) {
                value = field.defaultValue();
            }
            if (value != null) {
                if (!(value instanceof JsonNull) || field.required()) {
                    members.put(field.wireName(), fromValue(field.type(), value, depth + 1));
                }
            } else if (field.required()) {
                members.put(field.wireName(), sample(field.type(), field.schema(), depth + 1));
            }
        }
        return members;
    }

    /** A given value (a default); an object given for a record type is completed with the record's example. */
    private @Nullable Object fromValue(TypeUse type, JsonValue value, int depth) {
        if (value instanceof JsonObject object && type.shape() instanceof Shape.Named named
                && named.form() == NamedType.Form.OBJECT) {
            return object(catalog.objectType(named.name()), object, depth);
        }
        return plain(value);
    }

    private @Nullable Object sample(TypeUse type, Schema schema, int depth) {
        Schema own = effective(schema);
        if (!own.examples().isEmpty()) {
            return fromValue(type, own.examples().get(0), depth);
        }
        if (own.constValue() != null) {
            return plain(own.constValue());
        }
        Shape shape = type.shape();
        if (shape instanceof Shape.Scalar scalar) {
            return scalar(scalar.type(), own);
        }
        if (shape instanceof Shape.Named named) {
            NamedType target = catalog.type(named.name());
            if (target instanceof EnumType enumType) {
                if (!enumType.constants().isEmpty()) {
                    return enumType.constants().get(0).value();
                }
                List<JsonValue> values = enumType.schema().enumValues();
                return values == null || values.isEmpty() ? null : plain(values.get(0));
            }
            return object((ObjectType) target, null, depth);
        }
        if (shape instanceof Shape.ArrayOf array) {
            List<@Nullable Object> items = new ArrayList<>();
            int count = Math.max(1, own.minItems() == null ? 0 : own.minItems());
            if (own.maxItems() != null) {
                count = Math.min(count, own.maxItems());
            }
            if (depth > MAX_ARRAY_DEPTH) {
                count = own.minItems() == null ? 0 : Math.min(count, own.minItems());
            }
            Schema itemSchema = own.items() != null ? own.items() : own;
            for (int i = 0; i < count; i++) {
                items.add(own.items() != null ? sample(array.items(), itemSchema, depth + 1) : null);
            }
            return items;
        }
        if (shape instanceof Shape.FreeFormObject) {
            return new LinkedHashMap<String, @Nullable Object>();
        }
        // Any JSON value: a sample of the first type the schema names, else null.
        for (JsonType jsonType : own.types()) {
            if (jsonType == JsonType.OBJECT) {
                return new LinkedHashMap<String, @Nullable Object>();
            }
            if (jsonType == JsonType.ARRAY) {
                return new ArrayList<@Nullable Object>();
            }
            if (jsonType != JsonType.NULL) {
                return scalar(jsonType, own);
            }
        }
        return null;
    }

    /** The schema that holds a value's keywords: references followed, the nullable {@code anyOf} form unwrapped. */
    private Schema effective(Schema schema) {
        Schema current = schema;
        for (int hops = 0; hops < 32; hops++) {
            if (current.ref() != null && current.examples().isEmpty() && current.constValue() == null) {
                Schema target = catalog.schemas().target(current).orElse(null);
                if (target == null) {
                    return current;
                }
                current = target;
            } else if (current.anyOf().size() == 2 && current.types().isEmpty() && current.ref() == null
                    && current.examples().isEmpty()) {
                Schema first = current.anyOf().get(0);
                Schema second = current.anyOf().get(1);
                if (onlyNull(second)) {
                    current = first;
                } else if (onlyNull(first)) {
                    current = second;
                } else {
                    return current;
                }
            } else {
                return current;
            }
        }
        return current;
    }

    private static boolean onlyNull(Schema schema) {
        return !schema.isBooleanSchema() && schema.types().equals(List.of(JsonType.NULL));
    }

    private static Object scalar(JsonType type, Schema schema) {
        return switch (type) {
            case STRING -> string(schema);
            case INTEGER -> new Num(number(schema, true).toPlainString());
            case NUMBER -> new Num(number(schema, false).toPlainString());
            case BOOLEAN -> Boolean.TRUE;
            default -> throw new IllegalArgumentException("not a scalar type: " + type);
        };
    }

    private static String string(Schema schema) {
        String sample = schema.format() != null ? FORMAT_SAMPLES.getOrDefault(schema.format(), "string") : "string";
        if (schema.minLength() != null && sample.codePointCount(0, sample.length()) < schema.minLength()) {
            sample = sample + "x".repeat(schema.minLength() - sample.codePointCount(0, sample.length()));
        }
        if (schema.maxLength() != null && sample.codePointCount(0, sample.length()) > schema.maxLength()) {
            sample = sample.substring(0, sample.offsetByCodePoints(0, schema.maxLength()));
        }
        return sample;
    }

    /** Zero, moved into the bounds and onto the {@code multipleOf} grid. */
    private static BigDecimal number(Schema schema, boolean integer) {
        BigDecimal value = BigDecimal.ZERO;
        if (schema.minimum() != null && value.compareTo(schema.minimum()) < 0) {
            value = integer ? ceiling(schema.minimum()) : schema.minimum();
        }
        if (schema.exclusiveMinimum() != null && value.compareTo(schema.exclusiveMinimum()) <= 0) {
            value = integer ? floor(schema.exclusiveMinimum()).add(BigDecimal.ONE)
                    : schema.exclusiveMinimum().add(BigDecimal.ONE);
        }
        if (schema.maximum() != null && value.compareTo(schema.maximum()) > 0) {
            value = integer ? floor(schema.maximum()) : schema.maximum();
        }
        if (schema.exclusiveMaximum() != null && value.compareTo(schema.exclusiveMaximum()) >= 0) {
            value = integer ? ceiling(schema.exclusiveMaximum()).subtract(BigDecimal.ONE)
                    : schema.exclusiveMaximum().subtract(BigDecimal.ONE);
        }
        BigDecimal step = schema.multipleOf();
        if (step != null && step.signum() > 0 && value.remainder(step).signum() != 0) {
            value = ceiling(value.divide(step, 0, RoundingMode.CEILING)).multiply(step);
        }
        return value.stripTrailingZeros();
    }

    private static BigDecimal ceiling(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING);
    }

    private static BigDecimal floor(BigDecimal value) {
        return value.setScale(0, RoundingMode.FLOOR);
    }

    private static @Nullable Object plain(JsonValue value) {
        if (value instanceof JsonObject object) {
            Map<String, @Nullable Object> members = new LinkedHashMap<>();
            object.members().forEach((name, member) -> members.put(name, plain(member)));
            return members;
        }
        if (value instanceof JsonArray array) {
            List<@Nullable Object> elements = new ArrayList<>();
            array.elements().forEach(element -> elements.add(plain(element)));
            return elements;
        }
        if (value instanceof JsonString string) {
            return string.value();
        }
        if (value instanceof JsonNumber number) {
            return new Num(number.lexeme());
        }
        if (value instanceof JsonBoolean bool) {
            return bool.value();
        }
        return null;
    }

    private static void write(@Nullable Object value, int indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<? extends Map.Entry<?, ?>> members = map.entrySet().iterator();
            while (members.hasNext()) {
                Map.Entry<?, ?> member = members.next();
                out.append(" ".repeat(indent + 2));
                JsonValues.quote((String) member.getKey(), out);
                out.append(": ");
                write(member.getValue(), indent + 2, out);
                out.append(members.hasNext() ? ",\n" : "\n");
            }
            out.append(" ".repeat(indent)).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(" ".repeat(indent + 2));
                write(list.get(i), indent + 2, out);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append(" ".repeat(indent)).append(']');
        } else if (value instanceof String string) {
            JsonValues.quote(string, out);
        } else if (value instanceof Num number) {
            out.append(number.lexeme());
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else {
            out.append("null");
        }
    }
}
