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

    /**
     * An adapter of {@code type}; generated code makes one per type.
     *
     * @param type the generated class
     */
    protected TypeAdapter(Class<T> type) {
        this.type = type;
    }

    /**
     * The generated class.
     *
     * @return the class this adapter reads and writes
     */
    public final Class<T> type() {
        return type;
    }

    /**
     * Writes {@code value} as one JSON value.
     *
     * @param out the writer
     * @param value the value
     */
    public abstract void write(JsonBodyWriter out, T value);

    /**
     * Reads one value; the parser stands on its first token and is left on its last.
     *
     * @param parser the parser
     * @return the value
     * @throws DecodeException when the value does not fit the type
     */
    public abstract T read(JsonParser parser);

    /**
     * The value as plain JSON ({@link PlainJson}) with every field, nulls included, as Infrahub dumps a model into a
     * free-form object (an error reply's {@code initial_message}): fields that travel only in the envelope too;
     * optional fields without a default only when set.
     *
     * @param value the value
     * @return its plain JSON form
     */
    public abstract Object dump(T value);

    /**
     * The exact Infrahub bytes of {@code value}.
     *
     * @param value the value
     * @return its compact UTF-8 JSON
     */
    public final byte[] encode(T value) {
        JsonBodyWriter out = new JsonBodyWriter();
        write(out, value);
        return out.toByteArray();
    }

    /**
     * The Infrahub JSON text of {@code value}.
     *
     * @param value the value
     * @return the text of {@link #encode}
     */
    public final String toJson(T value) {
        return new String(encode(value), StandardCharsets.UTF_8);
    }

    /**
     * Decodes a whole body with the default {@link DecodeOptions}.
     *
     * @param body the body's bytes
     * @return the value
     * @throws DecodeException when the body is not well-formed JSON of this type, or breaks a limit
     */
    public final T decode(byte[] body) {
        return BodyDecoder.decode(body, this, DecodeOptions.DEFAULTS);
    }

    /**
     * Decodes a whole body within {@code options}.
     *
     * @param body the body's bytes
     * @param options the limits and rules of decoding
     * @return the value
     * @throws DecodeException when the body is not well-formed JSON of this type, or breaks a limit
     */
    public final T decode(byte[] body, DecodeOptions options) {
        return BodyDecoder.decode(body, this, options);
    }

    /**
     * Decodes a body that must also be valid against the type's schema.
     *
     * @param body the body's bytes
     * @param validator the type's validator ({@code VALIDATOR} of the generated class)
     * @return the value
     * @throws ValidationException with every violation when the body does not validate (a body that does not parse
     *     gives one violation at {@code ""})
     */
    public final T decodeValidated(byte[] body, Validator validator) {
        return decodeValidated(body, validator, DecodeOptions.DEFAULTS, false);
    }

    /**
     * Decodes within {@code options} a body that must be valid against the type's schema.
     *
     * @param body the body's bytes
     * @param validator the type's validator
     * @param options the limits and rules of decoding
     * @param assertFormats whether {@code format} keywords are assertions
     * @return the value
     * @throws ValidationException with every violation when the body does not validate
     */
    public final T decodeValidated(byte[] body, Validator validator, DecodeOptions options, boolean assertFormats) {
        return decodeValidated(body, validator, options, ValidationOptions.DEFAULTS.withAssertFormats(assertFormats));
    }

    /**
     * Decodes within {@code options} a body that must be valid against the type's schema with {@code validation}. When
     * decoding enforces the whole schema ({@link Validator#enforcedByDecoding}), a valid body is parsed once.
     *
     * @param body the body's bytes
     * @param validator the type's validator
     * @param options the limits and rules of decoding
     * @param validation the options of validation
     * @return the value
     * @throws ValidationException with every violation when the body does not validate
     */
    public final T decodeValidated(byte[] body, Validator validator, DecodeOptions options,
            ValidationOptions validation) {
        if (validator.enforcedByDecoding() && !validation.assertFormats()) {
            // One pass: decoding enforces the whole schema; only a failure needs the full list of violations, which
            // the validator's streaming pass gives (it also settles duplicate keys, so decoding does not read the
            // body again for them first).
            DecodeException failure;
            try {
                return BodyDecoder.tryDecode(body, this, options);
            } catch (DecodeException e) {
                failure = e;
            }
            List<Violation> violations = validator instanceof GeneratedValidator generated
                    ? generated.validate(body, options, validation, BodyDecoder.readAgainForDuplicates(failure))
                    : validator.validate(body, options, validation);
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            // Valid: a later duplicate key replaced the value decoding refused, or the body is valid for the schema
            // but not decodable into Java (an integer beyond 64 bits), which the full decode says.
            return decodeOrRefuse(body, options);
        }
        List<Violation> violations = validator.validate(body, options, validation);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return decodeOrRefuse(body, options);
    }

    private T decodeOrRefuse(byte[] body, DecodeOptions options) {
        try {
            return decode(body, options);
        } catch (DecodeException failure) {
            throw new ValidationException(List.of(new Violation(failure.pointer(), "", "decode",
                    failure.getMessage())));
        }
    }

    /**
     * Decodes a JSON text with the default {@link DecodeOptions}.
     *
     * @param json the text
     * @return the value
     * @throws DecodeException when the text is not well-formed JSON of this type, or breaks a limit
     */
    public final T fromJson(String json) {
        return decode(json.getBytes(StandardCharsets.UTF_8));
    }
}
