package io.busgen.generator.schema;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.source.SourceLocation;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One draft 2020-12 schema, keyword by keyword: the first layer of the model, the same for catalogue files and for
 * standalone schemas (the JSON Schema Test Suite, a user's own schema). References are kept as written; a
 * {@link SchemaDocument} resolves them.
 *
 * <p>It holds the value of each {@link Keyword} it uses, as {@link SchemaReader} read it ({@link #value}), and busgen's
 * {@code x-} keywords as written, in file order ({@link #extensions()}). The accessors name the keywords: an absent
 * keyword is {@code null}, or empty for a map or list keyword, or {@code false} for a boolean one. A boolean schema
 * ({@code true} or {@code false}) has {@link #booleanValue()} set and nothing else.
 *
 * @param values the value of each keyword used, by the kind of its {@link Keyword.Value}: {@code String},
 *     {@code Boolean}, {@code Integer}, {@code BigDecimal}, {@code Schema}, {@code Map<String, Schema>},
 *     {@code List<Schema>}, {@code List<String>}, {@code Map<String, List<String>>}, {@code List<JsonType>},
 *     {@code List<JsonValue>} or {@code JsonValue}; without the {@code x-} keywords
 * @param extensions the {@code x-} keywords, by name, in file order
 */
public record Schema(
        SourceLocation location,
        @Nullable Boolean booleanValue,
        Map<Keyword, Object> values,
        Map<String, JsonValue> extensions) {

    public Schema {
        EnumMap<Keyword, Object> copy = new EnumMap<>(Keyword.class);
        copy.putAll(values);
        for (Keyword keyword : copy.keySet()) {
            if (keyword.isExtension()) {
                throw new IllegalArgumentException(keyword + " belongs in the extensions");
            }
        }
        copy.replaceAll((keyword, value) -> frozen(value));
        values = Collections.unmodifiableMap(copy);
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    private static Object frozen(Object value) {
        if (value instanceof List<?> list) {
            return List.copyOf(list);
        }
        if (value instanceof Map<?, ?> map) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
        return value;
    }

    /** The value of a keyword (an {@code x-} keyword's as written), or null when the schema does not use it. */
    public @Nullable Object value(Keyword keyword) {
        return keyword.isExtension() ? extensions.get(keyword.keyword()) : values.get(keyword);
    }

    /** Whether the schema uses the keyword. */
    public boolean has(Keyword keyword) {
        return value(keyword) != null;
    }

    /** The keywords the schema uses, in the order of {@link Keyword}. */
    public Set<Keyword> keywords() {
        Set<Keyword> used = values.isEmpty() ? EnumSet.noneOf(Keyword.class) : EnumSet.copyOf(values.keySet());
        extensions.keySet().forEach(name -> Keyword.named(name).ifPresent(used::add));
        return used;
    }

    /** The keywords the schema uses that constrain a value ({@link Keyword#constrains()}), in a fixed order. */
    public Set<Keyword> constraints() {
        Set<Keyword> used = EnumSet.noneOf(Keyword.class);
        for (Keyword keyword : values.keySet()) {
            if (keyword.constrains()) {
                used.add(keyword);
            }
        }
        return used;
    }

    @SuppressWarnings("unchecked")
    private <T> @Nullable T get(Keyword keyword) {
        return (T) values.get(keyword);
    }

    private <T> T get(Keyword keyword, T absent) {
        T value = get(keyword);
        return value == null ? absent : value;
    }

    // identification and references

    public @Nullable String schemaUri() {
        return get(Keyword.SCHEMA);
    }

    public @Nullable String id() {
        return get(Keyword.ID);
    }

    public @Nullable String anchor() {
        return get(Keyword.ANCHOR);
    }

    public @Nullable String ref() {
        return get(Keyword.REF);
    }

    public Map<String, Schema> defs() {
        return get(Keyword.DEFS, Map.of());
    }

    // any instance

    public List<JsonType> types() {
        return get(Keyword.TYPE, List.of());
    }

    public @Nullable List<JsonValue> enumValues() {
        return get(Keyword.ENUM);
    }

    public @Nullable JsonValue constValue() {
        return get(Keyword.CONST);
    }

    // objects

    public Map<String, Schema> properties() {
        return get(Keyword.PROPERTIES, Map.of());
    }

    public List<String> required() {
        return get(Keyword.REQUIRED, List.of());
    }

    public @Nullable Schema additionalProperties() {
        return get(Keyword.ADDITIONAL_PROPERTIES);
    }

    public Map<String, Schema> patternProperties() {
        return get(Keyword.PATTERN_PROPERTIES, Map.of());
    }

    public @Nullable Schema propertyNames() {
        return get(Keyword.PROPERTY_NAMES);
    }

    public @Nullable Integer minProperties() {
        return get(Keyword.MIN_PROPERTIES);
    }

    public @Nullable Integer maxProperties() {
        return get(Keyword.MAX_PROPERTIES);
    }

    public Map<String, List<String>> dependentRequired() {
        return get(Keyword.DEPENDENT_REQUIRED, Map.of());
    }

    public Map<String, Schema> dependentSchemas() {
        return get(Keyword.DEPENDENT_SCHEMAS, Map.of());
    }

    // arrays

    public @Nullable Schema items() {
        return get(Keyword.ITEMS);
    }

    public List<Schema> prefixItems() {
        return get(Keyword.PREFIX_ITEMS, List.of());
    }

    public @Nullable Integer minItems() {
        return get(Keyword.MIN_ITEMS);
    }

    public @Nullable Integer maxItems() {
        return get(Keyword.MAX_ITEMS);
    }

    public boolean uniqueItems() {
        return get(Keyword.UNIQUE_ITEMS, false);
    }

    public @Nullable Schema contains() {
        return get(Keyword.CONTAINS);
    }

    /** The schema of the members no other keyword of this schema or of its in-place subschemas evaluated. */
    public @Nullable Schema unevaluatedProperties() {
        return get(Keyword.UNEVALUATED_PROPERTIES);
    }

    /** The schema of the elements no other keyword of this schema or of its in-place subschemas evaluated. */
    public @Nullable Schema unevaluatedItems() {
        return get(Keyword.UNEVALUATED_ITEMS);
    }

    public @Nullable Integer minContains() {
        return get(Keyword.MIN_CONTAINS);
    }

    public @Nullable Integer maxContains() {
        return get(Keyword.MAX_CONTAINS);
    }

    // strings

    public @Nullable Integer minLength() {
        return get(Keyword.MIN_LENGTH);
    }

    public @Nullable Integer maxLength() {
        return get(Keyword.MAX_LENGTH);
    }

    public @Nullable String pattern() {
        return get(Keyword.PATTERN);
    }

    public @Nullable String format() {
        return get(Keyword.FORMAT);
    }

    // numbers

    public @Nullable BigDecimal minimum() {
        return get(Keyword.MINIMUM);
    }

    public @Nullable BigDecimal maximum() {
        return get(Keyword.MAXIMUM);
    }

    public @Nullable BigDecimal exclusiveMinimum() {
        return get(Keyword.EXCLUSIVE_MINIMUM);
    }

    public @Nullable BigDecimal exclusiveMaximum() {
        return get(Keyword.EXCLUSIVE_MAXIMUM);
    }

    public @Nullable BigDecimal multipleOf() {
        return get(Keyword.MULTIPLE_OF);
    }

    // applicators

    public List<Schema> allOf() {
        return get(Keyword.ALL_OF, List.of());
    }

    public List<Schema> anyOf() {
        return get(Keyword.ANY_OF, List.of());
    }

    public List<Schema> oneOf() {
        return get(Keyword.ONE_OF, List.of());
    }

    public @Nullable Schema not() {
        return get(Keyword.NOT);
    }

    public @Nullable Schema ifSchema() {
        return get(Keyword.IF);
    }

    public @Nullable Schema thenSchema() {
        return get(Keyword.THEN);
    }

    public @Nullable Schema elseSchema() {
        return get(Keyword.ELSE);
    }

    // annotations

    public @Nullable String title() {
        return get(Keyword.TITLE);
    }

    public @Nullable String description() {
        return get(Keyword.DESCRIPTION);
    }

    public @Nullable JsonValue defaultValue() {
        return get(Keyword.DEFAULT);
    }

    public List<JsonValue> examples() {
        return get(Keyword.EXAMPLES, List.of());
    }

    public boolean deprecated() {
        return get(Keyword.DEPRECATED, false);
    }

    public boolean readOnly() {
        return get(Keyword.READ_ONLY, false);
    }

    public boolean writeOnly() {
        return get(Keyword.WRITE_ONLY, false);
    }

    public @Nullable String comment() {
        return get(Keyword.COMMENT);
    }

    public @Nullable String contentEncoding() {
        return get(Keyword.CONTENT_ENCODING);
    }

    public @Nullable String contentMediaType() {
        return get(Keyword.CONTENT_MEDIA_TYPE);
    }

    public @Nullable Schema contentSchema() {
        return get(Keyword.CONTENT_SCHEMA);
    }

    public boolean isBooleanSchema() {
        return booleanValue != null;
    }

    /** The JSON pointer of this schema within its document. */
    public String pointer() {
        return location.pointer();
    }

    /**
     * What {@code x-enum-descriptions} says of the value at {@code index} of {@code enum}; null when it says nothing
     * (it is absent, or the description is blank).
     */
    public @Nullable String enumDescription(int index) {
        if (extensions.get(Keyword.X_ENUM_DESCRIPTIONS.keyword()) instanceof JsonValue.JsonArray descriptions
                && index < descriptions.elements().size()
                && descriptions.elements().get(index) instanceof JsonValue.JsonString description
                && !description.value().isBlank()) {
            return description.value();
        }
        return null;
    }

    public boolean hasExtension(String name) {
        return extensions.containsKey(name);
    }

    /** Whether this schema is {@code {"type": "null"}}: admits JSON null and nothing else. */
    public boolean isNullOnly() {
        return !isBooleanSchema() && types().equals(List.of(JsonType.NULL));
    }

    /**
     * For the nullable form {@code "anyOf": [X, {"type": "null"}]} (either order, with no {@code type} or
     * {@code $ref} beside it), X: the schema of the value when it is not null.
     */
    public Optional<Schema> nullableAlternative() {
        List<Schema> anyOf = anyOf();
        if (anyOf.size() != 2 || !types().isEmpty() || ref() != null) {
            return Optional.empty();
        }
        if (anyOf.get(1).isNullOnly()) {
            return Optional.of(anyOf.get(0));
        }
        return anyOf.get(0).isNullOnly() ? Optional.of(anyOf.get(1)) : Optional.empty();
    }

    /** Whether the schema's {@code type} allows exactly this one type, or this type and null. */
    public boolean allowsOnly(JsonType type) {
        return types().equals(List.of(type));
    }
}
