package io.busgen.runtime.internal;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeException.Reason;
import io.busgen.runtime.Envelope;
import java.util.Locale;

/**
 * What every reader of an envelope checks before its body: the content type and encoding busgen reads, and the AMQP
 * expiration (milliseconds) as the whole seconds a message's {@code meta.expiration} holds. One place for
 * {@code EntryAdapter.fromEnvelope} and busgen-rabbitmq's consumer, so both refuse the same deliveries in the same words.
 */
public final class EnvelopeContent {

    private EnvelopeContent() {
    }

    /**
     * Refuses an envelope whose body is not UTF-8 JSON.
     *
     * @param envelope the envelope
     * @throws DecodeException ({@link Reason#UNSUPPORTED_CONTENT}) naming the content type or encoding
     */
    public static void check(Envelope envelope) {
        if (!envelope.contentType().toLowerCase(Locale.ROOT).equals(Envelope.JSON)) {
            throw new DecodeException(Reason.UNSUPPORTED_CONTENT, "", "content type \"" + envelope.contentType()
                    + "\" is not supported: busgen reads application/json");
        }
        String encoding = envelope.contentEncoding().toLowerCase(Locale.ROOT);
        if (!encoding.equals(Envelope.UTF_8) && !encoding.equals("utf8")) {
            throw new DecodeException(Reason.UNSUPPORTED_CONTENT, "", "content encoding \""
                    + envelope.contentEncoding() + "\" is not supported: busgen reads utf-8");
        }
    }

    /**
     * Milliseconds (a decimal string, as AMQP's expiration) to whole seconds, rounded up.
     *
     * @param milliseconds the expiration property
     * @return the seconds
     * @throws DecodeException ({@link Reason#INVALID_ENVELOPE}) when it is not a whole, non-negative number
     */
    public static long expirationSeconds(String milliseconds) {
        try {
            long ms = Long.parseLong(milliseconds.trim());
            if (ms < 0) {
                throw new NumberFormatException();
            }
            return Math.floorDiv(ms + 999, 1000);
        } catch (NumberFormatException e) {
            throw new DecodeException(Reason.INVALID_ENVELOPE, "", "expiration \"" + milliseconds
                    + "\" is not a whole number of milliseconds");
        }
    }
}
