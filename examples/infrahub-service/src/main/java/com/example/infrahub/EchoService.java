package com.example.infrahub;

import io.busgen.infrahub.InfrahubCatalog;
import io.busgen.infrahub.InfrahubMessage;
import io.busgen.infrahub.SendEchoRequest;
import io.busgen.infrahub.SendEchoRequestResponse;
import io.busgen.runtime.Envelope;
import java.util.Optional;

/**
 * Answers Infrahub's {@code send.echo.request}. {@link #answer} is the service logic; {@link #handle} is what the
 * consumer of a queue bound to that routing key runs for each delivery, and {@link InfrahubServer} runs the same
 * logic on a broker. The types come from target/generated-sources/busgen: main code can use them, not only tests.
 */
public final class EchoService {

    /**
     * The response to a request.
     *
     * @throws IllegalStateException when there is nothing to echo: the caller gets upstream's error reply
     */
    public SendEchoRequestResponse answer(SendEchoRequest request) {
        return SendEchoRequestResponse.builder()
                .data(SendEchoRequestResponse.Data.builder().response(echo(request.message())).build())
                .build();
    }

    /**
     * The reply to publish for a delivery: the echo, or upstream's error reply when the request cannot be served;
     * nothing for other messages or for a request that names no reply queue.
     *
     * @throws io.busgen.runtime.DecodeException when the delivery is not a valid message of the catalogue
     */
    public Optional<Envelope> handle(Envelope delivery) {
        InfrahubMessage message = InfrahubCatalog.INSTANCE.decodeMessage(delivery);
        if (!(message instanceof SendEchoRequest request) || request.meta().replyTo() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(request.reply(answer(request)));
        } catch (RuntimeException failure) {
            // The caller gets passed: false and the failure's message, as from any Infrahub worker.
            return Optional.of(request.failureReply(failure));
        }
    }

    private static String echo(String message) {
        if (message.isBlank()) {
            throw new IllegalStateException("there is nothing to echo");
        }
        return "Reply to: " + message;
    }
}
