package io.busgen.runtime.internal;

import io.busgen.runtime.TypeAdapter;

/**
 * The base class of the adapters generated for records and enums that are not messages or responses: a
 * {@link TypeAdapter} that is its own {@link JsonCodec} and {@link EnvelopeMapping}. Generated code implements
 * {@code write}, {@code read} and {@code dump}; a type whose fields travel in the envelope ({@code x-envelope}, such
 * as the {@code meta} that error replies carry) also overrides the envelope mapping, which maps nothing here.
 *
 * @param <T> the generated type
 */
public abstract class GeneratedTypeAdapter<T> extends TypeAdapter<T> implements JsonCodec<T>, EnvelopeMapping<T> {

    /**
     * The adapter of {@code type}.
     *
     * @param type the generated class
     */
    protected GeneratedTypeAdapter(Class<T> type) {
        super(type);
    }

    /**
     * None: the type keeps no envelope property in a field, unless its adapter says otherwise.
     *
     * @param value the value
     * @return {@link EnvelopeFields#NONE}
     */
    @Override
    public EnvelopeFields envelopeFields(T value) {
        return EnvelopeFields.NONE;
    }

    /**
     * {@code value} itself: the type keeps no envelope property in a field, unless its adapter says otherwise.
     *
     * @param value the value
     * @param fields the values to set
     * @return {@code value}
     */
    @Override
    public T withEnvelopeFields(T value, EnvelopeFields fields) {
        return value;
    }
}
