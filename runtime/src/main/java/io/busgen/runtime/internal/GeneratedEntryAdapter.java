package io.busgen.runtime.internal;

import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.Kind;

/**
 * The base class of the adapters generated for messages and responses: an {@link EntryAdapter} that is its own
 * {@link JsonCodec} and {@link EnvelopeMapping}. Generated code implements {@code write}, {@code read}, {@code dump},
 * {@code envelopeFields} and {@code withEnvelopeFields}.
 *
 * @param <T> the generated type
 */
public abstract class GeneratedEntryAdapter<T> extends EntryAdapter<T> implements JsonCodec<T>, EnvelopeMapping<T> {

    /**
     * An entry's adapter.
     *
     * @param type the generated class
     * @param routingKey the entry's routing key
     * @param kind whether it is a message or a response
     * @param priority its catalogue priority
     * @param maxPriority the highest priority of the catalogue
     * @param fingerprint its schema fingerprint
     */
    protected GeneratedEntryAdapter(Class<T> type, String routingKey, Kind kind, int priority, int maxPriority,
            String fingerprint) {
        super(type, routingKey, kind, priority, maxPriority, fingerprint);
    }
}
