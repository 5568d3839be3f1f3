package io.busgen.runtime;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Decoding replies: the expected response, or an error reply recognised by its body's routing key. */
public final class Replies {

    private static final JsonFactory SCANNER = new JsonFactory();

    private Replies() {}

    /**
     * Decodes a reply the caller expects to be a {@code responseType}, or an error reply, with the default {@link
     * DecodeOptions}.
     *
     * @param <R> the response type
     * @param envelope the reply received
     * @param responseType the expected response's adapter
     * @param errors the catalogue's error reply adapter
     * @return the reply
     * @throws DecodeException when the envelope is neither
     */
    public static <R> Reply<R> decode(Envelope envelope, EntryAdapter<R> responseType, ErrorReplyAdapter<?> errors) {
        return decode(envelope, responseType, errors, DecodeOptions.DEFAULTS);
    }

    /**
     * Decodes a reply the caller expects to be a {@code responseType}, or an error reply, within {@code options}.
     *
     * @param <R> the response type
     * @param envelope the reply received
     * @param responseType the expected response's adapter
     * @param errors the catalogue's error reply adapter
     * @param options the limits and rules of decoding
     * @return the reply
     * @throws DecodeException when the envelope is neither
     */
    public static <R> Reply<R> decode(Envelope envelope, EntryAdapter<R> responseType, ErrorReplyAdapter<?> errors,
            DecodeOptions options) {
        if (isErrorReply(envelope, options)) {
            return Reply.failed(errors.fromEnvelope(envelope, options));
        }
        return Reply.answered(responseType.fromEnvelope(envelope, options));
    }

    /**
     * Whether an envelope holds an error reply: its body is an object whose top-level {@code routing_key} is {@code
     * rpc_error}. A body that cannot tell (malformed, too large) is not one; decoding then reports why.
     *
     * @param envelope the reply received
     * @param options the limits of decoding (only the body size is used)
     * @return whether the body is an error reply
     */
    public static boolean isErrorReply(Envelope envelope, DecodeOptions options) {
        byte[] body = envelope.body();
        if (body.length > options.maxBodyBytes()) {
            return false;
        }
        try (JsonParser parser = SCANNER.createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                if (name.equals("routing_key")) {
                    return value == JsonToken.VALUE_STRING && parser.getString().equals(ErrorReply.ROUTING_KEY);
                }
                parser.skipChildren();
            }
            return false;
        } catch (JacksonException e) {
            return false;
        }
    }

}
