package io.busgen.generator.model;

import io.busgen.generator.EnumNames;
import java.util.Optional;

/**
 * An AMQP envelope property a field also travels in ({@code x-envelope}). {@link #EXPIRATION} is seconds in the field
 * and milliseconds, as a decimal string, in the envelope.
 */
public enum EnvelopeProperty {
    PRIORITY, HEADERS, EXPIRATION, CORRELATION_ID, REPLY_TO;

    /** The name used in schemas and on the wire: {@code priority}, {@code correlation_id}, ... */
    public String keyword() {
        return EnumNames.lowerCase(this);
    }

    public static Optional<EnvelopeProperty> fromKeyword(String keyword) {
        return EnumNames.fromLowerCase(EnvelopeProperty.class, keyword);
    }
}
