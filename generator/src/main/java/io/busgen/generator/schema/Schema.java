package io.busgen.generator.schema;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.source.SourceLocation;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One draft 2020-12 schema, keyword by keyword: the first layer of the model, the same for catalogue files and for
 * standalone schemas (the JSON Schema Test Suite, a user's own schema). References are kept as written; a
 * {@link SchemaDocument} resolves them.
 *
 * <p>An absent keyword is {@code null} (a map or list keyword is empty). A boolean schema ({@code true} or
 * {@code false}) has {@link #booleanValue()} set and nothing else.
 */
public record Schema(
        SourceLocation location,
        @Nullable Boolean booleanValue,
        // identification and references
        @Nullable String schemaUri,
        @Nullable String id,
        @Nullable String anchor,
        @Nullable String ref,
        Map<String, Schema> defs,
        // any instance
        List<JsonType> types,
        @Nullable List<JsonValue> enumValues,
        @Nullable JsonValue constValue,
        // objects
        Map<String, Schema> properties,
        List<String> required,
        @Nullable Schema additionalProperties,
        Map<String, Schema> patternProperties,
        @Nullable Schema propertyNames,
        @Nullable Integer minProperties,
        @Nullable Integer maxProperties,
        Map<String, List<String>> dependentRequired,
        Map<String, Schema> dependentSchemas,
        // arrays
        @Nullable Schema items,
        List<Schema> prefixItems,
        @Nullable Integer minItems,
        @Nullable Integer maxItems,
        boolean uniqueItems,
        @Nullable Schema contains,
        @Nullable Integer minContains,
        @Nullable Integer maxContains,
        // strings
        @Nullable Integer minLength,
        @Nullable Integer maxLength,
        @Nullable String pattern,
        @Nullable String format,
        // numbers
        @Nullable BigDecimal minimum,
        @Nullable BigDecimal maximum,
        @Nullable BigDecimal exclusiveMinimum,
        @Nullable BigDecimal exclusiveMaximum,
        @Nullable BigDecimal multipleOf,
        // applicators
        List<Schema> allOf,
        List<Schema> anyOf,
        List<Schema> oneOf,
        @Nullable Schema not,
        @Nullable Schema ifSchema,
        @Nullable Schema thenSchema,
        @Nullable Schema elseSchema,
        // annotations
        @Nullable String title,
        @Nullable String description,
        @Nullable JsonValue defaultValue,
        List<JsonValue> examples,
        boolean deprecated,
        boolean readOnly,
        boolean writeOnly,
        @Nullable String comment,
        @Nullable String contentEncoding,
        @Nullable String contentMediaType,
        @Nullable Schema contentSchema,
        /* the x- keywords, by name, in file order */
        Map<String, JsonValue> extensions) {

    public Schema {
        defs = frozen(defs);
        types = List.copyOf(types);
        enumValues = enumValues == null ? null : List.copyOf(enumValues);
        properties = frozen(properties);
        required = List.copyOf(required);
        patternProperties = frozen(patternProperties);
        dependentRequired = frozen(dependentRequired);
        dependentSchemas = frozen(dependentSchemas);
        prefixItems = List.copyOf(prefixItems);
        allOf = List.copyOf(allOf);
        anyOf = List.copyOf(anyOf);
        oneOf = List.copyOf(oneOf);
        examples = List.copyOf(examples);
        extensions = frozen(extensions);
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public boolean isBooleanSchema() {
        return booleanValue != null;
    }

    /** The JSON pointer of this schema within its document. */
    public String pointer() {
        return location.pointer();
    }

    public boolean hasExtension(String name) {
        return extensions.containsKey(name);
    }

    /** Whether this schema is {@code {"type": "null"}}: admits JSON null and nothing else. */
    public boolean isNullOnly() {
        return !isBooleanSchema() && types.equals(List.of(JsonType.NULL));
    }

    /**
     * For the nullable form {@code "anyOf": [X, {"type": "null"}]} (either order, with no {@code type} or
     * {@code $ref} beside it), X: the schema of the value when it is not null.
     */
    public Optional<Schema> nullableAlternative() {
        if (anyOf.size() != 2 || !types.isEmpty() || ref != null) {
            return Optional.empty();
        }
        if (anyOf.get(1).isNullOnly()) {
            return Optional.of(anyOf.get(0));
        }
        return anyOf.get(0).isNullOnly() ? Optional.of(anyOf.get(1)) : Optional.empty();
    }

    /** The keywords this schema uses that matter for validation, in a fixed order (x- keywords left out). */
    public List<String> validationKeywords() {
        List<String> used = new java.util.ArrayList<>();
        addIf(used, "type", !types.isEmpty());
        addIf(used, "enum", enumValues != null);
        addIf(used, "const", constValue != null);
        addIf(used, "properties", !properties.isEmpty());
        addIf(used, "required", !required.isEmpty());
        addIf(used, "additionalProperties", additionalProperties != null);
        addIf(used, "patternProperties", !patternProperties.isEmpty());
        addIf(used, "propertyNames", propertyNames != null);
        addIf(used, "minProperties", minProperties != null);
        addIf(used, "maxProperties", maxProperties != null);
        addIf(used, "dependentRequired", !dependentRequired.isEmpty());
        addIf(used, "dependentSchemas", !dependentSchemas.isEmpty());
        addIf(used, "items", items != null);
        addIf(used, "prefixItems", !prefixItems.isEmpty());
        addIf(used, "minItems", minItems != null);
        addIf(used, "maxItems", maxItems != null);
        addIf(used, "uniqueItems", uniqueItems);
        addIf(used, "contains", contains != null);
        addIf(used, "minLength", minLength != null);
        addIf(used, "maxLength", maxLength != null);
        addIf(used, "pattern", pattern != null);
        addIf(used, "minimum", minimum != null);
        addIf(used, "maximum", maximum != null);
        addIf(used, "exclusiveMinimum", exclusiveMinimum != null);
        addIf(used, "exclusiveMaximum", exclusiveMaximum != null);
        addIf(used, "multipleOf", multipleOf != null);
        addIf(used, "allOf", !allOf.isEmpty());
        addIf(used, "anyOf", !anyOf.isEmpty());
        addIf(used, "oneOf", !oneOf.isEmpty());
        addIf(used, "not", not != null);
        addIf(used, "if", ifSchema != null);
        addIf(used, "$ref", ref != null);
        return used;
    }

    private static void addIf(List<String> used, String keyword, boolean present) {
        if (present) {
            used.add(keyword);
        }
    }

    /** Whether the schema's {@code type} allows exactly this one type, or this type and null. */
    public boolean allowsOnly(JsonType type) {
        return types.equals(List.of(type));
    }
}
