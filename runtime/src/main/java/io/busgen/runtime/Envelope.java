package io.busgen.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message as the broker carries it (AMQP 0-9-1): the routing key it is published to, the basic properties the
 * Infrahub publisher sets, and the body bytes.
 *
 * @param routingKey where it is published: a catalogue routing key, or a reply queue's name for a reply
 * @param priority the {@code priority} property (1 = lowest)
 * @param contentType the {@code content_type} property, {@code application/json}
 * @param contentEncoding the {@code content_encoding} property, {@code utf-8}
 * @param correlationId the {@code correlation_id} property, if set
 * @param replyTo the {@code reply_to} property, if set
 * @param headers the {@code headers} table, if set: plain JSON values ({@link PlainJson})
 * @param expiration the {@code expiration} property, if set: milliseconds as a decimal string
 * @param body the body: UTF-8 JSON
 */
public record Envelope(
        String routingKey,
        @Nullable Integer priority,
        String contentType,
        String contentEncoding,
        @Nullable String correlationId,
        @Nullable String replyTo,
        @Nullable Map<String, @Nullable Object> headers,
        @Nullable String expiration,
        byte[] body) {

    /** The content type of every message: {@value}. */
    public static final String JSON = "application/json";

    /** The content encoding of every message: {@value}. */
    public static final String UTF_8 = "utf-8";

    /**
     * An envelope; the headers and body are copied, so that it cannot change.
     *
     * @param routingKey where it is published
     * @param priority the {@code priority} property, or null
     * @param contentType the {@code content_type} property
     * @param contentEncoding the {@code content_encoding} property
     * @param correlationId the {@code correlation_id} property, or null
     * @param replyTo the {@code reply_to} property, or null
     * @param headers the {@code headers} table, or null
     * @param expiration the {@code expiration} property in milliseconds, or null
     * @param body the body
     * @throws NullPointerException when the routing key, content type or content encoding is null
     */
    public Envelope {
        Objects.requireNonNull(routingKey, "routingKey");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(contentEncoding, "contentEncoding");
        headers = headers == null ? null : PlainJson.freezeObject(headers);
        body = body.clone();
    }

    /**
     * An envelope with Infrahub's content type and encoding.
     *
     * @param routingKey where it is published
     * @param priority the {@code priority} property, or null
     * @param correlationId the {@code correlation_id} property, or null
     * @param replyTo the {@code reply_to} property, or null
     * @param headers the {@code headers} table, or null
     * @param expiration the {@code expiration} property in milliseconds, or null
     * @param body the body
     * @return the envelope
     */
    public static Envelope of(String routingKey, @Nullable Integer priority, @Nullable String correlationId,
            @Nullable String replyTo, @Nullable Map<String, @Nullable Object> headers, @Nullable String expiration,
            byte[] body) {
        return new Envelope(routingKey, priority, JSON, UTF_8, correlationId, replyTo, headers, expiration, body);
    }

    /**
     * An envelope from AMQP properties named as the broker names them ({@code content_type}, {@code priority}, {@code
     * correlation_id}, {@code reply_to}, {@code headers}, {@code expiration}, ...); absent properties are unset.
     * Properties busgen does not use are ignored.
     *
     * @param routingKey the routing key it was delivered with
     * @param properties its basic properties
     * @param body its body
     * @return the envelope
     */
    public static Envelope fromProperties(String routingKey, Map<String, ?> properties, byte[] body) {
        Object priority = properties.get("priority");
        Object headers = properties.get("headers");
        Map<String, @Nullable Object> headerMap = null;
        if (headers instanceof Map<?, ?> map) {
            headerMap = PlainJson.freezeObject(map);
        }
        Object contentType = properties.get("content_type");
        Object contentEncoding = properties.get("content_encoding");
        return new Envelope(routingKey,
                priority instanceof Number n ? Integer.valueOf(n.intValue()) : null,
                contentType == null ? JSON : contentType.toString(),
                contentEncoding == null ? UTF_8 : contentEncoding.toString(),
                stringOrNull(properties.get("correlation_id")),
                stringOrNull(properties.get("reply_to")),
                headerMap,
                stringOrNull(properties.get("expiration")),
                body);
    }

    private static @Nullable String stringOrNull(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * The body bytes.
     *
     * @return a copy of them
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body as text.
     *
     * @return the body decoded as UTF-8
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The AMQP properties Infrahub sets, in Infrahub's order and spelling: {@code content_type}, {@code
     * content_encoding}, {@code priority}, then {@code correlation_id}, {@code reply_to}, {@code headers}, {@code
     * expiration} when they are set.
     *
     * @return the properties, to hand to an AMQP client
     */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("content_type", contentType);
        properties.put("content_encoding", contentEncoding);
        if (priority != null) {
            properties.put("priority", priority);
        }
        if (correlationId != null) {
            properties.put("correlation_id", correlationId);
        }
        if (replyTo != null) {
            properties.put("reply_to", replyTo);
        }
        if (headers != null) {
            properties.put("headers", headers);
        }
        if (expiration != null) {
            properties.put("expiration", expiration);
        }
        return Collections.unmodifiableMap(properties);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Envelope that
                && routingKey.equals(that.routingKey)
                && Objects.equals(priority, that.priority)
                && contentType.equals(that.contentType)
                && contentEncoding.equals(that.contentEncoding)
                && Objects.equals(correlationId, that.correlationId)
                && Objects.equals(replyTo, that.replyTo)
                && Objects.equals(headers, that.headers)
                && Objects.equals(expiration, that.expiration)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(routingKey, priority, contentType, contentEncoding, correlationId, replyTo, headers,
                expiration, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "Envelope[routingKey=" + routingKey + ", properties=" + properties() + ", body=" + bodyText() + "]";
    }
}
