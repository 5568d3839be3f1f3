package io.busgen.infrahub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The upstream wire vectors, copied into the repository's {@code testdata/vectors/}. */
final class WireVectors {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private WireVectors() {}

    static Path folder() {
        String configured = System.getProperty("busgen.testdata");
        Path testdata = configured != null ? Path.of(configured) : Path.of("..", "testdata");
        return testdata.resolve("vectors");
    }

    static List<JsonNode> read(String file) {
        try (Stream<String> lines = Files.lines(folder().resolve(file), StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank()).map(JSON::readTree).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One JUnit argument per vector, named by its id. */
    static Stream<Arguments> arguments(String file) {
        return read(file).stream().map(v -> Arguments.argumentSet(v.get("id").asString(), v));
    }

    static Map<String, Object> map(JsonNode node) {
        return JSON.convertValue(node, new TypeReference<Map<String, Object>>() {});
    }

    /** A JSON value compared as JSON: numbers by value whatever their Java type. */
    static JsonNode normalized(Object value) {
        return JSON.readTree(JSON.writeValueAsString(value));
    }

    /** The meta of a vector's {@code meta_full}: every field, transport-only ones included. */
    static Meta metaFrom(JsonNode full) {
        return Meta.builder()
                .requestId(full.get("request_id").asString())
                .correlationId(full.get("correlation_id").isNull() ? null : full.get("correlation_id").asString())
                .replyTo(full.get("reply_to").isNull() ? null : full.get("reply_to").asString())
                .initiatorId(full.get("initiator_id").isNull() ? null : full.get("initiator_id").asString())
                .retryCount(full.get("retry_count").isNull() ? null : full.get("retry_count").asLong())
                .headers(full.get("headers").isNull() ? null : WireVectors.map(full.get("headers")))
                .validatorExecutionId(full.get("validator_execution_id").isNull() ? null
                        : full.get("validator_execution_id").asString())
                .checkExecutionId(full.get("check_execution_id").isNull() ? null
                        : full.get("check_execution_id").asString())
                .priority(full.get("priority").asLong())
                .expiration(full.get("expiration").isNull() ? null : full.get("expiration").asLong())
                .build();
    }
}
