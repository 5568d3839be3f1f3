package io.busgen.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The generated codecs against every upstream wire vector: byte for byte, property for property. */
class WireFidelityTest {

    static Stream<Arguments> valid() {
        return WireVectors.arguments("wire-valid.jsonl");
    }

    static Stream<Arguments> decode() {
        return WireVectors.arguments("wire-decode.jsonl");
    }

    static Stream<Arguments> invalid() {
        return WireVectors.arguments("wire-invalid.jsonl");
    }

    private static EntryAdapter<?> adapterFor(JsonNode vector) {
        Kind kind = vector.get("kind").asString().equals("response") ? Kind.RESPONSE : Kind.MESSAGE;
        String routingKey = vector.get("routing_key").asString();
        return InfrahubCatalog.INSTANCE.find(routingKey, kind).orElseThrow(
                () -> new AssertionError("no " + kind + " " + routingKey + " in the catalogue"));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("valid")
    void decodingAndEncodingAValidMessageGivesUpstreamsBytesAndProperties(JsonNode vector) {
        EntryAdapter<?> adapter = adapterFor(vector);
        Map<String, Object> properties = WireVectors.map(vector.get("properties"));
        byte[] body = vector.get("body").asString().getBytes(StandardCharsets.UTF_8);
        Envelope received = Envelope.fromProperties(adapter.routingKey(), properties, body);

        Envelope sent = roundTrip(adapter, received);

        assertThat(sent.bodyText()).isEqualTo(vector.get("body").asString());
        assertThat(WireVectors.normalized(sent.properties())).isEqualTo(vector.get("properties"));
        assertThat(metaOf(adapter.fromEnvelope(received))).isEqualTo(WireVectors.metaFrom(vector.get("meta_full")));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("decode")
    void aNonCanonicalBodyIsReencodedAsUpstreamDoes(JsonNode vector) {
        EntryAdapter<?> adapter = adapterFor(vector);
        byte[] input = vector.get("input").asString().getBytes(StandardCharsets.UTF_8);

        assertThat(reencode(adapter, input)).isEqualTo(vector.get("canonical_body").asString());
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("invalid")
    void anInvalidBodyFailsWithItsPointer(JsonNode vector) {
        EntryAdapter<?> adapter = adapterFor(vector);
        byte[] input = vector.get("input").asString().getBytes(StandardCharsets.UTF_8);

        DecodeException error = catchThrowableOfType(DecodeException.class, () -> adapter.decode(input));

        assertThat(error).as("decoding %s", vector.get("mutation")).isNotNull();
        assertThat(error.pointer()).isEqualTo(vector.get("path").asString());
        DecodeException.Reason expected = switch (vector.get("mutation").asString()) {
            case "missing-field" -> DecodeException.Reason.MISSING_PROPERTY;
            case "null-value" -> DecodeException.Reason.NULL_VALUE;
            case "bad-enum-value" -> DecodeException.Reason.INVALID_VALUE;
            case "malformed-json" -> parsesAsJson(input)
                    // Well-formed JSON that is no object ([], "text", null) is a body of the wrong type.
                    ? (vector.get("input").asString().equals("null") ? DecodeException.Reason.NULL_VALUE
                            : DecodeException.Reason.WRONG_TYPE)
                    : DecodeException.Reason.MALFORMED_JSON;
            default -> DecodeException.Reason.WRONG_TYPE;
        };
        assertThat(error.reason()).isEqualTo(expected);
        assertThat(error.getMessage()).isNotBlank();
    }

    private static boolean parsesAsJson(byte[] input) {
        try {
            WireVectors.JSON.readTree(input);
            return true;
        } catch (tools.jackson.core.JacksonException e) {
            return false;
        }
    }

    private static <T> Envelope roundTrip(EntryAdapter<T> adapter, Envelope received) {
        return adapter.toEnvelope(adapter.fromEnvelope(received));
    }

    private static <T> String reencode(EntryAdapter<T> adapter, byte[] input) {
        return new String(adapter.encode(adapter.decode(input)), StandardCharsets.UTF_8);
    }

    /** Every message and response of the catalogue carries meta. */
    private static Meta metaOf(Object message) {
        try {
            return (Meta) message.getClass().getMethod("meta").invoke(message);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(message.getClass() + " has no meta()", e);
        }
    }

}
