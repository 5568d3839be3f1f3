package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.model.JavaNames;
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
            default -> Placement.ANYWHERE;
        };
    }

    /** The role of a schema within its document, which decides which x- keywords it may carry. */
    private enum Role { ROOT, PROPERTY, DEFS_ENTRY, ITEMS, OTHER }

    /** Reports each x- keyword of {@code file} that stands where it has no meaning, and each misused one. */
    static void check(CatalogFile file, Problems problems) {
        walk(file.document().root(), Role.ROOT, (schema, role) -> {
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

    private interface SchemaVisitor {
        void visit(Schema schema, Role role);
    }

    private static void walk(Schema schema, Role role, SchemaVisitor visitor) {
        visitor.visit(schema, role);
        SchemaDocument.forEachSubschema(schema, (relative, child) -> {
            Role childRole = relative.startsWith("/properties/") ? Role.PROPERTY
                    : relative.startsWith("/$defs/") ? Role.DEFS_ENTRY
                    : relative.equals("/items") ? Role.ITEMS
                    : Role.OTHER;
            walk(child, childRole, visitor);
        });
    }
}
