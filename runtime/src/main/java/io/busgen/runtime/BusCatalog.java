package io.busgen.runtime;

import io.busgen.runtime.DecodeException.Reason;
import java.util.List;
import java.util.Optional;

/**
 * A generated catalogue: every entry's adapter, looked up by routing key and kind, and decoding of envelopes by the
 * routing key they were published to.
 */
public interface BusCatalog {

    /**
     * The catalogue's name ({@code infrahub}).
     *
     * @return the name
     */
    String name();

    /**
     * The highest priority a message may have.
     *
     * @return the catalogue's {@code maxPriority}
     */
    int maxPriority();

    /**
     * Every message and response adapter, by kind then routing key.
     *
     * @return the adapters
     */
    List<EntryAdapter<?>> entries();

    /**
     * The adapter of an entry.
     *
     * @param routingKey the entry's routing key
     * @param kind whether it is a message or a response
     * @return the adapter; empty when the catalogue has no such entry
     */
    default Optional<EntryAdapter<?>> find(String routingKey, Kind kind) {
        for (EntryAdapter<?> entry : entries()) {
            if (entry.kind() == kind && entry.routingKey().equals(routingKey)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes a published message, choosing its type by the envelope's routing key.
     *
     * @param envelope the envelope received
     * @return the message, an instance of the generated class of its routing key
     * @throws DecodeException when the routing key is not in the catalogue ({@link Reason#UNKNOWN_ROUTING_KEY}) or the
     *     envelope does not decode
     */
    default Object decode(Envelope envelope) {
        return decode(envelope, Kind.MESSAGE, DecodeOptions.DEFAULTS);
    }

    /**
     * Decodes an envelope as the entry of its routing key and {@code kind}, within {@code options}.
     *
     * @param envelope the envelope received
     * @param kind whether it holds a message or a response
     * @param options the limits and rules of decoding
     * @return the message or response
     * @throws DecodeException when the routing key is not in the catalogue ({@link Reason#UNKNOWN_ROUTING_KEY}) or the
     *     envelope does not decode
     */
    default Object decode(Envelope envelope, Kind kind, DecodeOptions options) {
        EntryAdapter<?> entry = find(envelope.routingKey(), kind).orElseThrow(() -> new DecodeException(
                Reason.UNKNOWN_ROUTING_KEY, "", "routing key \"" + envelope.routingKey() + "\" names no "
                        + kind.wireName() + " of the " + name() + " catalogue"));
        return entry.fromEnvelope(envelope, options);
    }
}
