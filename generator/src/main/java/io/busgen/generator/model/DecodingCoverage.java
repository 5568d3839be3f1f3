package io.busgen.generator.model;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaIndex;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Whether decoding into the generated types enforces every keyword of a schema and of the schemas it reaches, so that
 * a body that decodes is valid (when formats are not asserted): only structure (types, properties without further
 * constraints, required, items, string enums, refs, the nullable {@code anyOf}) and annotations qualify.
 */
final class DecodingCoverage {

    private static final Set<String> STRUCTURAL = Set.of(
            "type", "properties", "required", "items", "enum", "$ref", "title", "description", "default", "examples",
            "deprecated", "readOnly", "writeOnly", "$comment", "$schema", "$defs", "format");

    private DecodingCoverage() {}

    static boolean enforcesAll(SchemaIndex index, Schema root) {
        return structural(index, root, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean structural(SchemaIndex index, Schema schema, Set<Schema> seen) {
        if (!seen.add(schema)) {
            return true;
        }
        if (schema.isBooleanSchema()) {
            return Boolean.TRUE.equals(schema.booleanValue());
        }
        if (schema.enumValues() != null && !schema.enumValues().stream()
                .allMatch(v -> v instanceof JsonValue.JsonString || v instanceof JsonValue.JsonNull)) {
            return false;
        }
        List<String> used = schema.validationKeywords();
        boolean nullableAnyOf = schema.anyOf().size() == 2 && schema.types().isEmpty()
                && schema.anyOf().stream().anyMatch(s -> !s.isBooleanSchema()
                        && s.types().equals(List.of(JsonType.NULL)) && s.validationKeywords().equals(List.of("type")));
        for (String keyword : used) {
            if (!STRUCTURAL.contains(keyword) && !(keyword.equals("anyOf") && nullableAnyOf)) {
                return false;
            }
        }
        if (schema.items() != null && !structural(index, schema.items(), seen)) {
            return false;
        }
        for (Schema property : schema.properties().values()) {
            if (!structural(index, property, seen)) {
                return false;
            }
        }
        for (Schema branch : schema.anyOf()) {
            if (!structural(index, branch, seen)) {
                return false;
            }
        }
        if (schema.ref() != null) {
            Schema target = index.target(schema).orElse(null);
            return target != null && structural(index, target, seen);
        }
        return true;
    }
}
