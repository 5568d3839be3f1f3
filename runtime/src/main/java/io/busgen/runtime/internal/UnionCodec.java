package io.busgen.runtime.internal;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeException.Reason;
import io.busgen.runtime.TypeAdapter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The adapter of a discriminated union, generated as a sealed interface: an object whose discriminator member (one
 * string property each alternative fixes with a {@code const}) says which record it is. Writing writes the record;
 * reading reads the discriminator and hands the object to the record's reader. When the discriminator is the
 * object's first member that takes one pass and holds nothing; otherwise the members before it are held, at most
 * {@link io.busgen.runtime.DecodeOptions#maxDiscriminatorLookahead} tokens, and given back to the record's reader
 * ({@link ReplayingParser}).
 *
 * @param <T> the union's interface
 */
public final class UnionCodec<T> extends GeneratedTypeAdapter<T> {

    /**
     * One alternative: the discriminator's value that selects it, its record and that record's adapter.
     *
     * @param <A> the record
     * @param value the discriminator's value
     * @param type the record
     * @param adapter the record's adapter
     */
    public record Alternative<A>(String value, Class<A> type, TypeAdapter<A> adapter) {}

    private final String discriminator;
    private final List<Alternative<? extends T>> alternatives;
    /** The values, as a JSON array, for the message of a value no alternative has. */
    private final String allowed;

    /**
     * The adapter of a union.
     *
     * @param type the union's interface
     * @param discriminator the discriminator's wire name
     * @param alternatives the alternatives, in the schema's order
     */
    public UnionCodec(Class<T> type, String discriminator, List<Alternative<? extends T>> alternatives) {
        super(type);
        this.discriminator = discriminator;
        this.alternatives = List.copyOf(alternatives);
        StringBuilder values = new StringBuilder("[");
        for (Alternative<? extends T> alternative : alternatives) {
            if (values.length() > 1) {
                values.append(',');
            }
            JsonStrings.quote(alternative.value(), values);
        }
        this.allowed = values.append(']').toString();
    }

    @Override
    public void write(JsonBodyWriter out, T value) {
        write(out, alternativeOf(value), value);
    }

    private static <A> void write(JsonBodyWriter out, Alternative<A> alternative, Object value) {
        JsonCodec.of(alternative.adapter()).write(out, alternative.type().cast(value));
    }

    @Override
    public Object dump(T value) {
        return dump(alternativeOf(value), value);
    }

    private static <A> Object dump(Alternative<A> alternative, Object value) {
        return alternative.adapter().dump(alternative.type().cast(value));
    }

    private Alternative<? extends T> alternativeOf(T value) {
        for (Alternative<? extends T> alternative : alternatives) {
            if (alternative.type().isInstance(value)) {
                return alternative;
            }
        }
        throw new IllegalArgumentException(value.getClass().getName() + " is not an alternative of "
                + type().getName());
    }

    @Override
    public T read(JsonParser parser) {
        JsonReading.beginObject(parser);
        ReplayingParser.Recording recording = new ReplayingParser.Recording();
        recording.note(parser);
        int limit = DecodeContext.optionsOf(parser).maxDiscriminatorLookahead();
        int depth = 0;
        while (true) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new DecodeException(Reason.MALFORMED_JSON, "", "the body ends inside an object");
            }
            if (depth == 0 && token == JsonToken.END_OBJECT) {
                throw JsonReading.missing(parser, discriminator);
            }
            boolean isDiscriminator = depth == 0 && token == JsonToken.PROPERTY_NAME
                    && discriminator.equals(parser.currentName());
            recording.note(parser);
            checkLookahead(parser, recording, limit);
            if (isDiscriminator) {
                parser.nextToken();
                Alternative<? extends T> alternative = alternative(parser);
                recording.note(parser);
                checkLookahead(parser, recording, limit);
                return JsonCodec.of(alternative.adapter()).read(new ReplayingParser(parser, recording));
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                depth++;
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                depth--;
            } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                JsonReading.readDecimal(parser); // an exponent no decimal holds is refused here as anywhere
            }
        }
    }

    /** Fails once the tokens held, up to the discriminator's value, are more than the decode's options allow. */
    private void checkLookahead(JsonParser parser, ReplayingParser.Recording recording, int limit) {
        if (recording.size() > limit) {
            throw new DecodeException(Reason.LIMIT_EXCEEDED, JsonReading.pointerOfValue(parser), "limit: this object"
                    + " has more than " + limit + " JSON tokens up to its discriminator \"" + discriminator + "\"'s"
                    + " value (DecodeOptions.maxDiscriminatorLookahead); write the discriminator first");
        }
    }

    /** The alternative the discriminator's value, which the parser stands on, selects. */
    private Alternative<? extends T> alternative(JsonParser parser) {
        String value = JsonReading.readString(parser);
        Alternative<? extends T> found = find(value);
        if (found == null) {
            throw JsonReading.notAllowed(parser, value, allowed);
        }
        return found;
    }

    private @Nullable Alternative<? extends T> find(String value) {
        for (Alternative<? extends T> alternative : alternatives) {
            if (alternative.value().equals(value)) {
                return alternative;
            }
        }
        return null;
    }
}
