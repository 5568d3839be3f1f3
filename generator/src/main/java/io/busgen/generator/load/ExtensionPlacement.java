package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.ScalarJavaType;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Keyword;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaDocument;
import io.busgen.generator.source.MessageText;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * Where busgen's x- keywords may stand: the entry keywords at the root of a message or response file, the envelope
 * keywords on a property, {@code x-java-name} where it names something, {@code x-enum-descriptions} beside the
 * {@code enum} it describes.
 */
final class ExtensionPlacement {

    private ExtensionPlacement() {}

    /** Where an x- keyword may stand. */
    enum Placement {
        /** At the root of a message or response file. */
        ENTRY_ROOT,
        /** On a property: a schema directly under {@code properties}. */
        PROPERTY,
        /** Where it names a Java type or field: a property, a file's root, a {@code $defs} entry, {@code items}. */
        NAMING,
        /** Beside {@code enum}, with as many elements. */
        BESIDE_ENUM,
        /**
         * Where a schema shapes a field's value: a property, {@code items}, a typed map's {@code additionalProperties},
         * a {@code $defs} entry or a defs file's root; beside the type (and format) its Java type holds.
         */
        FIELD_SHAPE,
        /** Anywhere: every keyword that is not busgen's. */
        ANYWHERE
    }

    /** Where a keyword may stand; {@code KeywordPlacementTest} checks that each of busgen's keywords has a place. */
    static Placement placement(Keyword keyword) {
        return switch (keyword) {
            case X_ROUTING_KEY, X_KIND, X_PRIORITY -> Placement.ENTRY_ROOT;
            case X_ENVELOPE, X_BODY -> Placement.PROPERTY;
            case X_JAVA_NAME -> Placement.NAMING;
            case X_ENUM_DESCRIPTIONS -> Placement.BESIDE_ENUM;
            case X_JAVA_TYPE -> Placement.FIELD_SHAPE;
            default -> Placement.ANYWHERE;
        };
    }

    /** The role of a schema within its document, which decides which x- keywords it may carry. */
    private enum Role { ROOT, PROPERTY, DEFS_ENTRY, ITEMS, MAP_VALUES, OTHER }

    /** Reports each x- keyword of {@code file} that stands where it has no meaning, and each misused one. */
    static void check(CatalogFile file, Problems problems) {
        walk(file.document().root(), Role.ROOT, true, (schema, role, shapesFields) -> {
            for (Map.Entry<String, JsonValue> extension : schema.extensions().entrySet()) {
                String keyword = extension.getKey();
                SourceLocation at = extension.getValue().location();
                switch (placement(Keyword.named(keyword).orElseThrow())) {
                    case ENTRY_ROOT -> {
                        if (role != Role.ROOT || file.kind().isEmpty()) {
                            problems.report(at, "\"" + keyword + "\" belongs at the root of a message or response"
                                    + " file; remove it here");
                        }
                    }
                    case PROPERTY -> {
                        if (role != Role.PROPERTY) {
                            problems.report(at, "\"" + keyword + "\" belongs on a property (a schema under"
                                    + " \"properties\"); move it there");
                        }
                    }
                    case NAMING -> {
                        String name = ((JsonString) extension.getValue()).value();
                        if (role == Role.OTHER) {
                            problems.report(at, "\"x-java-name\" has no effect here: put it on a property, a file's"
                                    + " root, a \"$defs\" entry or \"items\"");
                        } else if (!JavaNames.isValidIdentifier(name)) {
                            problems.report(at, "\"x-java-name\" \"" + name + "\" is not a valid Java identifier;"
                                    + " use letters, digits and '_', not starting with a digit, and no Java keyword");
                        }
                    }
                    case BESIDE_ENUM -> besideEnum(schema, keyword, extension.getValue(), problems);
                    case FIELD_SHAPE -> {
                        if (!shapesFields || role == Role.OTHER || (role == Role.ROOT && file.kind().isPresent())) {
                            problems.report(at, "\"" + keyword + "\" has no effect here, where the schema does not"
                                    + " shape a field: put it on a property, \"items\", a typed map's"
                                    + " \"additionalProperties\", a \"$defs\" entry or a defs file's root"
                                    + " (in a nullable field, \"type\": [\"string\", \"null\"] rather than anyOf)");
                        } else {
                            besideItsType(schema, extension.getValue(), problems);
                        }
                    }
                    case ANYWHERE -> {
                        // nothing to check
                    }
                }
            }
            if (schema.hasExtension("x-body") && !schema.hasExtension("x-envelope")) {
                problems.report(schema.extensions().get("x-body").location(), "a property with \"x-body\": false"
                        + " must travel in the envelope instead: add \"x-envelope\" or remove \"x-body\"");
            }
        });
    }

