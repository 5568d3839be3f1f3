package io.busgen.rabbitmq;

import io.busgen.runtime.BusCatalog;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeException.Reason;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.ErrorReplyAdapter;
import io.busgen.runtime.Kind;
import io.busgen.runtime.Replies;
import io.busgen.runtime.Reply;
import io.busgen.runtime.Validator;
import io.busgen.runtime.internal.EnvelopeContent;
import io.busgen.runtime.internal.EnvelopeFields;
import io.busgen.runtime.internal.EnvelopeMapping;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What the transport needs of a generated catalogue: the adapter of each class, the validators, the error replies,
 * and re-encoding a message with another {@code retry_count}.
 *
 * <p>{@link BusCatalog} names neither the validators nor the error reply codec, so they are found by the generated
 * code's documented constants: each entry class's {@code VALIDATOR} and the catalogue class's {@code ERROR_REPLY}.
 */
final class CatalogCodec {

    private static final JsonFactory JSON = new JsonFactory();

    private final BusCatalog catalog;
    private final Map<Class<?>, EntryAdapter<?>> messages = new HashMap<>();
    private final Map<Class<?>, EntryAdapter<?>> responses = new HashMap<>();
    private final Map<EntryAdapter<?>, Validator> validators = new HashMap<>();
    private final @Nullable ErrorReplyAdapter<?> errorReplies;

    CatalogCodec(BusCatalog catalog, @Nullable ErrorReplyAdapter<?> errorReplies) {
        this.catalog = catalog;
        for (EntryAdapter<?> entry : catalog.entries()) {
            (entry.kind() == Kind.MESSAGE ? messages : responses).put(entry.type(), entry);
            Object validator = constant(entry.type(), "VALIDATOR");
            if (validator instanceof Validator v) {
                validators.put(entry, v);
            }
        }
        this.errorReplies = errorReplies != null ? errorReplies
                : constant(catalog.getClass(), "ERROR_REPLY") instanceof ErrorReplyAdapter<?> e ? e : null;
    }

