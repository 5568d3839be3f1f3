package io.busgen.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.Kind;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Decoding and validation word a refusal alike (docs/validators.md, "What a violation says"): for every body upstream
 * rejects ({@code wire-invalid.jsonl}), the decoder's message is the message of one of the validator's violations.
 * They differ in one thing only, by design: a missing property is located at the property by the decoder (as the
 * vectors locate it) and at the object that lacks it by the validator (as JSON Schema's output format and networknt
 * do).
 */
class MessageWordingAgreementTest {

    static Stream<Arguments> invalid() {
        return WireVectors.arguments("wire-invalid.jsonl");
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("invalid")
    void theDecoderAndTheValidatorSayTheSameThing(JsonNode vector) throws ReflectiveOperationException {
        Kind kind = vector.get("kind").asString().equals("response") ? Kind.RESPONSE : Kind.MESSAGE;
        assertSameWording(vector.get("routing_key").asString(), kind, vector.get("input").asString(),
                vector.get("mutation").asString());
    }

    static Stream<Arguments> handWritten() {
        return Stream.of(
                Arguments.argumentSet("1.0 is an integer to both", "send.echo.request", "{\"message\": 1.0}",
                        "/message: must be a string, not an integer"),
                Arguments.argumentSet("a nullable field names null", "send.echo.request",
                        "{\"message\": \"m\", \"meta\": {\"request_id\": \"r\", \"retry_count\": \"3\"}}",
                        "/meta/retry_count: must be an integer or null, not a string"),
                Arguments.argumentSet("an integer beyond a long, written as a decimal", "send.echo.request",
                        "{\"message\": \"m\", \"meta\": {\"request_id\": \"r\", \"retry_count\": 1e19}}",
                        "/meta/retry_count: must be an integer from -9223372036854775808 to 9223372036854775807 (a Java"
                                + " long), not 1e+19"),
                Arguments.argumentSet("an integer beyond a long", "send.echo.request",
                        "{\"message\": \"m\", \"meta\": {\"request_id\": \"r\", \"retry_count\":"
                                + " 9223372036854775808}}",
                        "/meta/retry_count: must be an integer from -9223372036854775808 to 9223372036854775807 (a Java"
                                + " long), not 9223372036854775808"),
                Arguments.argumentSet("an unlisted enum value, quoted short", "request.proposed_change.pipeline",
                        "{\"check_type\": \"ghp_Secret123abcdefghijklmnopqrstuvwxyz\"}",
                        "/check_type: must be one of [\"artifact\",\"data\",\"generator\",\"repository\",\"schema\","
                                + "\"test\",\"user\",\"all\"], not \"ghp_Secret123abcdef..."));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("handWritten")
    void theDecoderAndTheValidatorSayTheSameThingAboutNumbersNullsAndEnums(String routingKey, String body,
            String expected) throws ReflectiveOperationException {
        assertThat(assertSameWording(routingKey, Kind.MESSAGE, body, "a hand-written body")).isEqualTo(expected);
    }

    /** Checks that the decoder's refusal is one of the validator's violations; returns it as {@code pointer: message}. */
    private static String assertSameWording(String routingKey, Kind kind, String input, String what)
            throws ReflectiveOperationException {
        EntryAdapter<?> adapter = InfrahubCatalog.INSTANCE.find(routingKey, kind).orElseThrow();
        Validator validator = (Validator) adapter.type().getField("VALIDATOR").get(null);
        byte[] body = input.getBytes(StandardCharsets.UTF_8);

        DecodeException refusal = catchThrowableOfType(DecodeException.class, () -> adapter.decode(body));
        List<Violation> violations = validator.validate(body);

        String decoderPointer = refusal.pointer();
        String validatorPointer = refusal.reason() == DecodeException.Reason.MISSING_PROPERTY
                ? decoderPointer.substring(0, decoderPointer.lastIndexOf('/')) : decoderPointer;
        assertThat(violations).as("the violations of %s", what)
                .extracting(v -> v.instanceLocation() + ": " + v.message())
                .contains(validatorPointer + ": " + refusal.getMessage());
        return decoderPointer + ": " + refusal.getMessage();
    }
}
