package io.busgen.runtime;

import io.busgen.runtime.DecodeException.Reason;
import java.util.List;
import java.util.Optional;

/**
 * A generated catalogue: every entry's adapter, looked up by routing key and kind, and decoding of envelopes by the
 * routing key they were published to.
 */
public interface BusCatalog {

    /** The catalogue's name ({@code infrahub}). */
    String name();

    /** The highest priority a message may have. */
    int maxPriority();

    /** Every message and response adapter, by kind then routing key. */
    List<EntryAdapter<?>> entries();

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
     * @throws DecodeException when the routing key is not in the catalogue ({@link Reason#UNKNOWN_ROUTING_KEY}) or
     *     the envelope does not decode
     */
    default Object decode(Envelope envelope) {
        return decode(envelope, Kind.MESSAGE, DecodeOptions.DEFAULTS);
    }

    default Object decode(Envelope envelope, Kind kind, DecodeOptions options) {
        EntryAdapter<?> entry = find(envelope.routingKey(), kind).orElseThrow(() -> new DecodeException(
                Reason.UNKNOWN_ROUTING_KEY, "", "routing key \"" + envelope.routingKey() + "\" names no "
                        + kind.wireName() + " of the " + name() + " catalogue"));
        return entry.fromEnvelope(envelope, options);
    }
}
