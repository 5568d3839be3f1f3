package io.busgen.runtime;

import io.busgen.runtime.internal.Immutable;
import io.busgen.runtime.internal.JsonBodyWriter;
import io.busgen.runtime.internal.JsonCodec;
import io.busgen.runtime.internal.JsonReading;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;

/**
 * Plain JSON values, as free-form objects hold them: {@code null}, {@link String}, {@link Boolean}, {@link Long}
 * (or {@link BigInteger} beyond 64 bits) for integers, {@link Double} for any other number ({@link BigDecimal}, as
 * written, beyond a double's range: {@code 1e400}), immutable {@link List}s, and immutable, order-keeping
 * {@link Map}s with string keys.
 *
 * <p>This keeps what re-encoding needs: an integer keeps its exact digits; any number written with a fraction or an
 * exponent is a double and is re-encoded as Infrahub's Python writes it ({@code 1E2} becomes {@code 100.0}).
 */
public final class PlainJson {

    private PlainJson() {}

    /**
     * An immutable, order-keeping object of plain values, as decoding makes one: what generated code builds schema
     * defaults with ({@code PlainJson.object("source", "web", "n", 1.5)}). The same name twice: the last value
     * counts, at the first one's position.
     *
     * @param namesAndValues each member's name (a string) followed by its value
     * @return the object
     * @throws IllegalArgumentException when a name is not a string, a name has no value, or a value is not plain JSON
     *     ({@link #freeze})
     */
    public static Map<String, @Nullable Object> object(@Nullable Object... namesAndValues) {
        return Immutable.object(namesAndValues, PlainJson::freeze);
    }

    /**
     * An immutable array of plain values, as decoding makes one (used for schema defaults in generated code).
     *
     * @param elements the elements
     * @return the array
     * @throws IllegalArgumentException when an element is not plain JSON ({@link #freeze})
     */
    public static List<@Nullable Object> array(@Nullable Object... elements) {
        Object[] copy = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            copy[i] = freeze(elements[i]);
        }
        return Immutable.wrap(copy);
    }

    /**
     * Parses JSON text into a plain value.
     *
     * @param json the text
     * @return the value
     * @throws DecodeException when the text is not well-formed JSON
     */
    public static @Nullable Object parse(String json) {
        return ANY.fromJson(json);
    }

    /**
     * Parses JSON text holding an object into an immutable, order-keeping map.
     *
     * @param json the text
     * @return the members
     * @throws DecodeException when the text is not a well-formed JSON object
     */
    public static Map<String, @Nullable Object> parseObject(String json) {
        return OBJECT.fromJson(json);
    }

    /**
     * The codec of a free-form JSON object, as plain Java values.
     *
     * @return the codec
     */
    public static TypeAdapter<Map<String, @Nullable Object>> objectAdapter() {
        return OBJECT;
    }

    @SuppressWarnings("unchecked") // Map.class stands for every Map<String, Object>; there is no generic class literal
    private static final Class<Map<String, @Nullable Object>> MAP = (Class<Map<String, @Nullable Object>>) (Class<?>) Map.class;

    private static final TypeAdapter<Map<String, @Nullable Object>> OBJECT = new ObjectCodec();

    private static final TypeAdapter<Object> ANY = new AnyCodec();

    /** The codec of free-form objects. */
    private static final class ObjectCodec extends TypeAdapter<Map<String, @Nullable Object>>
            implements JsonCodec<Map<String, @Nullable Object>> {
        ObjectCodec() {
            super(MAP);
        }

        @Override
        public void write(JsonBodyWriter out, Map<String, @Nullable Object> value) {
            out.plainValue(value);
        }

        @Override
        public Map<String, @Nullable Object> read(JsonParser parser) {
            return JsonReading.readFreeForm(parser);
        }

        @Override
        public Object dump(Map<String, @Nullable Object> value) {
            return value;
        }
    }

    /** The codec of any plain value. */
    private static final class AnyCodec extends TypeAdapter<Object> implements JsonCodec<Object> {
        AnyCodec() {
            super(Object.class);
        }

        @Override
        public void write(JsonBodyWriter out, Object value) {
            out.plainValue(value);
        }

        @Override
        public Object read(JsonParser parser) {
            return JsonReading.readAny(parser);
        }

        @Override
        public Object dump(Object value) {
            return value;
        }
    }

    /**
     * An immutable deep copy of a plain JSON value, checking that it is one: maps keep their order; integers become
     * {@link Long} (or {@link BigInteger}); other numbers become {@link Double}.
     *
     * @param value the value
     * @return the copy, or the value itself when it is frozen already
     * @throws IllegalArgumentException when the value holds something JSON cannot (NaN, another class)
     */
    public static @Nullable Object freeze(@Nullable Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof BigInteger || value instanceof BigDecimal || Immutable.isFrozen(value)) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no representation for " + d);
            }
            return d;
        }
        if (value instanceof Map<?, ?> map) {
            return freezeObject(map);
        }
        if (value instanceof List<?> list) {
            Object[] copy = new Object[list.size()];
            int i = 0;
            for (Object element : list) {
                copy[i++] = freeze(element);
            }
            return Immutable.wrap(copy);
        }
        throw new IllegalArgumentException("not a plain JSON value: " + value.getClass().getName()
                + " (use String, Boolean, Long, BigInteger, Double, BigDecimal, List, Map or null)");
    }

    /**
     * {@link #freeze} for an object.
     *
     * @param map the object, with string keys
     * @return the copy
     * @throws IllegalArgumentException when a key is not a string or a value is not plain JSON
     */
    public static Map<String, @Nullable Object> freezeObject(Map<?, ?> map) {
        if (Immutable.isFrozen(map)) {
            @SuppressWarnings("unchecked") // frozen maps are only made from String keys and plain values
            Map<String, @Nullable Object> same = (Map<String, @Nullable Object>) map;
            return same;
        }
        LinkedHashMap<String, @Nullable Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> member : map.entrySet()) {
            if (!(member.getKey() instanceof String key)) {
                throw new IllegalArgumentException("a JSON object's keys are strings, not " + member.getKey());
            }
            copy.put(key, freeze(member.getValue()));
        }
        return Immutable.wrap(copy);
    }
}
