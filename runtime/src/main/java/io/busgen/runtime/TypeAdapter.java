package io.busgen.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * Writes and reads the JSON of one generated type. Every generated record carries its adapter as a constant
 * ({@code Meta.ADAPTER}), so the runtime needs no reflection.
 *
 * @param <T> the generated type
 */
public abstract class TypeAdapter<T> {

    private final Class<T> type;

    protected TypeAdapter(Class<T> type) {
        this.type = type;
    }

    /** The generated class. */
    public final Class<T> type() {
        return type;
    }

    /** Writes {@code value} as one JSON value. */
    public abstract void write(JsonBodyWriter out, T value);

    /**
     * Reads one value; the parser stands on its first token and is left on its last.
     *
     * @throws DecodeException when the value does not fit the type
     */
    public abstract T read(JsonParser parser);

    /**
     * The value as plain JSON ({@link PlainJson}) with every field, nulls included, as upstream dumps a model into a
     * free-form object (an error reply's {@code initial_message}): fields that travel only in the envelope too;
     * optional fields without a default only when set.
     */
    public abstract Object dump(T value);

    /** The exact upstream bytes of {@code value}. */
    public final byte[] encode(T value) {
        JsonBodyWriter out = new JsonBodyWriter();
        write(out, value);
        return out.toByteArray();
    }

    /** The upstream JSON text of {@code value}. */
    public final String toJson(T value) {
        return new String(encode(value), StandardCharsets.UTF_8);
    }

    /**
     * Decodes a whole body with the default {@link DecodeOptions}.
     *
     * @throws DecodeException when the body is not well-formed JSON of this type, or breaks a limit
     */
    public final T decode(byte[] body) {
        return BodyDecoder.decode(body, this, DecodeOptions.DEFAULTS);
    }

    public final T decode(byte[] body, DecodeOptions options) {
        return BodyDecoder.decode(body, this, options);
    }

    /**
     * Decodes a body that must also be valid against the type's schema.
     *
     * @throws ValidationException with every violation when the body does not validate (a body that does not parse
     *     gives one violation at {@code ""})
     */
    public final T decodeValidated(byte[] body, Validator validator) {
        return decodeValidated(body, validator, DecodeOptions.DEFAULTS, false);
    }

    public final T decodeValidated(byte[] body, Validator validator, DecodeOptions options, boolean assertFormats) {
        return decodeValidated(body, validator, options, ValidationOptions.DEFAULTS.withAssertFormats(assertFormats));
    }

    /** Decodes within {@code options} a body that must be valid against the type's schema with {@code validation}. */
    public final T decodeValidated(byte[] body, Validator validator, DecodeOptions options,
            ValidationOptions validation) {
        if (validator.enforcedByDecoding() && !validation.assertFormats()) {
            // One pass: decoding enforces the whole schema; only a failure needs the full list of violations.
            try {
                return decode(body, options);
            } catch (DecodeException failure) {
                throw invalid(body, validator, options, validation, failure);
            }
        }
        List<Violation> violations = validator.validate(body, options, validation);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return decode(body, options);
    }

    private static ValidationException invalid(byte[] body, Validator validator, DecodeOptions options,
            ValidationOptions validation, DecodeException failure) {
        List<Violation> violations = validator.validate(body, options, validation);
        if (violations.isEmpty()) {
            // Valid for the schema, but not decodable into Java (an integer beyond 64 bits): say why.
            violations = List.of(new Violation(failure.pointer(), "", "decode", failure.getMessage()));
        }
        return new ValidationException(violations);
    }

    public final T fromJson(String json) {
        return decode(json.getBytes(StandardCharsets.UTF_8));
    }
}
