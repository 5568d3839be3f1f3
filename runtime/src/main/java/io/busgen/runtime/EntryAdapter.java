package io.busgen.runtime;

import io.busgen.runtime.DecodeException.Reason;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The adapter of a message or response: its codec plus what the catalogue says of it (routing key, kind, priority,
 * schema fingerprint) and how its fields map to the envelope. Generated entries carry it as {@code ADAPTER}.
 *
 * <p>Priority follows Infrahub: a published message gets its catalogue priority (or an explicit override within
 * 1..max priority), whatever the instance carries; a response (a reply) is sent with its own {@code priority} field.
 * Decoding restores the priority, headers and expiration fields from the envelope; the body's correlation id and
 * reply-to win over the envelope's.
 *
 * @param <T> the generated type
 */
public abstract class EntryAdapter<T> extends TypeAdapter<T> implements EnvelopeMapping<T> {

    private final String routingKey;
    private final Kind kind;
    private final int priority;
    private final int maxPriority;
    private final String fingerprint;

    /**
     * An entry's adapter; generated code makes one per message and response.
     *
     * @param type the generated class
     * @param routingKey the entry's routing key
     * @param kind whether it is a message or a response
     * @param priority its catalogue priority
     * @param maxPriority the highest priority of the catalogue
     * @param fingerprint its schema fingerprint
     */
    protected EntryAdapter(Class<T> type, String routingKey, Kind kind, int priority, int maxPriority,
            String fingerprint) {
        super(type);
        this.routingKey = routingKey;
        this.kind = kind;
        this.priority = priority;
        this.maxPriority = maxPriority;
        this.fingerprint = fingerprint;
    }

    /**
     * The entry's routing key.
     *
     * @return the key, such as {@code git.file.get}
     */
    public final String routingKey() {
        return routingKey;
    }

    /**
     * Whether the entry is a message or a response.
     *
     * @return its kind
     */
    public final Kind kind() {
        return kind;
    }

    /**
     * A message's catalogue priority; for a response, its request's (the priority it is documented with).
     *
     * @return the priority, from 1
     */
    public final int priority() {
        return priority;
    }

    /**
     * The highest priority of the catalogue.
     *
     * @return the catalogue's {@code maxPriority}
     */
    public final int maxPriority() {
        return maxPriority;
    }

    /**
     * The schema fingerprint (see docs/schema-dialect.md): the SHA-256 of the entry's inlined schema, which changes
     * when its wire form may.
     *
     * @return the fingerprint in hex
     */
    public final String fingerprint() {
        return fingerprint;
    }

    /**
     * The reply to {@code request}: {@code response} with the request's correlation id, as an envelope addressed to the
     * request's reply-to queue (the reply's routing key is the queue's name) with the response's own priority.
     *
     * @param <R> the response type
     * @param request the request being answered
     * @param responseType the response's adapter
     * @param response the response
     * @return the envelope to publish
     * @throws IllegalArgumentException when the request has no reply-to: there is nowhere to send a reply
     */
    public final <R> Envelope reply(T request, EntryAdapter<R> responseType, R response) {
        EnvelopeFields requestFields = envelopeFields(request);
        String replyTo = requestFields.replyTo();
        if (replyTo == null) {
            throw new IllegalArgumentException(routingKey + " request has no reply_to: there is nowhere to send"
                    + " the reply");
        }
        return responseType.replyEnvelope(response, replyTo, requestFields.correlationId());
    }

    /**
     * The reply to the request that arrived in {@code received}: {@code response} addressed to the envelope's
     * {@code reply_to} queue with its {@code correlation_id}, sent with the response's own priority. It reads only the
     * envelope's properties, so it answers a request of any catalogue, whether or not the request's schema keeps
     * these properties in fields ({@code x-envelope}).
     *
     * @param <R> the response type
     * @param received the envelope the request arrived in
     * @param responseType the response's adapter
     * @param response the response to send back
     * @return the reply's envelope
     * @throws IllegalArgumentException when the envelope has no {@code reply_to}: there is nowhere to send a reply
     */
    public final <R> Envelope reply(Envelope received, EntryAdapter<R> responseType, R response) {
        return responseType.replyEnvelope(response, replyTo(received), received.correlationId());
    }

    /** The {@code reply_to} of a request's envelope, which a reply needs. */
    final String replyTo(Envelope received) {
        String replyTo = received.replyTo();
        if (replyTo == null) {
            throw new IllegalArgumentException(routingKey + " request arrived without a reply_to property: there is"
                    + " nowhere to send the reply");
        }
        return replyTo;
    }

