package io.busgen.runtime.internal;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.TypeAdapter;
import tools.jackson.core.JsonParser;

/**
 * How a {@link TypeAdapter} writes and reads JSON: what every adapter class implements beside extending
 * {@code TypeAdapter} (its constructor refuses one that does not), and what generated adapters call on each other
 * through {@link #of}. It is here, not on {@code TypeAdapter}, so that Jackson's parser and the writer stay out of the
 * runtime's API; not an API itself ({@link io.busgen.runtime.internal}).
 *
 * @param <T> the type read and written
 */
public interface JsonCodec<T> extends JsonReading.ElementReader<T> {

    /**
     * Writes {@code value} as one JSON value.
     *
     * @param out the writer
     * @param value the value
     */
    void write(JsonBodyWriter out, T value);

    /**
     * Reads one value; the parser stands on its first token and is left on its last.
     *
     * @param parser the parser
     * @return the value
     * @throws DecodeException when the value does not fit the type
     */
    @Override
    T read(JsonParser parser);

    /**
     * The codec of {@code adapter}: every adapter is its own codec. Generated code reads and writes a nested type
     * through it ({@code JsonCodec.of(Address.ADAPTER).read(parser)}); on a constant adapter the call is a direct one
     * once compiled.
     *
     * @param <T> the type read and written
     * @param adapter the adapter
     * @return the same object, as its codec
     */
    @SuppressWarnings("unchecked") // TypeAdapter's constructor admits only a JsonCodec of its own type
    static <T> JsonCodec<T> of(TypeAdapter<T> adapter) {
        return (JsonCodec<T>) adapter;
    }
}
