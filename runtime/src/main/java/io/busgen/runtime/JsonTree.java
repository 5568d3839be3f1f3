package io.busgen.runtime;

import io.busgen.runtime.DecodeException.Reason;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * An instance in memory, as validators read it ({@link Validator#validate(Object)}, or a part of a body a schema
 * reads more than once): plain JSON values whose numbers are exact — {@link Long} or {@link java.math.BigInteger} for
 * integers, {@link BigDecimal} as written for any other number — so that {@code multipleOf} and the bounds are decided
 * on the decimal the sender wrote, not on a double. A body is validated without one, in a streaming pass.
 */
public final class JsonTree {

    private static final TypeAdapter<Object> TREE = new TypeAdapter<>(Object.class) {
        @Override
        public void write(JsonBodyWriter out, Object value) {
            throw new UnsupportedOperationException("validation trees are only read");
        }

        @Override
        public Object read(JsonParser parser) {
            return JsonTree.read(parser);
        }

        @Override
        public Object dump(Object value) {
            return value;
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
        return TREE.decode(body, options);
    }

    /**
     * An object of a tree, its members in order: what generated validators build the objects of their constants
     * ({@code const}, {@code enum}) with. The same name twice: the last value counts.
     *
     * @param namesAndValues each member's name (a string) followed by its value, as a tree holds it
     * @return the object
     * @throws IllegalArgumentException when a name is not a string or has no value
     */
    public static Map<String, @Nullable Object> object(@Nullable Object... namesAndValues) {
        return PlainJson.object(namesAndValues, value -> value);
    }

    /**
     * An array of a tree: what generated validators build the arrays of their constants with.
     *
     * @param elements the elements, as a tree holds them
     * @return the array
     */
    public static List<@Nullable Object> array(@Nullable Object... elements) {
        return Immutable.wrap(elements.clone());
    }

    /**
     * Parses JSON text into a tree within the default limits.
     *
     * @param json the text
     * @return the tree
     * @throws DecodeException when the text is not well-formed JSON or breaks a limit
     */
    public static @Nullable Object parse(String json) {
        return TREE.decode(json.getBytes(StandardCharsets.UTF_8), DecodeOptions.DEFAULTS);
    }

    static @Nullable Object read(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new DecodeException(Reason.MALFORMED_JSON, "", "the body ends where a value was expected");
        }
        switch (token) {
            case START_OBJECT: {
                ObjectMembers members = new ObjectMembers();
                for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                    parser.nextToken();
                    DecodeContext.checkSize(parser, members.size() + 1);
                    members.put(name, read(parser));
                }
                return members.build();
            }
            case START_ARRAY: {
                List<@Nullable Object> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    DecodeContext.checkSize(parser, elements.size() + 1);
                    elements.add(read(parser));
                }
                return Immutable.wrap(elements.toArray());
            }
            case VALUE_STRING:
                return parser.getString();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return JsonReading.readDecimal(parser);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new DecodeException(Reason.MALFORMED_JSON, JsonReading.pointerOfValue(parser),
                        "unexpected " + token);
        }
    }

    /**
     * Whether a map from a tree has the key (its value may be JSON null, which the map holds as null).
     *
     * @param object an object of a tree
     * @param key the property name
     * @return whether the property is present
     */
    public static boolean has(Map<String, @Nullable Object> object, String key) {
        return object.containsKey(key);
    }
}
