package io.busgen.runtime;

import io.busgen.runtime.internal.BodyDecoder;
import io.busgen.runtime.internal.JsonBodyWriter;
import io.busgen.runtime.internal.JsonCodec;
import io.busgen.runtime.internal.JsonReading;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;

/**
 * An instance in memory, as validators read it ({@link Validator#validate(Object)}): plain JSON values whose numbers
 * are exact — {@link Long} or {@link java.math.BigInteger} for integers, {@link BigDecimal} as written for any other
 * number — so that {@code multipleOf} and the bounds are decided on the decimal the sender wrote, not on a double.
 * Objects are immutable, order-keeping maps with string keys (the same key twice: the last one counts), arrays
 * immutable lists. A body is validated without one, in a streaming pass.
 */
public final class JsonTree {

    private static final JsonCodec<@Nullable Object> TREE = new JsonCodec<>() {
        @Override
        public void write(JsonBodyWriter out, @Nullable Object value) {
            throw new UnsupportedOperationException("validation trees are only read");
        }

        @Override
        public @Nullable Object read(JsonParser parser) {
            return JsonReading.readTree(parser);
        }
    };

    private JsonTree() {}

    /**
     * Parses a body into a tree within the decode limits.
     *
     * @param body the body's bytes
     * @param options the limits of parsing
     * @return the tree: maps, lists, strings, booleans, null, and exact numbers
     * @throws DecodeException when the body is not well-formed JSON or breaks a limit
     */
    public static @Nullable Object parse(byte[] body, DecodeOptions options) {
        return BodyDecoder.decode(body, TREE, options);
    }

    /**
     * Parses JSON text into a tree within the default limits.
     *
     * @param json the text
     * @return the tree
     * @throws DecodeException when the text is not well-formed JSON or breaks a limit
     */
    public static @Nullable Object parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8), DecodeOptions.DEFAULTS);
    }
}
