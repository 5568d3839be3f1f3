package io.busgen.runtime.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values of a message's fields that also travel in the envelope ({@code x-envelope}), wherever in the message
 * they are (for Infrahub, all in {@code meta}). A {@code null} is a field that is unset, or that the type lacks.
 *
 * @param priority the {@code priority} field
 * @param headers the {@code headers} field
 * @param expirationSeconds the {@code expiration} field, in seconds (the envelope carries milliseconds)
 * @param correlationId the {@code correlation_id} field
 * @param replyTo the {@code reply_to} field
 */
public record EnvelopeFields(
        @Nullable Integer priority,
        @Nullable Map<String, @Nullable Object> headers,
        @Nullable Long expirationSeconds,
        @Nullable String correlationId,
        @Nullable String replyTo) {

    /** No envelope field set. */
    public static final EnvelopeFields NONE = new EnvelopeFields(null, null, null, null, null);

    /**
     * A priority field's value as an envelope priority.
     *
     * @param value the field's value, or null
     * @return the priority, or null
     * @throws ArithmeticException when it does not fit an int (no AMQP priority does)
     */
    public static @Nullable Integer priorityOf(@Nullable Long value) {
        return value == null ? null : Math.toIntExact(value);
    }
}
