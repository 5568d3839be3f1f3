package com.example.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.busgen.infrahub.Meta;
import io.busgen.infrahub.SendEchoRequest;
import io.busgen.infrahub.SendEchoRequestResponse;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.ErrorReply;
import io.busgen.runtime.Reply;
import org.junit.jupiter.api.Test;

/**
 * Requests that have a response in the catalogue (send.echo.request has one): answering them, and reading the
 * answer on the asking side, whether it is the response or upstream's error reply ({@code rpc_error}).
 */
class RequestReplyTest {

    /** A request as the serving side decoded it: the asker set a reply queue and a correlation id. */
    private static final SendEchoRequest REQUEST = SendEchoRequest.builder()
            .message("ping")
            .meta(Meta.builder().correlationId("c-42").replyTo("asker.replies").build())
            .build();

    @Test
    void answerARequestWithItsResponse() {
        SendEchoRequestResponse response = SendEchoRequestResponse.builder()
                .data(SendEchoRequestResponse.Data.builder().response("pong").build())
                .build();

        // The reply goes to the request's reply_to queue, with the request's correlation id.
        Envelope reply = REQUEST.reply(response);

        assertThat(reply.routingKey()).as("the reply queue, not a catalogue key").isEqualTo("asker.replies");
        assertThat(reply.correlationId()).isEqualTo("c-42");
        assertThat(reply.priority()).as("a response keeps its own meta.priority, 3 unless set").isEqualTo(3);
        assertThat(reply.bodyText()).isEqualTo("{\"meta\":{\"request_id\":\"\",\"correlation_id\":\"c-42\"},"
                + "\"passed\":true,\"routing_key\":\"send.echo.request\",\"data\":{\"response\":\"pong\"},"
                + "\"errors\":[]}");

        // The asker decodes what arrives on its reply queue.
        Reply<SendEchoRequestResponse> answer = SendEchoRequest.decodeReply(reply);
        assertThat(answer.failed()).isFalse();
        assertThat(answer.response().data().response()).isEqualTo("pong");
    }

    @Test
    void handleAnRpcErrorReply() {
        // When serving the request fails, the server answers with upstream's generic error reply...
        Envelope errorReply = REQUEST.failureReply(new IllegalStateException("the echo service is shutting down"));
        assertThat(errorReply.routingKey()).isEqualTo("asker.replies");
        assertThat(errorReply.correlationId()).isEqualTo("c-42");

        // ... which the asker's decodeReply recognises by its body's routing_key, rpc_error.
        Reply<SendEchoRequestResponse> answer = SendEchoRequest.decodeReply(errorReply);

        assertThat(answer.failed()).isTrue();
        ErrorReply<?> error = answer.error();
        assertThat(error.passed()).isFalse();
        assertThat(error.routingKey()).isEqualTo("rpc_error");
        assertThat(error.errors()).containsExactly("the echo service is shutting down");
        // The failed request comes back as a plain JSON object, every field included.
        assertThat(error.initialMessage()).containsEntry("message", "ping");

        // Either case in one expression; response() on an error reply throws, naming the errors.
        String shown = answer.fold(ok -> ok.data().response(), failed -> "failed: " + failed.errors());
        assertThat(shown).isEqualTo("failed: [the echo service is shutting down]");
        assertThatThrownBy(answer::response)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the request failed: the echo service is shutting down");
    }

    @Test
    void theEchoServiceAnswersAndFails() {
        EchoService service = new EchoService();

        Envelope reply = service.handle(REQUEST.toEnvelope()).orElseThrow();
        assertThat(SendEchoRequest.decodeReply(reply).response().data().response()).isEqualTo("Reply to: ping");

        SendEchoRequest blank = REQUEST.toBuilder().message(" ").build();
        Envelope failed = service.handle(blank.toEnvelope()).orElseThrow();
        assertThat(SendEchoRequest.decodeReply(failed).error().errors()).containsExactly("there is nothing to echo");

        SendEchoRequest nowhereToReply = REQUEST.toBuilder().meta(Meta.builder().build()).build();
        assertThat(service.handle(nowhereToReply.toEnvelope())).isEmpty();
    }
}
