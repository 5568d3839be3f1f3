package io.busgen.runtime;

import io.busgen.runtime.internal.EnvelopeFields;
import io.busgen.runtime.internal.EnvelopeMapping;
import io.busgen.runtime.internal.FieldName;
import io.busgen.runtime.internal.JsonBodyWriter;
import io.busgen.runtime.internal.JsonCodec;
import io.busgen.runtime.internal.JsonReading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;

/**
 * The codec of {@link ErrorReply} for one catalogue, which supplies its meta type. Generated catalogues carry one as
 * {@code ERROR_REPLY}; {@link #of} and {@link #withFreeFormMeta} make others.
 *
 * @param <M> the catalogue's meta type
 */
public abstract class ErrorReplyAdapter<M> extends EntryAdapter<ErrorReply<M>> {

    private final TypeAdapter<M> metaType;
    private final EnvelopeMapping<M> metaEnvelope;

    /** Only {@link Codec} extends this class: how it reads and writes JSON is not part of the API. */
    private ErrorReplyAdapter(TypeAdapter<M> metaType, int defaultPriority, int maxPriority) {
        super(errorReplyClass(), ErrorReply.ROUTING_KEY, Kind.RESPONSE, defaultPriority, maxPriority, "");
        this.metaType = metaType;
        this.metaEnvelope = metaType instanceof EnvelopeMapping<?> mapping ? mapping(mapping) : EnvelopeMapping.none();
    }

    @SuppressWarnings("unchecked") // a type adapter that maps envelope fields maps those of its own type
    private static <M> EnvelopeMapping<M> mapping(EnvelopeMapping<?> mapping) {
        return (EnvelopeMapping<M>) mapping;
    }

    /**
     * The error reply codec of a catalogue whose responses share the meta type {@code metaType}. When the meta type
     * keeps envelope properties in fields ({@code x-envelope}, as Infrahub's {@code meta} keeps the correlation id
     * and the priority), error replies read and write them there.
     *
     * @param <M> the meta type
     * @param metaType the adapter of the catalogue's meta type ({@code Meta.ADAPTER})
     * @param defaultPriority the priority documented for error replies (a reply is sent with its meta's)
     * @param maxPriority the catalogue's highest priority
     * @return the codec
     */
    public static <M> ErrorReplyAdapter<M> of(TypeAdapter<M> metaType, int defaultPriority, int maxPriority) {
        return new Codec<>(metaType, defaultPriority, maxPriority);
    }

    @SuppressWarnings("unchecked") // the class literal of a generic record stands for every parameterisation
    private static <M> Class<ErrorReply<M>> errorReplyClass() {
        return (Class<ErrorReply<M>>) (Class<?>) ErrorReply.class;
    }

    /** How the meta type maps to envelope properties; a mapping of nothing when it keeps none in fields. */
    final EnvelopeMapping<M> metaEnvelope() {
        return metaEnvelope;
    }

    /**
     * The catalogue's meta codec.
     *
     * @return the codec of the meta type
     */
    public final TypeAdapter<M> metaType() {
        return metaType;
    }

    /**
     * The error reply Infrahub sends when handling {@code request} failed: {@code errors} from the failure's message
     * (its class name when it has none), {@code initial_message} the request with every field (nulls kept), and the
     * request's correlation id (none when it had none) in an otherwise default meta.
     *
     * @param <T> the request type
     * @param requestType the request's adapter
     * @param request the request that failed
     * @param failure why it failed
     * @return the error reply
     */
    public <T> ErrorReply<M> failure(EntryAdapter<T> requestType, T request, Throwable failure) {
        String message = messageOf(failure);
        M meta = metaType.fromJson("{}");
        String correlationId = requestType.mapping().envelopeFields(request).correlationId();
        if (correlationId != null) {
            meta = metaEnvelope.withEnvelopeFields(meta, new EnvelopeFields(null, null, null, correlationId, null));
        }
        @SuppressWarnings("unchecked") // a record type's dump is always an object
        Map<String, @Nullable Object> initialMessage = (Map<String, @Nullable Object>) requestType.dump(request);
        return ErrorReply.failure(meta, List.of(message), initialMessage);
    }

    /**
     * {@link #failure} as the envelope to send: to the request's reply-to queue, with the reply's meta priority.
     *
     * @param <T> the request type
     * @param requestType the request's adapter
     * @param request the request that failed
     * @param failure why it failed
     * @return the envelope to publish
     * @throws IllegalArgumentException when the request has no reply-to: there is nowhere to send a reply
     */
    public <T> Envelope failureReply(EntryAdapter<T> requestType, T request, Throwable failure) {
        EnvelopeFields fields = requestType.mapping().envelopeFields(request);
        String replyTo = fields.replyTo();
        if (replyTo == null) {
            throw new IllegalArgumentException(requestType.routingKey() + " request has no reply_to: there is"
                    + " nowhere to send the reply");
        }
        return replyEnvelope(failure(requestType, request, failure), replyTo, fields.correlationId());
    }

