package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaDocument;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.util.Map;
import java.util.Set;

/**
 * Where busgen's x- keywords may stand: the entry keywords at the root of a message or response file, the envelope
 * keywords on a property, {@code x-java-name} where it names something.
 */
final class ExtensionPlacement {

    private static final Set<String> ENTRY_KEYWORDS = Set.of("x-routing-key", "x-kind", "x-priority");
    private static final Set<String> PROPERTY_KEYWORDS = Set.of("x-envelope", "x-body");

    private ExtensionPlacement() {}

    /** The role of a schema within its document, which decides which x- keywords it may carry. */
    private enum Role { ROOT, PROPERTY, DEFS_ENTRY, ITEMS, OTHER }

    /** Reports each x- keyword of {@code file} that stands where it has no meaning, and each misused one. */
    static void check(CatalogFile file, Problems problems) {
        walk(file.document().root(), Role.ROOT, (schema, role) -> {
            for (Map.Entry<String, JsonValue> extension : schema.extensions().entrySet()) {
                String keyword = extension.getKey();
                SourceLocation at = extension.getValue().location();
                if (ENTRY_KEYWORDS.contains(keyword) && (role != Role.ROOT || file.kind().isEmpty())) {
                    problems.report(at, "\"" + keyword + "\" belongs at the root of a message or response file;"
                            + " remove it here");
                } else if (PROPERTY_KEYWORDS.contains(keyword) && role != Role.PROPERTY) {
                    problems.report(at, "\"" + keyword + "\" belongs on a property (a schema under \"properties\");"
                            + " move it there");
                } else if (keyword.equals("x-java-name")) {
                    String name = ((JsonString) extension.getValue()).value();
                    if (role == Role.OTHER) {
                        problems.report(at, "\"x-java-name\" has no effect here: put it on a property, a file's root,"
                                + " a \"$defs\" entry or \"items\"");
                    } else if (!JavaNames.isValidIdentifier(name)) {
                        problems.report(at, "\"x-java-name\" \"" + name + "\" is not a valid Java identifier;"
                                + " use letters, digits and '_', not starting with a digit, and no Java keyword");
                    }
                }
            }
            if (schema.hasExtension("x-body") && !schema.hasExtension("x-envelope")) {
                problems.report(schema.extensions().get("x-body").location(), "a property with \"x-body\": false"
                        + " must travel in the envelope instead: add \"x-envelope\" or remove \"x-body\"");
            }
        });
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
