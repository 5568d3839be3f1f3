package io.busgen.rabbitmq;

import io.busgen.runtime.Envelope;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Handles the messages a bus consumes.
 *
 * <p>For a generated catalogue, dispatch by type with its visitor: {@code Handler.of(InfrahubMessage.class, m ->
 * m.accept(visitor))}, where the visitor returns the response for a request and null otherwise.
 */
@FunctionalInterface
public interface Handler {

    /**
     * Handles one message. Throwing makes it a failure: a request with a reply-to gets an {@code rpc_error} reply,
     * any other message is retried after the retry delay, up to the maximum number of retries.
     *
     * @param message the decoded message, an instance of its generated class
     * @param envelope the envelope it arrived in (routing key, properties, body)
     * @return the response to send back to a request with a reply-to; null for none
     * @throws Exception when handling failed
     */
    @Nullable Object handle(Object message, Envelope envelope) throws Exception;

    /**
     * A handler of the messages of one type, typically a catalogue's sealed message interface; a message of another
     * type fails.
     *
     * @param <M> the message type
     * @param type its class, such as {@code InfrahubMessage.class}
     * @param handler what to do with it, such as {@code m -> m.accept(visitor)}
     * @return the handler
     */
    static <M> Handler of(Class<M> type, Function<? super M, ? extends @Nullable Object> handler) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handler, "handler");
        return (message, envelope) -> {
            if (!type.isInstance(message)) {
                throw new IllegalArgumentException(envelope.routingKey() + " is a " + message.getClass().getName()
                        + ", not a " + type.getName() + ": this handler does not take it");
            }
            return handler.apply(type.cast(message));
        };
    }
}
