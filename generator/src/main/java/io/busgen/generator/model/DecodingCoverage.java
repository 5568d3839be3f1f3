package io.busgen.generator.model;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.schema.Keyword;
import io.busgen.generator.schema.OpenEnum;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaIndex;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether decoding into the generated types enforces every keyword of a schema and of the schemas it reaches, so that
 * a body that decodes is valid (when formats are not asserted): only structure (types, properties without further
 * constraints, required, items, string enums, open enums, refs, the nullable {@code anyOf}) and annotations
 * qualify.
 */
final class DecodingCoverage {

    private DecodingCoverage() {}

    /**
     * Whether a body that decodes meets the keyword of {@code schema} (its subschemas aside): a new {@link Keyword}
     * does not compile until it says.
     */
    private static boolean enforced(Keyword keyword, Schema schema) {
        return switch (keyword) {
            // what decoding into the generated types checks: string enums are Java enums (the others are left out
            // above), the nullable anyOf a @Nullable type
            case TYPE, PROPERTIES, REQUIRED, ITEMS, ENUM, REF -> true;
            // and an open enum's anyOf is any string, which its class reads
            case ANY_OF -> schema.types().isEmpty() && schema.anyOf().size() == 2 && schema.anyOf().stream()
                    .anyMatch(DecodingCoverage::nullOnly) || OpenEnum.is(schema);
            // what constrains nothing (format is an annotation unless formats are asserted)
            case SCHEMA, ID, ANCHOR, DEFS, DESCRIPTION, TITLE, DEFAULT, EXAMPLES, DEPRECATED, READ_ONLY, WRITE_ONLY,
                    COMMENT, FORMAT, CONTENT_ENCODING, CONTENT_MEDIA_TYPE, CONTENT_SCHEMA, X_ROUTING_KEY, X_KIND,
                    X_PRIORITY, X_ENVELOPE, X_BODY, X_JAVA_NAME, X_JAVA_TYPE, X_ENUM_DESCRIPTIONS -> true;
            // standalone schemas only: no generated type holds them
            case DYNAMIC_ANCHOR, VOCABULARY -> true;
            case DYNAMIC_REF -> false;
            // what only a validator checks
            case CONST, MIN_LENGTH, MAX_LENGTH, PATTERN, MINIMUM, EXCLUSIVE_MINIMUM, MAXIMUM, EXCLUSIVE_MAXIMUM,
                    MULTIPLE_OF, MIN_ITEMS, MAX_ITEMS, UNIQUE_ITEMS, MIN_CONTAINS, MAX_CONTAINS, MIN_PROPERTIES,
                    MAX_PROPERTIES, ADDITIONAL_PROPERTIES, PATTERN_PROPERTIES, PROPERTY_NAMES, DEPENDENT_REQUIRED,
                    DEPENDENT_SCHEMAS, PREFIX_ITEMS, CONTAINS, ALL_OF, ONE_OF, NOT, IF, THEN, ELSE,
                    UNEVALUATED_PROPERTIES, UNEVALUATED_ITEMS -> false;
        };
    }

    /** {@code {"type": "null"}}, with nothing else that constrains. */
    private static boolean nullOnly(Schema s) {
        return s.isNullOnly() && s.constraints().equals(Set.of(Keyword.TYPE));
    }

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
        for (Keyword keyword : schema.keywords()) {
            if (!enforced(keyword, schema)) {
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
