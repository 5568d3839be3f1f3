package io.busgen.generator.load;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.Vocabulary;
import io.busgen.generator.source.Problems;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks catalogue files against the dialect's meta-schemas (shipped in this module, themselves draft 2020-12) with
 * networknt's validator. The meta-schemas are the machine-readable statement of the dialect that editors can use
 * too; the loader's own checks give more precise messages, so these findings only add what the others missed.
 */
final class DialectMetaSchema {

    private static final String BASE = "classpath:io/busgen/generator/dialect/";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Schema schemaFile;
    private final Schema catalogFile;

    private DialectMetaSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        schemaFile = registry.getSchema(SchemaLocation.of(BASE + "schema-file.schema.json"));
        catalogFile = registry.getSchema(SchemaLocation.of(BASE + "catalog-file.schema.json"));
    }

    private static final class Holder {
        static final DialectMetaSchema INSTANCE = new DialectMetaSchema();
    }

    static DialectMetaSchema instance() {
        return Holder.INSTANCE;
    }

    /** Checks a message, response or defs file. */
    void checkSchemaFile(String text, JsonValue document, Problems problems) {
        check(schemaFile, text, document, problems,
                (key, parent) -> Vocabulary.unknownKeywordMessage(key, Vocabulary.Dialect.CATALOG));
    }

    /** Checks {@code catalog.json}. */
    void checkCatalogFile(String text, JsonValue document, Problems problems) {
        check(catalogFile, text, document, problems, CatalogInfoReader::unknownKeyMessage);
    }

    private static void check(Schema metaSchema, String text, JsonValue document, Problems problems,
            BiFunction<String, String, String> unknownKey) {
        JsonNode instance = MAPPER.readTree(text);
        List<Error> errors = metaSchema.validate(instance);
        for (Error error : errors) {
            String pointer = pointerOf(error.getInstanceLocation());
            if (BOUNDS.contains(error.getKeyword()) && JsonValues.at(document, pointer) instanceof JsonNumber) {
                // networknt compares numbers as doubles (1e-999999 is 0 to it); the schema reader checks every bound
                // on the exact decimal instead.
                continue;
            }
            String message;
            if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
                message = unknownKey.apply(error.getProperty(), pointer);
                pointer = JsonPointer.append(pointer, error.getProperty());
            } else {
                message = "does not fit busgen's dialect: " + withoutLocation(error.getMessage())
                        + "; see docs/schema-dialect.md";
            }
            problems.report(JsonValues.locate(document, pointer), message);
        }
    }

    private static final Set<String> BOUNDS = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");

    private static String pointerOf(NodePath path) {
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index
                    ? JsonPointer.append(pointer, index)
                    : JsonPointer.append(pointer, String.valueOf(element));
        }
        return pointer;
    }

    /** networknt prefixes messages with the instance location, which the problem already shows. */
    private static String withoutLocation(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && Set.of('/', '$').contains(message.charAt(0)) ? message.substring(colon + 2) : message;
    }
}
