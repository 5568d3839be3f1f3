package io.busgen.generator.instance;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNull;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.SourceLocation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The example body of each catalogue entry, as the docs page shows it: deterministic, readable, and valid against the
 * entry's schema with {@code format} asserted, so that a reader can copy it.
 *
 * <p>The body is the first of these that is valid: the first of the body schema's own {@code examples}; else a body
 * built from the model, with every required field and every field with a non-null default, in wire order; else one
 * from the {@link InstanceGenerator} in its {@link InstanceGenerator.Strings#READABLE readable} form, with a fixed
 * seed. A built body holds a default as it stands (an object default of a record type is completed with that
 * record's example), else the first of the property's {@code examples} that is valid, its {@code const}, or a sample
 * of its type: a string from its {@code format}'s usual sample or made to match its {@code pattern}
 * ({@link PatternSamples}), else {@code "string"}, fitted to the length bounds; {@code 0} moved into the numeric
 * bounds; {@code true}; an enum's first value; an array of one sample item (or as many as {@code minItems} asks); a
 * record's own example; {@code {}} for a free-form object. A value that is still not valid is asked of the instance
 * generator for that property's schema alone. Fields whose default is null are left out, as on the wire, and so are
 * fields that never travel in the body. Records nest at most {@value #MAX_DEPTH} deep and arrays get a sample item only
 * above {@value #MAX_ARRAY_DEPTH}.
 *
 * <p>When no valid body comes out, the entry has none, and {@link #warnings} tells lint where: the property whose
 * schema no value was found for (or the body schema), to be given {@code examples}.
 */
public final class ExampleBodies {

    /** What an entry's example is: a body, or where none could be made. */
    public sealed interface Example {

        /** A body valid against the entry's schema. */
        record Body(JsonValue value) implements Example {}

        /**
         * No valid body was found.
         *
         * @param unmet the schema no valid value was found for: a property's, or the body's
         */
        record None(Schema unmet) implements Example {}
    }

    private static final int MAX_DEPTH = 12;
    private static final int MAX_ARRAY_DEPTH = 6;
    /** The instance generator's seed: fixed, so that the docs stay the same from one run to the next. */
    private static final long SEED = 1;
    private static final SourceLocation HERE = SourceLocation.ofFile("example");
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

    private final Catalog catalog;
    private final SchemaCheck check;
    /** The instance generator's value for each schema asked so far: the same for every array item, every entry. */
    private final Map<Schema, Optional<JsonValue>> generated = new IdentityHashMap<>();
    /** The first schema of the entry being built for which no valid value was found. */
    private @Nullable Schema unmet;

    /**
     * How many schemas, per catalogue, the instance generator searches for a value (each search is bounded; a schema
     * no value meets takes the longest, about 20 ms): a catalogue of thousands of such schemas lints in seconds, and
     * the schemas beyond the budget are reported like those no value meets.
     */
    static final int MAX_SEARCHES = 500;

    private int searches;

    public ExampleBodies(Catalog catalog) {
        this.catalog = catalog;
        this.check = new SchemaCheck(catalog.schemas(), true);
    }

    /** The example body of an entry, or the schema that kept one from being made. */
    public Example of(MessageType entry) {
        Schema schema = entry.body().schema();
        for (JsonValue example : schema.examples()) {
            if (check.valid(example, schema)) {
                return new Example.Body(example);
            }
        }
        unmet = null;
        JsonValue built = object(entry.body(), null, 0);
        if (check.valid(built, schema)) {
            return new Example.Body(built);
        }
        Optional<JsonValue> generated = generated(schema);
        if (generated.isPresent()) {
            return new Example.Body(generated.get());
        }
        return new Example.None(unmet != null ? unmet : schema);
    }

    /**
     * A warning for each schema that keeps an entry from having an example body, naming the entries, with the fix:
     * what lint reports, so that the docs page never shows a body that breaks the schema, nor silently none.
     */
    public static List<Problem> warnings(Catalog catalog) {
        ExampleBodies examples = new ExampleBodies(catalog);
        Map<Schema, List<MessageType>> unmet = new LinkedHashMap<>();
        for (MessageType entry : Stream.concat(catalog.messages().stream(), catalog.responses().stream()).toList()) {
            if (examples.of(entry) instanceof Example.None none) {
                unmet.computeIfAbsent(none.unmet(), s -> new ArrayList<>()).add(entry);
            }
        }
        List<Problem> warnings = new ArrayList<>();
        unmet.forEach((schema, entries) -> warnings.add(Problem.advice(Problem.Level.WARNING, schema.location(),
                "busgen finds no value that meets this schema, so the docs show no example body for "
                        + String.join(", ", entries.stream().map(e -> e.kind().wireName() + " " + e.routingKey())
                                .toList())
                        + ": add \"examples\" here with a valid value")));
        return warnings;
    }

    /** A readable value for the schema alone, from a generator of its own, so that it depends on nothing else. */
    private Optional<JsonValue> generated(Schema schema) {
        Optional<JsonValue> known = generated.get(schema);
        if (known != null) {
            return known;
        }
        if (searches >= MAX_SEARCHES) {
            return Optional.empty(); // the catalogue spent its budget: lint names the schema, the fix is "examples"
        }
        searches++;
        Optional<JsonValue> found = new InstanceGenerator(catalog.schemas(), SEED, InstanceGenerator.Strings.READABLE,
                check).valid(schema);
        generated.put(schema, found);
        return found;
    }

    /** {@code value} when it is valid against {@code schema}, else the instance generator's, else {@code value}. */
    private JsonValue checked(JsonValue value, Schema schema) {
        if (check.valid(value, schema)) {
            return value;
        }
        Optional<JsonValue> generated = generated(schema);
        if (generated.isPresent()) {
            return generated.get();
        }
        if (unmet == null) {
            unmet = schema;
        }
        return value;
    }

    private JsonObject object(ObjectType type, @Nullable JsonObject given, int depth) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        if (depth > MAX_DEPTH) {
            return new JsonObject(members, HERE);
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
                members.put(field.wireName(), checked(sample(field.type(), field.schema(), depth + 1),
                        field.schema()));
            }
        }
        return new JsonObject(members, HERE);
    }

    /** A given value (a default); an object given for a record type is completed with the record's example. */
    private JsonValue fromValue(TypeUse type, JsonValue value, int depth) {
        if (value instanceof JsonObject object && type.shape() instanceof Shape.Named named
                && named.form() == NamedType.Form.OBJECT) {
            return object(catalog.objectType(named.name()), object, depth);
        }
        return value;
    }

    private JsonValue sample(TypeUse type, Schema schema, int depth) {
        Schema own = effective(schema);
        for (JsonValue example : own.examples()) {
            JsonValue value = fromValue(type, example, depth);
            if (check.valid(value, schema)) {
                return value;
            }
        }
        if (own.constValue() != null) {
            return own.constValue();
        }
        Shape shape = type.shape();
        if (shape instanceof Shape.Scalar scalar) {
            return scalar(scalar.type(), own);
        }
        if (shape instanceof Shape.Named named) {
            NamedType target = catalog.type(named.name());
            if (target instanceof EnumType enumType) {
                List<JsonValue> values = enumType.schema().enumValues();
                if (!enumType.constants().isEmpty()) {
                    return new JsonString(enumType.constants().get(0).value(), HERE);
                }
                return values == null || values.isEmpty() ? new JsonNull(HERE) : values.get(0);
            }
            if (target instanceof io.busgen.generator.model.UnionType union) {
                // The first alternative's record: it fixes the discriminator with its const.
                return object(catalog.objectType(union.alternatives().get(0).type()), null, depth);
            }
            return object((ObjectType) target, null, depth);
        }
        if (shape instanceof Shape.ArrayOf array) {
            List<JsonValue> items = new ArrayList<>();
            int count = Math.max(1, own.minItems() == null ? 0 : own.minItems());
            if (own.maxItems() != null) {
                count = Math.min(count, own.maxItems());
            }
            if (depth > MAX_ARRAY_DEPTH) {
                count = own.minItems() == null ? 0 : Math.min(count, own.minItems());
            }
            for (int i = 0; i < count; i++) {
                items.add(own.items() != null ? checked(sample(array.items(), own.items(), depth + 1), own.items())
                        : new JsonNull(HERE));
            }
            return new JsonArray(items, HERE);
        }
        if (shape instanceof Shape.MapOf map) {
            // One member, so that the page shows what a value looks like.
            Schema values = own.additionalProperties();
            int wanted = own.minProperties() == null ? 1 : Math.max(1, own.minProperties());
            if ((own.maxProperties() != null && own.maxProperties() == 0) || values == null
                    || own.propertyNames() != null || depth > MAX_ARRAY_DEPTH) {
                return new JsonObject(Map.of(), HERE);
            }
            Map<String, JsonValue> members = new java.util.LinkedHashMap<>();
            for (int i = 0; i < wanted; i++) {
                members.put(i == 0 ? "key" : "key" + (i + 1), checked(sample(map.values(), values, depth + 1), values));
            }
            return new JsonObject(members, HERE);
        }
        if (shape instanceof Shape.FreeFormObject) {
            return new JsonObject(Map.of(), HERE);
        }
        // Any JSON value: a sample of the first type the schema names, else null.
        for (JsonType jsonType : own.types()) {
            if (jsonType == JsonType.OBJECT) {
                return new JsonObject(Map.of(), HERE);
            }
            if (jsonType == JsonType.ARRAY) {
                return new JsonArray(List.of(), HERE);
            }
            if (jsonType != JsonType.NULL) {
                return scalar(jsonType, own);
            }
        }
        return new JsonNull(HERE);
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

    private JsonValue scalar(JsonType type, Schema schema) {
        return switch (type) {
            case STRING -> new JsonString(string(schema), HERE);
            case INTEGER -> number(number(schema, true));
            case NUMBER -> number(number(schema, false));
            case BOOLEAN -> new JsonBoolean(true, HERE);
            default -> throw new IllegalArgumentException("not a scalar type: " + type);
        };
    }

    /**
     * The format's sample, else the first string made from the pattern that fits, else {@code "string"}, padded with
     * {@code x} or cut to the length bounds.
     */
    private String string(Schema schema) {
        int minLength = schema.minLength() == null ? 0 : schema.minLength();
        if (schema.format() != null && FORMAT_SAMPLES.containsKey(schema.format())) {
            return FORMAT_SAMPLES.get(schema.format());
        }
        if (schema.pattern() != null) {
            for (String candidate : PatternSamples.of(schema.pattern(), minLength, schema.maxLength())) {
                if (check.valid(new JsonString(candidate, HERE), schema)) {
                    return candidate;
                }
            }
        }
        String sample = "string";
        if (sample.length() < minLength) {
            sample = sample + "x".repeat(minLength - sample.length());
        }
        if (schema.maxLength() != null && sample.length() > schema.maxLength()) {
            sample = sample.substring(0, schema.maxLength());
        }
        return sample;
    }

    private static JsonNumber number(BigDecimal value) {
        String lexeme = value.toPlainString();
        return new JsonNumber(new BigDecimal(lexeme), lexeme, HERE);
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
}