    private static @Nullable Object constant(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers()) ? field.get(null) : null;
        } catch (NoSuchFieldException | IllegalAccessException | RuntimeException e) {
            return null;
        }
    }

    BusCatalog catalog() {
        return catalog;
    }

    @Nullable ErrorReplyAdapter<?> errorReplies() {
        return errorReplies;
    }

    @SuppressWarnings("unchecked") // the map holds each class's own adapter
    <T> EntryAdapter<T> messageAdapter(T message) {
        EntryAdapter<?> adapter = messages.get(message.getClass());
        if (adapter == null) {
            throw new IllegalArgumentException(message.getClass().getName() + " is not a message of the "
                    + catalog.name() + " catalogue: publish an instance of one of its generated message classes");
        }
        return (EntryAdapter<T>) adapter;
    }

    @SuppressWarnings("unchecked") // the map holds each class's own adapter
    <T> EntryAdapter<T> responseAdapter(T response) {
        EntryAdapter<?> adapter = responses.get(response.getClass());
        if (adapter == null) {
            throw new IllegalArgumentException(response.getClass().getName() + " is not a response of the "
                    + catalog.name() + " catalogue: a handler returns an instance of a generated response class,"
                    + " or null");
        }
        return (EntryAdapter<T>) adapter;
    }

    /**
     * Decodes a delivered envelope as the message of its routing key; validated when asked and possible. {@code body}
     * is the envelope's body as delivered, read in place (the envelope's own accessor copies it).
     */
    Object decodeMessage(Envelope envelope, byte[] body, boolean validate) {
        EnvelopeContent.check(envelope);
        EntryAdapter<?> adapter = catalog.find(envelope.routingKey(), Kind.MESSAGE).orElseThrow(
                () -> new DecodeException(Reason.UNKNOWN_ROUTING_KEY, "", "routing key \"" + envelope.routingKey()
                        + "\" names no message of the " + catalog.name() + " catalogue"));
        return decode(adapter, envelope, body, validate);
    }

    /** As {@link EntryAdapter#fromEnvelope}, validating first when asked and possible. */
    private <T> T decode(EntryAdapter<T> adapter, Envelope envelope, byte[] delivered, boolean validate) {
        Validator validator = validate ? validators.get(adapter) : null;
        T value = validator == null ? adapter.decode(delivered) : adapter.decodeValidated(delivered, validator);
        EnvelopeFields body = mapping(adapter).envelopeFields(value);
        Long expirationSeconds = envelope.expiration() == null ? null : EnvelopeContent.expirationSeconds(envelope.expiration());
        return mapping(adapter).withEnvelopeFields(value, new EnvelopeFields(envelope.priority(), envelope.headers(),
                expirationSeconds, body.correlationId() != null ? null : envelope.correlationId(),
                body.replyTo() != null ? null : envelope.replyTo()));
    }

    /** Decodes a reply as the expected response or the catalogue's error reply. */
    <R> Reply<R> decodeReply(Envelope envelope, EntryAdapter<R> responseType) {
        if (errorReplies != null) {
            return Replies.decode(envelope, responseType, errorReplies);
        }
        return Reply.answered(responseType.fromEnvelope(envelope));
    }

    /** The {@code rpc_error} reply to a request whose handling failed, if the catalogue has error replies. */
    Optional<Envelope> failureReply(Object request, Envelope received, Throwable failure) {
        if (errorReplies == null) {
            return Optional.empty();
        }
        return Optional.of(failureReply(errorReplies, messageAdapter(request), received, failure));
    }

    private static <T> Envelope failureReply(ErrorReplyAdapter<?> errors, EntryAdapter<T> requestType,
            Envelope received, Throwable failure) {
        return errors.failureReply(requestType, received, failure);
    }

    /** The reply carrying {@code response} to the request that arrived in {@code received}. */
    <R> Envelope reply(Object request, Envelope received, R response) {
        return messageAdapter(request).reply(received, responseAdapter(response), response);
    }

    /** The message's {@code meta.retry_count}: null when unset, or when the message has no such field. */
    static @Nullable Long retryCount(Object message, EntryAdapter<Object> adapter) {
        Object tree = adapter.dump(message);
        if (tree instanceof Map<?, ?> map && map.get("meta") instanceof Map<?, ?> meta
                && meta.get("retry_count") instanceof Number n) {
            return n.longValue();
        }
        return null;
    }

    /**
     * The envelope of {@code message} with {@code meta.retry_count} set to {@code count}, its other fields and
     * envelope fields unchanged; empty when the message has no {@code meta.retry_count} to count with.
     */
    <T> Optional<Envelope> withRetryCount(T message, long count) {
        EntryAdapter<T> adapter = messageAdapter(message);
        if (!(adapter.dump(message) instanceof Map<?, ?> tree) || !(tree.get("meta") instanceof Map<?, ?> meta)) {
            return Optional.empty();
        }
        Map<Object, Object> newMeta = new LinkedHashMap<>(meta);
        newMeta.put("retry_count", count);
        Map<Object, Object> newTree = new LinkedHashMap<>(tree);
        newTree.put("meta", newMeta);
        T again = adapter.decode(json(newTree));
        @SuppressWarnings("unchecked")
        Long written = retryCount(again, (EntryAdapter<Object>) adapter);
        if (written == null || written != count) {
            return Optional.empty();
        }
        return Optional.of(adapter.toEnvelope(mapping(adapter).withEnvelopeFields(again, mapping(adapter).envelopeFields(message))));
    }

    private static byte[] json(Object tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            write(g, tree);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, @Nullable Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object element : list) {
                write(g, element);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Double || value instanceof Float) {
            g.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.longValue());
        } else {
            g.writeString(value.toString());
        }
    }


    /**
     * The envelope-field view of a generated adapter: every adapter busgen generates has one (the runtime's internal
     * {@link EnvelopeMapping}, which this module, being busgen's own, may use).
     */
    @SuppressWarnings("unchecked")
    static <T> EnvelopeMapping<T> mapping(EntryAdapter<T> adapter) {
        return (EnvelopeMapping<T>) adapter;
    }
}
