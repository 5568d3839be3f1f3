package io.busgen.generator.asyncapi;

import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks JSON Schemas keyword by keyword, knowing which keywords hold schemas (of any draft from 04 to 2020-12) and
 * which hold data: a property named {@code $ref}, or a {@code default} that looks like a schema, is never taken for
 * one.
 */
final class SchemaTree {

    /** Keywords whose value is one schema. */
    static final Set<String> SINGLE = Set.of("additionalProperties", "propertyNames", "contains", "not", "if", "then",
            "else", "additionalItems", "unevaluatedProperties", "unevaluatedItems", "contentSchema", "items");

    /** Keywords whose value maps names to schemas. */
    static final Set<String> MAP = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas", "dependencies");

    /** Keywords whose value is a list of schemas. */
    static final Set<String> LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");

    private SchemaTree() {}

    /** What to do with one schema object's own keywords, before its subschemas are visited. */
    @FunctionalInterface
    interface Rewrite {
        /**
         * @param schema the schema object, its subschemas not yet rewritten
         * @param pointer where it stands in the schema walked, relative to the schema's root
         * @return the object with its own keywords rewritten (subschemas are then rewritten in what it returns)
         */
        JsonObject apply(JsonObject schema, String pointer);
    }

    /** The schema with {@code rewrite} applied to every schema object in it, outermost first. */
    static JsonValue map(JsonValue schema, Rewrite rewrite) {
        return map(schema, "", rewrite);
    }

    private static JsonValue map(JsonValue schema, String pointer, Rewrite rewrite) {
        if (!(schema instanceof JsonObject object)) {
            return schema;
        }
        JsonObject own = rewrite.apply(object, pointer);
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> member : own.members().entrySet()) {
            String key = member.getKey();
            JsonValue value = member.getValue();
            String at = JsonPointer.append(pointer, key);
            if (key.startsWith("x-")) {
                members.put(key, value);
            } else if (value instanceof JsonObject map && MAP.contains(key)) {
                Map<String, JsonValue> entries = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> entry : map.members().entrySet()) {
                    // dependencies: a list of names is data, anything else a schema
                    entries.put(entry.getKey(), entry.getValue() instanceof JsonArray ? entry.getValue()
                            : map(entry.getValue(), JsonPointer.append(at, entry.getKey()), rewrite));
                }
                members.put(key, Json.withMembers(map, entries));
            } else if (value instanceof JsonArray list && LIST.contains(key)) {
                List<JsonValue> elements = new ArrayList<>();
                for (int i = 0; i < list.elements().size(); i++) {
                    elements.add(map(list.elements().get(i), JsonPointer.append(at, i), rewrite));
                }
                members.put(key, new JsonArray(elements, list.location()));
            } else if (SINGLE.contains(key)) {
                members.put(key, map(value, at, rewrite));
            } else {
                members.put(key, value);
            }
        }
        return Json.withMembers(own, members);
    }

    /** Every schema object in {@code schema}, outermost first, with its pointer relative to the root. */
    static void forEach(JsonValue schema, java.util.function.BiConsumer<JsonObject, String> visitor) {
        map(schema, (object, pointer) -> {
            visitor.accept(object, pointer);
            return object;
        });
    }
}
