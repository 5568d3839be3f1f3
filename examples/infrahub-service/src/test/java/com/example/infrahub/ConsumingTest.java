package com.example.infrahub;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.busgen.infrahub.InfrahubCatalog;
import io.busgen.infrahub.InfrahubMessage;
import io.busgen.infrahub.SendEchoRequest;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.ValidationException;
import io.busgen.runtime.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Receiving: from a delivery (routing key, AMQP properties, body) to a typed message, or to what is wrong with it. */
class ConsumingTest {

    /** A delivery as an AMQP client hands it over; properties are named as the broker names them. */
    private static Envelope delivery(String routingKey, String body) {
        Map<String, Object> properties = Map.of(
                "content_type", "application/json",
                "priority", 5,
                "correlation_id", "c-7",
                "reply_to", "caller.replies");
        return Envelope.fromProperties(routingKey, properties, body.getBytes(UTF_8));
    }

    @Test
    void decodeAnyMessageByItsRoutingKey() {
        Envelope received = delivery("send.echo.request", "{\"meta\":{\"request_id\":\"r-1\"},\"message\":\"hello\"}");

        // The catalogue picks the type from the routing key the message arrived with.
        InfrahubMessage message = InfrahubCatalog.INSTANCE.decodeMessage(received);

        // InfrahubMessage is a sealed interface over the catalogue's messages: test its type (or use
        // message.accept(visitor), where every message needs a case, so a new one is a compile error).
        assertThat(message).isInstanceOf(SendEchoRequest.class);
        SendEchoRequest echo = (SendEchoRequest) message;
        assertThat(echo.message()).isEqualTo("hello");
        assertThat(echo.meta().requestId()).isEqualTo("r-1");
        // Fields that travel in the envelope are read back from it into meta.
        assertThat(echo.meta().correlationId()).isEqualTo("c-7");
        assertThat(echo.meta().replyTo()).isEqualTo("caller.replies");
        assertThat(echo.meta().priority()).isEqualTo(5);
    }

    @Test
    void aRoutingKeyOutsideTheCatalogueIsADecodeError() {
        Envelope received = delivery("send.echo.requests", "{\"message\":\"hello\"}");

        assertThatThrownBy(() -> InfrahubCatalog.INSTANCE.decodeMessage(received))
                .isInstanceOfSatisfying(DecodeException.class, e ->
                        assertThat(e.reason()).isEqualTo(DecodeException.Reason.UNKNOWN_ROUTING_KEY));
    }

    @Test
    void validateAnIncomingBodyAndPrintTheViolations() {
        // message must be a string; meta.retry_count an integer or null.
        byte[] body = "{\"meta\":{\"retry_count\":\"twice\"},\"message\":42}".getBytes(UTF_8);

        // Every violation at once, each with where in the body (a JSON pointer), what and which schema keyword.
        List<Violation> violations = SendEchoRequest.VALIDATOR.validate(body);
        violations.forEach(violation -> System.out.println("send.echo.request: " + violation));

        assertThat(violations).extracting(Violation::toString).containsExactly(
                "/meta/retry_count: must be an integer or null, not a string",
                "/message: must be a string, not an integer");
        assertThat(violations.get(1).keyword()).isEqualTo("type");
        assertThat(violations.get(1).schemaLocation())
                .isEqualTo("messages/send.echo.request.json#/properties/message/type");

        // A valid body has none.
        assertThat(SendEchoRequest.VALIDATOR.validate("{\"message\":\"hello\"}".getBytes(UTF_8))).isEmpty();
    }

    @Test
    void decodeOnlyAValidBody() {
        // decodeValidated gives the message, or a ValidationException holding every violation.
        byte[] missingMessage = "{\"meta\":{}}".getBytes(UTF_8);

        assertThatThrownBy(() -> SendEchoRequest.decodeValidated(missingMessage))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::toString)
                        .containsExactly("(root): required property \"message\" is missing"));
        assertThat(SendEchoRequest.decodeValidated("{\"message\":\"hello\"}".getBytes(UTF_8)).message())
                .isEqualTo("hello");
    }
}