    /**
     * {@code value} as a reply addressed to {@code replyTo}, with {@code correlationId} both in the fields that keep it
     * (if the type has any) and in the envelope's property.
     */
    final Envelope replyEnvelope(T value, String replyTo, @Nullable String correlationId) {
        T answered = withEnvelopeFields(value, new EnvelopeFields(null, null, null, correlationId, null));
        return envelope(answered, replyTo, null, correlationId);
    }

    /**
     * The envelope of {@code value}: a message with its catalogue priority, a response with its own priority field,
     * published to this entry's routing key.
     *
     * @param value the message or response
     * @return the envelope
     */
    public final Envelope toEnvelope(T value) {
        return toEnvelope(value, routingKey, kind == Kind.MESSAGE ? Integer.valueOf(priority) : null);
    }

    /**
     * The envelope of {@code value} with an explicit priority for this send.
     *
     * @param value the message or response
     * @param priority the priority, from 1 to {@link #maxPriority()}
     * @return the envelope
     * @throws IllegalArgumentException when the priority is outside 1..{@link #maxPriority()}
     */
    public final Envelope toEnvelope(T value, int priority) {
        return toEnvelope(value, routingKey, checkPriority(priority));
    }

    /**
     * The envelope of {@code value} published to {@code routingKey} (a reply queue's name, for a reply), with the given
     * priority, or when {@code null} the entry's rule (catalogue priority for a message, the priority field for a
     * response).
     *
     * @param value the message or response
     * @param routingKey where to publish it
     * @param priority the priority, or null for the entry's rule
     * @return the envelope
     * @throws IllegalArgumentException when the priority is outside 1..{@link #maxPriority()}
     */
    public final Envelope toEnvelope(T value, String routingKey, @Nullable Integer priority) {
        return envelope(value, routingKey, priority, null);
    }

    private Envelope envelope(T value, String routingKey, @Nullable Integer priority,
            @Nullable String correlationId) {
        EnvelopeFields fields = envelopeFields(value);
        Integer effective = priority;
        if (effective == null) {
            effective = kind == Kind.MESSAGE ? Integer.valueOf(this.priority) : fields.priority();
        }
        if (effective != null) {
            checkPriority(effective);
        }
        String expiration = fields.expirationSeconds() == null ? null
                : Long.toString(Math.multiplyExact(fields.expirationSeconds(), 1000L));
        return Envelope.of(routingKey, effective,
                fields.correlationId() != null ? fields.correlationId() : correlationId, fields.replyTo(),
                fields.headers(), expiration, encode(value));
    }

    /**
     * Decodes an envelope's body as this entry, with the default {@link DecodeOptions}, and restores the envelope
     * fields from its properties.
     *
     * @param envelope the envelope received
     * @return the message or response
     * @throws DecodeException when the envelope is not UTF-8 JSON, or the body does not fit
     */
    public final T fromEnvelope(Envelope envelope) {
        return fromEnvelope(envelope, DecodeOptions.DEFAULTS);
    }

    /**
     * Decodes an envelope's body as this entry within {@code options}, and restores the envelope fields from its
     * properties.
     *
     * @param envelope the envelope received
     * @param options the limits and rules of decoding
     * @return the message or response
     * @throws DecodeException when the envelope is not UTF-8 JSON, or the body does not fit
     */
    public final T fromEnvelope(Envelope envelope, DecodeOptions options) {
        checkContent(envelope);
        T value = decode(envelope.body(), options);
        EnvelopeFields body = envelopeFields(value);
        Long expirationSeconds = envelope.expiration() == null ? null : secondsOf(envelope.expiration());
        EnvelopeFields restored = new EnvelopeFields(
                envelope.priority(),
                envelope.headers(),
                expirationSeconds,
                body.correlationId() != null ? null : envelope.correlationId(),
                body.replyTo() != null ? null : envelope.replyTo());
        return withEnvelopeFields(value, restored);
    }

    private int checkPriority(int value) {
        if (value < 1 || value > maxPriority) {
            throw new IllegalArgumentException("priority " + value + " is out of range for " + routingKey
                    + ": use 1 (lowest) to " + maxPriority + " (highest)");
        }
        return value;
    }

    static void checkContent(Envelope envelope) {
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

    /** Milliseconds (a decimal string) to whole seconds, rounded up. */
    private static long secondsOf(String milliseconds) {
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
