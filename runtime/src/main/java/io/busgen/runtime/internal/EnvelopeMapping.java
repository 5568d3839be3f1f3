package io.busgen.runtime.internal;

/**
 * How a type's fields map to envelope properties ({@code x-envelope}): read them out, and set them from an envelope.
 * Entry adapters have it; so do shared types that carry envelope fields (such as a catalogue's {@code Meta}), for
 * the error replies that hold them.
 *
 * @param <T> the generated type
 */
public interface EnvelopeMapping<T> {

    /**
     * The values of the fields that also travel in the envelope.
     *
     * @param value the value
     * @return its envelope fields; unset ones are null
     */
    EnvelopeFields envelopeFields(T value);

    /**
     * A copy of {@code value} whose envelope fields are set to the non-null values of {@code fields}.
     *
     * @param value the value
     * @param fields the values to set
     * @return the copy
     */
    T withEnvelopeFields(T value, EnvelopeFields fields);

    /**
     * The mapping of a type without envelope fields.
     *
     * @param <T> the type
     * @return a mapping that reads nothing and sets nothing
     */
    static <T> EnvelopeMapping<T> none() {
        return new EnvelopeMapping<>() {
            @Override
            public EnvelopeFields envelopeFields(T value) {
                return EnvelopeFields.NONE;
            }

            @Override
            public T withEnvelopeFields(T value, EnvelopeFields fields) {
                return value;
            }
        };
    }
}