    /** {@code x-enum-descriptions}: one description for each value of the {@code enum} beside it. */
    private static void besideEnum(Schema schema, String keyword, JsonValue value, Problems problems) {
        List<JsonValue> values = schema.enumValues();
        int descriptions = ((JsonArray) value).elements().size();
        if (values == null) {
            problems.report(value.location(), "\"" + keyword + "\" describes the values of an \"enum\" beside it,"
                    + " and there is none here: move it next to the \"enum\" it describes (into the file a \"$ref\""
                    + " names, when the enum is there) or remove it");
        } else if (descriptions != values.size()) {
            problems.report(value.location(), "\"" + keyword + "\" has " + MessageText.count(descriptions,
                    "description") + " for the " + MessageText.count(values.size(), "value") + " of \"enum\": give"
                    + " one for each value, in the same order (\"\" for a value without one)");
        }
    }

    /**
     * {@code x-java-type}: beside the JSON type its Java type holds and, for a string, the format decoding asserts
     * ({@code "type": "string", "format": "uuid"} for {@code uuid}); {@code plain} anywhere a field is shaped.
     */
    private static void besideItsType(Schema schema, JsonValue value, Problems problems) {
        String name = ((JsonString) value).value();
        java.util.Optional<ScalarJavaType> type = ScalarJavaType.named(name);
        if (type.isEmpty()) {
            return; // "plain"; any other name is refused by the dialect's meta-schema
        }
        List<JsonType> core = schema.types().stream().filter(t -> t != JsonType.NULL).toList();
        boolean typed = core.equals(List.of(type.get().jsonType()));
        String format = type.get().format();
        if (!typed || (format != null && !format.equals(schema.format()))) {
            String needed = "\"type\": \"" + type.get().jsonType().keyword() + "\""
                    + (format == null ? "" : " and \"format\": \"" + format + "\"");
            problems.report(value.location(), "\"x-java-type\": \"" + name + "\" needs " + needed + " beside it ("
                    + type.get().javaClass().getName() + " holds only such values" + (typed ? "" : "; \"null\" may be"
                    + " among the types") + "): add " + (format == null ? "it" : "them") + " or remove \"x-java-type\"");
        }
    }

    private interface SchemaVisitor {
        /**
         * @param shapesFields whether the schema's fields become Java fields: no subschema on the way to it applies
         *     to some values only (a branch of {@code anyOf}, {@code oneOf}, {@code if}/{@code then}/{@code else},
         *     {@code dependentSchemas}) or to no field ({@code not}, {@code contains}, {@code prefixItems},
         *     {@code patternProperties}, {@code propertyNames}...)
         */
        void visit(Schema schema, Role role, boolean shapesFields);
    }

    /** The subschemas whose fields and values shape Java fields (properties, items, map values, $defs, allOf). */
    private static boolean keepsShaping(String relative) {
        return relative.startsWith("/properties/") || relative.startsWith("/$defs/") || relative.startsWith("/allOf/")
                || relative.equals("/items") || relative.equals("/additionalProperties");
    }

    private static void walk(Schema schema, Role role, boolean shapesFields, SchemaVisitor visitor) {
        visitor.visit(schema, role, shapesFields);
        SchemaDocument.forEachSubschema(schema, (relative, child) -> {
            Role childRole = relative.startsWith("/properties/") ? Role.PROPERTY
                    : relative.startsWith("/$defs/") ? Role.DEFS_ENTRY
                    : relative.equals("/items") ? Role.ITEMS
                    : relative.equals("/additionalProperties") ? Role.MAP_VALUES
                    : Role.OTHER;
            walk(child, childRole, shapesFields && keepsShaping(relative), visitor);
        });
    }
}