    /**
     * The error reply to the request that arrived in {@code received}, as the envelope to send: to the envelope's
     * {@code reply_to} queue with its {@code correlation_id}. Its {@code initial_message} is the decoded request (every
     * field, nulls kept); when the body does not decode as the request (often why handling failed), the body itself
     * when it is a JSON object, else none.
     *
     * @param <T> the request type
     * @param requestType the request's adapter
     * @param received the envelope the request arrived in
     * @param failure why handling the request failed
     * @return the error reply's envelope
     * @throws IllegalArgumentException when the envelope has no {@code reply_to}: there is nowhere to send a reply
     */
    public <T> Envelope failureReply(EntryAdapter<T> requestType, Envelope received, Throwable failure) {
        String replyTo = requestType.replyTo(received);
        Map<String, @Nullable Object> initialMessage;
        try {
            @SuppressWarnings("unchecked") // a record type's dump is always an object
            Map<String, @Nullable Object> dumped = (Map<String, @Nullable Object>) requestType.dump(
                    requestType.fromEnvelope(received));
            initialMessage = dumped;
        } catch (DecodeException notTheRequest) {
            initialMessage = bodyObject(received);
        }
        M meta = metaType.fromJson("{}");
        String correlationId = received.correlationId();
        if (correlationId != null) {
            meta = metaEnvelope.withEnvelopeFields(meta, new EnvelopeFields(null, null, null, correlationId, null));
        }
        return replyEnvelope(ErrorReply.failure(meta, List.of(messageOf(failure)), initialMessage), replyTo,
                correlationId);
    }

    private static @Nullable Map<String, @Nullable Object> bodyObject(Envelope received) {
        try {
            return PlainJson.objectAdapter().decode(received.body());
        } catch (DecodeException notAnObject) {
            return null;
        }
    }

    private static String messageOf(Throwable failure) {
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName();
    }

    /**
     * The codec of error replies for a catalogue whose responses share no meta type: the reply's {@code meta} is a
     * free-form object, written {@code {}}, and the correlation id travels only in the envelope's property.
     *
     * @param defaultPriority the priority documented for error replies
     * @param maxPriority the catalogue's highest priority
     * @return the codec
     */
    public static ErrorReplyAdapter<Map<String, @Nullable Object>> withFreeFormMeta(int defaultPriority,
            int maxPriority) {
        return new Codec<>(PlainJson.objectAdapter(), defaultPriority, maxPriority);
    }

    @Override
    public Object dump(ErrorReply<M> value) {
        LinkedHashMap<String, @Nullable Object> members = new LinkedHashMap<>();
        members.put("meta", metaType.dump(value.meta()));
        members.put("passed", value.passed());
        members.put("routing_key", value.routingKey());
        members.put("data", value.data());
        members.put("errors", value.errors());
        members.put("initial_message", value.initialMessage());
        return PlainJson.freezeObject(members);
    }

    /** The one implementation: the JSON and envelope mapping of error replies, out of the API. */
    private static final class Codec<M> extends ErrorReplyAdapter<M>
            implements JsonCodec<ErrorReply<M>>, EnvelopeMapping<ErrorReply<M>> {

        private static final FieldName META = FieldName.of("meta");
        private static final FieldName PASSED = FieldName.of("passed");
        private static final FieldName ROUTING_KEY = FieldName.of("routing_key");
        private static final FieldName DATA = FieldName.of("data");
        private static final FieldName ERRORS = FieldName.of("errors");
        private static final FieldName INITIAL_MESSAGE = FieldName.of("initial_message");

        Codec(TypeAdapter<M> metaType, int defaultPriority, int maxPriority) {
            super(metaType, defaultPriority, maxPriority);
        }

        @Override
        public EnvelopeFields envelopeFields(ErrorReply<M> value) {
            return metaEnvelope().envelopeFields(value.meta());
        }

        @Override
        public ErrorReply<M> withEnvelopeFields(ErrorReply<M> value, EnvelopeFields fields) {
            return new ErrorReply<>(metaEnvelope().withEnvelopeFields(value.meta(), fields), value.passed(),
                    value.routingKey(), value.data(), value.errors(), value.initialMessage());
        }

        @Override
        public void write(JsonBodyWriter out, ErrorReply<M> value) {
            out.beginObject();
            out.name(META);
            JsonCodec.of(metaType()).write(out, value.meta());
            out.name(PASSED).value(value.passed());
            out.name(ROUTING_KEY).value(value.routingKey());
            out.name(DATA).plainValue(value.data());
            out.name(ERRORS).beginArray();
            for (String error : value.errors()) {
                out.value(error);
            }
            out.endArray();
            if (value.initialMessage() != null) {
                out.name(INITIAL_MESSAGE).plainValue(value.initialMessage());
            }
            out.endObject();
        }

        @Override
        public ErrorReply<M> read(JsonParser parser) {
            JsonReading.beginObject(parser);
            M meta = null;
            boolean passed = true;
            String routingKey = ErrorReply.ROUTING_KEY;
            Map<String, @Nullable Object> data = null;
            List<String> errors = new ArrayList<>();
            Map<String, @Nullable Object> initialMessage = null;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                parser.nextToken();
                switch (name) {
                    case "meta" -> meta = JsonCodec.of(metaType()).read(parser);
                    case "passed" -> passed = JsonReading.readBoolean(parser);
                    case "routing_key" -> routingKey = JsonReading.readString(parser);
                    case "data" -> data = JsonReading.readFreeForm(parser);
                    case "errors" -> errors = JsonReading.readList(parser, JsonReading::readString);
                    case "initial_message" -> initialMessage = JsonReading.readNullableFreeForm(parser);
                    default -> parser.skipChildren();
                }
            }
            if (data == null) {
                throw JsonReading.missing(parser, "data");
            }
            return new ErrorReply<>(meta != null ? meta : metaType().fromJson("{}"), passed, routingKey, data, errors,
                    initialMessage);
        }
    }
}
