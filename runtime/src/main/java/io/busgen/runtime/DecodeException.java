package io.busgen.runtime;

/**
 * A body or envelope that cannot be decoded: why ({@link Reason}), where (a JSON pointer into the body, {@code ""}
 * for the whole body), and a readable message. Decoding never hands out a partly built object.
 */
public final class DecodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why decoding failed. */
    public enum Reason {
        /** The body is not well-formed JSON. */
        MALFORMED_JSON,
        /** The body is not valid UTF-8. */
        INVALID_UTF8,
        /** Something follows the body's JSON value. */
        TRAILING_DATA,
        /** A required property is absent; the pointer names the missing property itself. */
        MISSING_PROPERTY,
        /** A value has the wrong JSON type. */
        WRONG_TYPE,
        /** A property that may not be null is null. */
        NULL_VALUE,
        /** A value has the right type but is not allowed (an unknown enum value, an integer out of range). */
        INVALID_VALUE,
        /** The routing key names no entry of the catalogue. */
        UNKNOWN_ROUTING_KEY,
        /** The envelope says the body is something other than UTF-8 JSON. */
        UNSUPPORTED_CONTENT,
        /** An envelope property cannot be read (such as an expiration that is not a number). */
        INVALID_ENVELOPE,
        /** The input exceeds a configured limit (size, nesting, string or number length, collection size). */
        LIMIT_EXCEEDED,
        /** The same property appears twice in one object and the decoder is strict about it. */
        DUPLICATE_PROPERTY
    }

    /** Why decoding failed. */
    private final Reason reason;
    /** Where in the body, as a JSON pointer. */
    private final String pointer;

    /**
     * A failure to decode. It has no stack trace: it describes the input, not the code.
     *
     * @param reason why decoding failed
     * @param pointer where in the body, as a JSON pointer ({@code ""} for the whole body)
     * @param message what is wrong, one line
     */
    public DecodeException(Reason reason, String pointer, String message) {
        // No stack trace: the exception describes the input, not the code, and hostile input must stay cheap.
        super(message, null, true, false);
        this.reason = reason;
        this.pointer = pointer;
    }

    /**
     * A failure to decode, caused by another exception.
     *
     * @param reason why decoding failed
     * @param pointer where in the body, as a JSON pointer ({@code ""} for the whole body)
     * @param message what is wrong, one line
     * @param cause the exception that revealed it
     */
    public DecodeException(Reason reason, String pointer, String message, Throwable cause) {
        super(message, cause, true, false);
        this.reason = reason;
        this.pointer = pointer;
    }

    /**
     * Why decoding failed.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Where in the body the problem is, as a JSON pointer ({@code ""} for the whole body).
     *
     * @return the pointer
     */
    public String pointer() {
        return pointer;
    }

    @Override
    public String toString() {
        return "DecodeException[" + reason + " at \"" + pointer + "\": " + getMessage() + "]";
    }
}
