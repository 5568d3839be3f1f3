package io.busgen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.CatalogInfo;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaDocument;
import io.busgen.generator.schema.SchemaReader;
import io.busgen.generator.schema.Vocabulary.Dialect;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema fingerprint of messages and responses: what changes it, what does not, and its canonical text. */
class SchemaFingerprintTest {

    private static final String MESSAGE = "messages/order.item.placed.json";
    private static final String RESPONSE = "responses/order.item.placed.json";

    @TempDir
    Path dir;

    @BeforeEach
    void writeCatalogue() throws IOException {
        write("catalog.json", """
                {
                  "name": "shop",
                  "title": "Shop events",
                  "javaPackage": "com.example.shop"
                }
                """);
        write("defs/meta.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "type": "object",
                  "properties": {
                    "request_id": {
                      "type": "string",
                      "default": ""
                    },
                    "priority": {
                      "type": "integer",
                      "default": 3,
                      "x-envelope": "priority",
                      "x-body": false
                    }
                  }
                }
                """);
        write("defs/item.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "title": "Item",
                  "description": "An item of the shop.",
                  "type": "object",
                  "properties": {
                    "sku": {
                      "type": "string",
                      "description": "The stock keeping unit"
                    },
                    "weight": {
                      "type": "number"
                    }
                  },
                  "required": ["sku"]
                }
                """);
        write(MESSAGE, """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "x-routing-key": "order.item.placed",
                  "x-kind": "message",
                  "description": "An item was placed in an order.",
                  "type": "object",
                  "properties": {
                    "meta": {
                      "$ref": "../defs/meta.json",
                      "default": {}
                    },
                    "order_id": {
                      "type": "string",
                      "description": "The order"
                    },
                    "quantity": {
                      "type": "integer",
                      "minimum": 1,
                      "default": 1
                    },
                    "item": {
                      "$ref": "../defs/item.json",
                      "description": "What was placed"
                    }
                  },
                  "required": ["order_id", "quantity"]
                }
                """);
        write(RESPONSE, """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "x-routing-key": "order.item.placed",
                  "x-kind": "response",
                  "type": "object",
                  "properties": {
                    "meta": {
                      "$ref": "../defs/meta.json",
                      "default": {}
                    },
                    "accepted": {
                      "type": "boolean"
                    }
                  },
                  "required": ["accepted"]
                }
                """);
    }

    // ---- what keeps the fingerprint -------------------------------------------------------------------------

    @Test
    void isSixteenLowerCaseHexDigitsOfTheSha256OfTheCanonicalText() throws IOException {
        MessageType message = load().message("order.item.placed").orElseThrow();
        MessageType response = load().response("order.item.placed").orElseThrow();

        assertThat(message.fingerprint()).matches("[0-9a-f]{16}");
        assertThat(message.fingerprint()).isEqualTo(SchemaFingerprint.of(canonicalText(MESSAGE)));
        assertThat(response.fingerprint()).isEqualTo(SchemaFingerprint.of(canonicalText(RESPONSE)));
        assertThat(response.fingerprint()).isNotEqualTo(message.fingerprint());
        // The same catalogue gives the same fingerprint, run after run.
        assertThat(load().message("order.item.placed").orElseThrow().fingerprint()).isEqualTo(message.fingerprint());
    }

    @Test
    void ignoresDescriptionsAndTitles() throws IOException {
        String before = messageFingerprint();

        edit(MESSAGE, "\"An item was placed in an order.\"", "\"Placed: an item.\"");
        edit(MESSAGE, "\"The order\"", "\"The order it was placed in\"");
        edit("defs/item.json", "\"title\": \"Item\"", "\"title\": \"Shop item\"");
        edit("defs/item.json", "\"The stock keeping unit\"", "\"SKU\", \"title\": \"Sku\"");

        assertThat(messageFingerprint()).isEqualTo(before);
    }

    @Test
    void ignoresJavaNamesCommentsAndExamples() throws IOException {
        String before = messageFingerprint();

        edit(MESSAGE, "\"x-kind\": \"message\",", "\"x-kind\": \"message\", \"x-java-name\": \"ItemPlaced\","
                + " \"$comment\": \"renamed in 2.0\",");
        edit(MESSAGE, "\"The order\"", "\"The order\", \"x-java-name\": \"orderNumber\", \"examples\": [\"o-1\"]");

        assertThat(messageFingerprint()).isEqualTo(before);
        assertThat(load().message("order.item.placed").orElseThrow().javaName().simpleName())
                .isEqualTo("ItemPlaced");
    }

    @Test
    void ignoresTheDescriptionsOfEnumValuesButNotTheValues() throws IOException {
        edit(MESSAGE, "\"The order\"", "\"The order\", \"enum\": [\"a\", \"b\"]");
        String before = messageFingerprint();

        edit(MESSAGE, "[\"a\", \"b\"]", "[\"a\", \"b\"], \"x-enum-descriptions\": [\"First.\", \"\"]");
        assertThat(messageFingerprint()).isEqualTo(before);

        edit(MESSAGE, "[\"a\", \"b\"]", "[\"a\", \"c\"]");
        assertThat(messageFingerprint()).isNotEqualTo(before);
    }

    // ---- what changes it ----------------------------------------------------------------------------------------

    @Test
    void changesWhenTwoPropertiesSwap() throws IOException {
        String before = messageFingerprint();

        write(MESSAGE, """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "x-routing-key": "order.item.placed",
                  "x-kind": "message",
                  "description": "An item was placed in an order.",
                  "type": "object",
                  "properties": {
                    "meta": {
                      "$ref": "../defs/meta.json",
                      "default": {}
                    },
                    "quantity": {
                      "type": "integer",
                      "minimum": 1,
                      "default": 1
                    },
                    "order_id": {
                      "type": "string",
                      "description": "The order"
                    },
                    "item": {
                      "$ref": "../defs/item.json",
                      "description": "What was placed"
                    }
                  },
                  "required": ["order_id", "quantity"]
                }
                """);

        assertThat(messageFingerprint()).isNotEqualTo(before);
    }

    @Test
    void changesWithADefault() throws IOException {
        String before = messageFingerprint();

        edit(MESSAGE, "\"default\": 1", "\"default\": 2");

        assertThat(messageFingerprint()).isNotEqualTo(before);
    }

    @Test
    void changesWithAFormat() throws IOException {
        String before = messageFingerprint();

        edit(MESSAGE, "\"description\": \"The order\"", "\"description\": \"The order\", \"format\": \"uuid\"");

        assertThat(messageFingerprint()).isNotEqualTo(before);
    }

    @Test
    void changesWithTheTypeOfAFieldOfAReferencedDefsFile() throws IOException {
        String message = messageFingerprint();
        String response = load().response("order.item.placed").orElseThrow().fingerprint();

        edit("defs/item.json", "\"weight\": {\n      \"type\": \"number\"", "\"weight\": {\n      \"type\": \"integer\"");

        assertThat(messageFingerprint()).isNotEqualTo(message);
        // The response does not refer to item.json.
        assertThat(load().response("order.item.placed").orElseThrow().fingerprint()).isEqualTo(response);
    }

    @Test
    void changesWithAnEnvelopeKeywordOfAReferencedType() throws IOException {
        String message = messageFingerprint();
        String response = load().response("order.item.placed").orElseThrow().fingerprint();

        edit("defs/meta.json", "\"x-body\": false", "\"x-body\": false, \"description\": \"The priority\"");
        assertThat(messageFingerprint()).isEqualTo(message);

        edit("defs/meta.json", ",\n      \"x-body\": false", "");
        assertThat(messageFingerprint()).isNotEqualTo(message);
        assertThat(load().response("order.item.placed").orElseThrow().fingerprint()).isNotEqualTo(response);
    }

    // ---- the canonical text ---------------------------------------------------------------------------------

    @Test
    void writesTheCanonicalTextOfATinySchema() throws IOException {
        write("messages/tiny.thing.done.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "x-routing-key": "tiny.thing.done",
                  "x-kind": "message",
                  "x-priority": 4,
                  "title": "Tiny",
                  "description": "A tiny message.",
                  "type": "object",
                  "properties": {
                    "z": { "type": "integer", "default": 10, "description": "Last letter, first field" },
                    "description": { "type": ["string", "null"], "x-java-name": "text", "maxLength": 1.0E2 },
                    "flag": { "$ref": "../defs/flag.json", "default": { "title": "kept: a value, not a keyword" } }
                  },
                  "required": ["z"],
                  "$comment": "dropped"
                }
                """);
        write("defs/flag.json", """
                {
                  "type": "object",
                  "examples": [{ "on": true }],
                  "properties": {
                    "on": { "type": "boolean", "default": false, "x-java-name": "enabled" },
                    "title": { "const": "Flag \\"1\\"" }
                  }
                }
                """);

        assertThat(canonicalText("messages/tiny.thing.done.json")).isEqualTo("{"
                + "\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                + "\"properties\":["
                + "[\"z\",{\"default\":10,\"type\":\"integer\"}],"
                + "[\"description\",{\"maxLength\":100,\"type\":[\"string\",\"null\"]}],"
                + "[\"flag\",{\"$ref\":{\"properties\":["
                + "[\"on\",{\"default\":false,\"type\":\"boolean\"}],"
                + "[\"title\",{\"const\":\"Flag \\\"1\\\"\"}]"
                + "],\"type\":\"object\"},\"default\":{\"title\":\"kept: a value, not a keyword\"}}]"
                + "],"
                + "\"required\":[\"z\"],"
                + "\"type\":\"object\","
                + "\"x-kind\":\"message\","
                + "\"x-priority\":4,"
                + "\"x-routing-key\":\"tiny.thing.done\""
                + "}");
    }

    /** The example of docs/schema-dialect.md, "Schema fingerprint". */
    @Test
    void givesTheDocumentedExample() throws IOException {
        write("defs/part.json", """
                {
                  "title": "Part",
                  "type": "object",
                  "properties": {
                    "sku": { "type": "string", "x-java-name": "stockKeepingUnit" },
                    "parts": { "type": "array", "items": { "$ref": "part.json" } }
                  }
                }
                """);
        write("messages/order.part.placed.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "x-routing-key": "order.part.placed",
                  "x-kind": "message",
                  "description": "A part was placed in an order.",
                  "type": "object",
                  "properties": {
                    "order_id": { "type": "string", "format": "uuid", "description": "The order" },
                    "quantity": { "type": "integer", "minimum": 1.0, "default": 1 },
                    "part": { "$ref": "../defs/part.json", "description": "What was placed" }
                  },
                  "required": ["order_id", "quantity"]
                }
                """);

        assertThat(canonicalText("messages/order.part.placed.json")).isEqualTo("{"
                + "\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                + "\"properties\":[[\"order_id\",{\"format\":\"uuid\",\"type\":\"string\"}],"
                + "[\"quantity\",{\"default\":1,\"minimum\":1,\"type\":\"integer\"}],"
                + "[\"part\",{\"$ref\":{\"properties\":[[\"sku\",{\"type\":\"string\"}],"
                + "[\"parts\",{\"items\":{\"$ref\":\"Part\"},\"type\":\"array\"}]],\"type\":\"object\"}}]],"
                + "\"required\":[\"order_id\",\"quantity\"],\"type\":\"object\",\"x-kind\":\"message\","
                + "\"x-routing-key\":\"order.part.placed\"}");
        assertThat(load().message("order.part.placed").orElseThrow().fingerprint()).isEqualTo("10cd6f0413e5c9b5");
    }

    @Test
    void namesARecursiveTypeInsteadOfInliningItAgain() throws IOException {
        write("defs/tree_node.json", """
                {
                  "type": "object",
                  "properties": {
                    "label": { "type": "string" },
                    "children": { "type": "array", "items": { "$ref": "tree_node.json" } }
                  }
                }
                """);
        write("messages/tree.node.added.json", """
                {
                  "x-routing-key": "tree.node.added",
                  "x-kind": "message",
                  "type": "object",
                  "properties": {
                    "root": { "$ref": "../defs/tree_node.json" }
                  }
                }
                """);

        assertThat(load().message("tree.node.added").orElseThrow().fingerprint()).matches("[0-9a-f]{16}");
        assertThat(canonicalText("messages/tree.node.added.json")).isEqualTo("{\"properties\":[[\"root\",{\"$ref\":"
                + "{\"properties\":[[\"label\",{\"type\":\"string\"}],[\"children\",{\"items\":{\"$ref\":\"TreeNode\"},"
                + "\"type\":\"array\"}]],\"type\":\"object\"}}]],\"type\":\"object\",\"x-kind\":\"message\","
                + "\"x-routing-key\":\"tree.node.added\"}");
    }

    @Test
    void namesRecursionThroughDefsEntriesAndTheEntryItself() throws IOException {
        write("defs/graph.json", """
                {
                  "x-java-name": "Graph",
                  "type": "object",
                  "properties": {
                    "nodes": { "type": "array", "items": { "$ref": "#/$defs/vertex" } }
                  },
                  "$defs": {
                    "vertex": {
                      "type": "object",
                      "x-java-name": "Vertex",
                      "properties": {
                        "next": { "$ref": "#/$defs/vertex" },
                        "graph": { "$ref": "graph.json" }
                      }
                    }
                  }
                }
                """);
        write("messages/graph.path.found.json", """
                {
                  "x-routing-key": "graph.path.found",
                  "x-kind": "message",
                  "type": "object",
                  "properties": {
                    "graph": { "$ref": "../defs/graph.json" },
                    "again": { "$ref": "#" }
                  }
                }
                """);

        String text = canonicalText("messages/graph.path.found.json");

        assertThat(text).contains("\"next\",{\"$ref\":\"Vertex\"}", "\"graph\",{\"$ref\":\"Graph\"}",
                "[\"again\",{\"$ref\":\"GraphPathFound\"}]");
        // The $defs stay, transformed: the vertex's own references are inlined there too.
        assertThat(text).contains("\"$defs\":{\"vertex\":{\"properties\":[[\"next\",{\"$ref\":{\"properties\":");
        assertThat(load().message("graph.path.found").orElseThrow().fingerprint()).matches("[0-9a-f]{16}");
    }

    @Test
    void reportsANumberBeyondTheRangeOfADouble() throws IOException {
        edit(MESSAGE, "\"minimum\": 1,", "\"minimum\": 1, \"maximum\": 1e400,");

        LoadResult result = CatalogLoader.load(dir, "shop");

        assertThat(result.problems()).extracting(Problem::format).containsExactly("shop/" + MESSAGE
                + ":18:32: #/properties/quantity/maximum: the number 1e400 is beyond the range of an IEEE double,"
                + " which the schema fingerprint (RFC 8785) cannot write: use a smaller number");
    }

    // ---- the bundled catalogue ------------------------------------------------------------------------------

    @Test
    void givesEveryInfrahubMessageAndResponseItsOwnFingerprint() {
        Path root = BundledCatalogs.find(BundledCatalogs.DEFAULT).orElseThrow();
        Catalog catalog = CatalogLoader.load(root, BundledCatalogs.displayName("infrahub")).orThrow();

        List<MessageType> all = new ArrayList<>(catalog.messages());
        all.addAll(catalog.responses());
        assertThat(all).hasSize(15);
        assertThat(all).extracting(MessageType::fingerprint).allMatch(f -> f.matches("[0-9a-f]{16}"))
                .doesNotHaveDuplicates();
        MessageType echo = catalog.message("send.echo.request").orElseThrow();
        assertThat(echo.fingerprint()).isEqualTo(SchemaFingerprint.of(canonicalText(root, echo.file())));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Catalog load() {
        return CatalogLoader.load(dir, "shop").orThrow();
    }

    private String messageFingerprint() {
        return load().message("order.item.placed").orElseThrow().fingerprint();
    }

    private String canonicalText(String entryPath) {
        return canonicalText(dir, entryPath);
    }

    /** Reads and links a sound catalogue as {@link CatalogLoader} does, then asks the linker for a canonical text. */
    static String canonicalText(Path root, String entryPath) {
        try {
            Problems problems = new Problems();
            JsonValue catalogJson = LocatedJsonReader.read("catalog.json",
                    Files.readString(root.resolve("catalog.json"), StandardCharsets.UTF_8), problems).orElseThrow();
            CatalogInfo info = new CatalogInfoReader(problems).read(catalogJson).orElseThrow();
            Map<String, CatalogFile> files = new LinkedHashMap<>();
            for (String folder : CatalogLoader.FOLDERS) {
                Path directory = root.resolve(folder);
                if (!Files.isDirectory(directory)) {
                    continue;
                }
                List<Path> entries;
                try (Stream<Path> listing = Files.list(directory)) {
                    entries = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
                }
                for (Path entry : entries) {
                    String path = folder + "/" + entry.getFileName();
                    JsonValue json = LocatedJsonReader.read(path, Files.readString(entry, StandardCharsets.UTF_8),
                            problems).orElseThrow();
                    Schema schema = new SchemaReader(Dialect.CATALOG, problems).read(json);
                    files.put(path, new CatalogFile(path, path, json, SchemaDocument.of(path, schema)));
                }
            }
            CatalogLinker linker = new CatalogLinker(info, files, Set.of(), problems);
            assertThat(linker.link()).isPresent();
            assertThat(problems.sorted()).isEmpty();
            return linker.canonicalText(entryPath);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void edit(String path, String from, String to) throws IOException {
        Path file = dir.resolve(path);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("%s holds the text to replace", path).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
