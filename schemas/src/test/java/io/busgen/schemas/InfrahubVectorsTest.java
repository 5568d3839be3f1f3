package io.busgen.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the bundled Infrahub catalogue against the wire vectors made from the upstream models: every valid body and
 * every decodable input validates against the schema of its routing key, and every input that upstream rejects is
 * either malformed JSON or fails validation.
 */
class InfrahubVectorsTest {

    /** The 13 messages and 2 responses of the contract, by routing key. */
    private static final Set<String> MESSAGES = Set.of(
            "check.generator.run",
            "event.branch.merge",
            "event.worker.new_primary_api",
            "finalize.validator.execution",
            "git.file.get",
            "git.repository.connectivity",
            "refresh.git.fetch",
            "refresh.registry.branches",
            "refresh.registry.rebased_branch",
            "request.generator_definition.check",
            "request.proposed_change.pipeline",
            "request.proposed_change.refresh_artifacts",
            "send.echo.request");
    private static final Set<String> RESPONSES = Set.of("git.file.get", "send.echo.request");

    private static final Path MODULE_DIR =
            Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
    private static final Path CATALOG_DIR = MODULE_DIR.resolve("infrahub");
    private static final Path VECTORS_DIR = testdataDir().resolve("vectors");

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** Loads schemas from file: URIs only, so that the relative $refs between the catalogue files resolve. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaLoader(loader -> loader
                    .fetchRemoteResources()
                    .allow(iri -> "file".equals(iri.getScheme()))));

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private static Path testdataDir() {
        String property = System.getProperty("busgen.testdata");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        return MODULE_DIR.resolve("../testdata").normalize();
    }

    private static Schema schemaFor(String kind, String routingKey) {
        String folder = switch (kind) {
            case "message" -> "messages";
            case "response" -> "responses";
            default -> throw new IllegalArgumentException("unknown vector kind " + kind);
        };
        Path file = CATALOG_DIR.resolve(folder).resolve(routingKey + ".json");
        assertThat(file).as("schema for %s %s", kind, routingKey).isRegularFile();
        return SCHEMAS.computeIfAbsent(kind + ":" + routingKey,
                key -> REGISTRY.getSchema(SchemaLocation.of(file.toUri().toString())));
    }

    private static Stream<Arguments> vectors(String fileName) throws IOException {
        Path file = VECTORS_DIR.resolve(fileName);
        assertThat(file).as("vector file (set busgen.testdata)").isRegularFile();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.stream()
                .filter(line -> !line.isBlank())
                .map(MAPPER::readTree)
                .map(vector -> Arguments.of(vector.get("id").asString(), vector));
    }

    static Stream<Arguments> validVectors() throws IOException {
        return vectors("wire-valid.jsonl");
    }

    static Stream<Arguments> decodeVectors() throws IOException {
        return vectors("wire-decode.jsonl");
    }

    static Stream<Arguments> invalidVectors() throws IOException {
        return vectors("wire-invalid.jsonl");
    }

    private static List<Error> validate(JsonNode vector, String json) {
        Schema schema = schemaFor(vector.get("kind").asString(), vector.get("routing_key").asString());
        return schema.validate(MAPPER.readTree(json));
    }

    private static void assertValid(String id, JsonNode vector, String field) {
        List<Error> errors = validate(vector, vector.get(field).asString());
        assertThat(errors)
                .as("vector %s: %s should validate, but got errors %s", id, field, errors)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validVectors")
    void validBodyValidates(String id, JsonNode vector) {
        assertValid(id, vector, "body");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decodeVectors")
    void decodableInputValidates(String id, JsonNode vector) {
        assertValid(id, vector, "input");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidVectors")
    void invalidInputIsRejected(String id, JsonNode vector) {
        String input = vector.get("input").asString();
        JsonNode instance;
        try {
            instance = MAPPER.readTree(input);
        } catch (JacksonException malformed) {
            return; // does not parse: rejected
        }
        Schema schema = schemaFor(vector.get("kind").asString(), vector.get("routing_key").asString());
        List<Error> errors = schema.validate(instance);
        if (errors.isEmpty()) {
            fail("vector %s (%s at '%s'): parses and validates with no error, but upstream rejects it",
                    id, vector.get("mutation").asString(), vector.get("path").asString());
        }
    }

    @Test
    void catalogueHoldsExactlyTheContractMessagesAndResponses() throws IOException {
        assertThat(CATALOG_DIR.resolve("catalog.json")).isRegularFile();
        assertThat(routingKeysIn("messages")).as("message files").isEqualTo(new TreeSet<>(MESSAGES));
        assertThat(routingKeysIn("responses")).as("response files").isEqualTo(new TreeSet<>(RESPONSES));
        assertRootsMatch("messages", "message");
        assertRootsMatch("responses", "response");
    }

    private static Set<String> routingKeysIn(String folder) throws IOException {
        try (Stream<Path> files = Files.list(CATALOG_DIR.resolve(folder))) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void assertRootsMatch(String folder, String kind) throws IOException {
        for (String routingKey : routingKeysIn(folder)) {
            JsonNode root = MAPPER.readTree(CATALOG_DIR.resolve(folder).resolve(routingKey + ".json").toFile());
            assertThat(root.path("x-routing-key").asString(""))
                    .as("x-routing-key of %s/%s.json", folder, routingKey)
                    .isEqualTo(routingKey);
            assertThat(root.path("x-kind").asString(""))
                    .as("x-kind of %s/%s.json", folder, routingKey)
                    .isEqualTo(kind);
        }
    }
}
