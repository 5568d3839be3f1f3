package io.busgen.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.LongString;
import io.busgen.runtime.Envelope;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Envelopes to AMQP properties and back, and the checks that come before anything is sent. */
final class AmqpValues {

    /** AMQP 0-9-1's short string: routing keys, correlation ids, reply-to, expiration, header names. */
    static final int SHORT_STRING = 255;

    /** The longest per-message TTL RabbitMQ accepts, in milliseconds. */
    static final long MAX_EXPIRATION = 4_294_967_295L;

    private AmqpValues() {}

    /** The AMQP properties of an envelope, with extra headers merged in and the message id set (when not null). */
    static AMQP.BasicProperties properties(Envelope envelope, @Nullable Map<String, Object> extraHeaders,
            @Nullable String messageId) {
        Map<String, Object> headers = null;
        if (envelope.headers() != null || extraHeaders != null) {
            headers = new LinkedHashMap<>();
            if (envelope.headers() != null) {
                for (Map.Entry<String, @Nullable Object> e : envelope.headers().entrySet()) {
                    headers.put(e.getKey(), toAmqp(e.getValue()));
                }
            }
            if (extraHeaders != null) {
                headers.putAll(extraHeaders);
            }
        }
        return new AMQP.BasicProperties.Builder()
                .contentType(envelope.contentType())
                .contentEncoding(envelope.contentEncoding())
                .priority(envelope.priority())
                .correlationId(envelope.correlationId())
                .replyTo(envelope.replyTo())
                .headers(headers)
                .expiration(envelope.expiration())
                .messageId(messageId)
                .build();
    }

    /**
     * Why an envelope cannot be sent as it is, or null when it can: every short string within 255 bytes, the
     * expiration a whole number of milliseconds RabbitMQ accepts.
     */
    static @Nullable String problem(Envelope envelope, String what) {
        String tooLong = tooLong("routing key", envelope.routingKey());
        if (tooLong == null) {
            tooLong = tooLong("correlation_id", envelope.correlationId());
        }
        if (tooLong == null) {
            tooLong = tooLong("reply_to", envelope.replyTo());
        }
        if (tooLong == null) {
            tooLong = tooLong("content_type", envelope.contentType());
        }
        if (tooLong == null) {
            tooLong = tooLong("content_encoding", envelope.contentEncoding());
        }
        if (tooLong == null && envelope.headers() != null) {
            for (String name : envelope.headers().keySet()) {
                tooLong = tooLong("header name \"" + name.substring(0, Math.min(name.length(), 40)) + "...\"",
                        name);
                if (tooLong != null) {
                    break;
                }
            }
        }
        if (tooLong != null) {
            return what + ": " + tooLong;
        }
        String expiration = envelope.expiration();
        if (expiration != null) {
            boolean digits = !expiration.isEmpty() && expiration.length() <= 10
                    && expiration.chars().allMatch(c -> c >= '0' && c <= '9');
            if (!digits || Long.parseLong(expiration) > MAX_EXPIRATION) {
                return what + ": expiration \"" + excerpt(expiration) + "\" is not a whole number of milliseconds"
                        + " from 0 to " + MAX_EXPIRATION + " (RabbitMQ's limit): set meta.expiration to at most "
                        + MAX_EXPIRATION / 1000 + " seconds";
            }
        }
        return null;
    }

    private static @Nullable String tooLong(String name, @Nullable String value) {
        if (value == null || value.length() <= SHORT_STRING / 3) {
            return null; // a char is at most 3 bytes in UTF-8 (a surrogate pair 4 for 2 chars)
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes <= SHORT_STRING) {
            return null;
        }
        return name + " is " + bytes + " bytes (\"" + excerpt(value) + "\"), more than the " + SHORT_STRING
                + " an AMQP short string holds: shorten it";
    }

    private static String excerpt(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }

    /** An envelope from a delivery's properties; header values become plain JSON values. */
    static Envelope envelope(String routingKey, AMQP.BasicProperties props, byte[] body) {
        Map<String, @Nullable Object> headers = null;
        if (props.getHeaders() != null) {
            headers = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : props.getHeaders().entrySet()) {
                headers.put(e.getKey(), toPlain(e.getValue()));
            }
        }
        return new Envelope(routingKey, props.getPriority(),
                props.getContentType() == null ? Envelope.JSON : props.getContentType(),
                props.getContentEncoding() == null ? Envelope.UTF_8 : props.getContentEncoding(),
                props.getCorrelationId(), props.getReplyTo(), headers, props.getExpiration(), body);
    }

    /** An AMQP field value as a plain JSON value (long strings as text, timestamps as epoch seconds). */
    static @Nullable Object toPlain(@Nullable Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal
                || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof LongString s) {
            return s.toString();
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Date d) {
            return d.getTime() / 1000;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> copy = new ArrayList<>();
            for (Object element : list) {
                copy.add(toPlain(element));
            }
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                copy.put(String.valueOf(e.getKey()), toPlain(e.getValue()));
            }
            return copy;
        }
        return value.toString();
    }

    /** A plain JSON value as an AMQP field value. */
    static @Nullable Object toAmqp(@Nullable Object value) {
        if (value instanceof BigInteger i) {
            return i.bitLength() < 64 ? (Object) i.longValue() : i.toString();
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> copy = new ArrayList<>();
            for (Object element : list) {
                copy.add(toAmqp(element));
            }
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                copy.put(String.valueOf(e.getKey()), toAmqp(e.getValue()));
            }
            return copy;
        }
        return value;
    }
}
