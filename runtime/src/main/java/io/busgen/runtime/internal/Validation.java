package io.busgen.runtime.internal;

import io.busgen.runtime.JsonTree;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What generated validators call: JSON Schema's types, equality, exact number comparisons and string lengths in
 * code points, over {@link JsonTree} instances.
 */
public final class Validation {

    /** The type {@code null}, as a bit of a type mask ({@link #hasType}). */
    public static final int NULL = 1;
    /** The type {@code boolean}. */
    public static final int BOOLEAN = 2;
    /** The type {@code object}. */
    public static final int OBJECT = 4;
    /** The type {@code array}. */
    public static final int ARRAY = 8;
    /** The type {@code number}; an integer is a number too. */
    public static final int NUMBER = 16;
    /** The type {@code string}. */
    public static final int STRING = 32;
    /** The type {@code integer}: a number with no fractional part. */
    public static final int INTEGER = 64;

    /** Above this many digits of scale difference, multipleOf falls back to doubles rather than grind. */
    private static final int EXACT_SCALE_LIMIT = 10_000;

    private Validation() {}

    /**
     * An object of a tree, its members in order: what generated validators build the objects of their constants
     * ({@code const}, {@code enum}) with. The same name twice: the last value counts.
     *
     * @param namesAndValues each member's name (a string) followed by its value, as a tree holds it
     * @return the object
     * @throws IllegalArgumentException when a name is not a string or has no value
     */
    public static Map<String, @Nullable Object> object(@Nullable Object... namesAndValues) {
        return Immutable.object(namesAndValues, value -> value);
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
     * The JSON Schema type of a value; a number with no fractional part is an integer ({@code 1.0} included).
     *
     * @param value a JSON value as {@link JsonTree} holds it
     * @return one of {@link #NULL}, {@link #BOOLEAN}, {@link #OBJECT}, {@link #ARRAY}, {@link #NUMBER}, {@link
     *     #STRING}, {@link #INTEGER}
     */
    public static int typeOf(@Nullable Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof Long || value instanceof BigInteger || value instanceof Integer) {
            return INTEGER;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0 ? INTEGER : NUMBER;
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) ? INTEGER : NUMBER;
        }
        if (value instanceof Map<?, ?>) {
            return OBJECT;
        }
        if (value instanceof List<?>) {
            return ARRAY;
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }

    /**
     * Whether a value has one of the types of {@code mask} (an integer is a number too).
     *
     * @param value a JSON value as {@link JsonTree} holds it
     * @param mask the allowed types, or-ed together ({@code STRING | NULL})
     * @return whether the value has one of them
     */
    public static boolean hasType(@Nullable Object value, int mask) {
        int type = typeOf(value);
        return (mask & type) != 0 || (type == INTEGER && (mask & NUMBER) != 0);
    }

    /**
     * Whether a value is a JSON number.
     *
     * @param value a JSON value as {@link JsonTree} holds it
     * @return whether it is a number, integral or not
     */
    public static boolean isNumber(@Nullable Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal
                || value instanceof Integer || value instanceof Double;
    }

    /**
     * A value's type as messages name it, with its article: {@code "an integer"}, {@code "a string"}, {@code "null"}.
     * Validators and decoding both say {@code must be <expected>, not <this>}.
     *
     * @param value a JSON value as {@link JsonTree} holds it
     * @return the phrase
     */
    public static String typePhrase(@Nullable Object value) {
        return typePhrase(typeOf(value));
    }

    /** The phrase for a type constant ({@link #NULL}, {@link #STRING}, ...). */
    static String typePhrase(int type) {
        return switch (type) {
            case NULL -> "null";
            case BOOLEAN -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NUMBER -> "a number";
            case STRING -> "a string";
            default -> "an integer";
        };
    }

    /**
     * JSON equality: numbers by value ({@code 1 == 1.0}), objects regardless of member order, arrays in order.
     *
     * @param a a JSON value
     * @param b another
     * @return whether they are equal as JSON
     */
    public static boolean equal(@Nullable Object a, @Nullable Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (isNumber(a) && isNumber(b)) {
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> member : x.entrySet()) {
                if (!y.containsKey(member.getKey()) || !equal(member.getValue(), y.get(member.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** A hash consistent with {@link #equal}. */
    static int hash(@Nullable Object value) {
        if (value == null) {
            return 0;
        }
        if (isNumber(value)) {
            BigDecimal decimal = decimal(value);
            return decimal.signum() == 0 ? 0 : decimal.stripTrailingZeros().hashCode();
        }
        if (value instanceof Map<?, ?> map) {
            int hash = 1;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                hash += member.getKey().hashCode() ^ hash(member.getValue());
            }
            return hash;
        }
        if (value instanceof List<?> list) {
            int hash = 7;
            for (Object element : list) {
                hash = 31 * hash + hash(element);
            }
            return hash;
        }
        return value.hashCode();
    }

    /**
     * The index of the first element equal ({@link #equal}) to an earlier one. Linear on average.
     *
     * @param items the elements of an array
     * @return the index, or -1 when all are unique
     */
    public static int firstDuplicate(List<?> items) {
        Map<Integer, List<Integer>> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            List<Integer> sameHash = seen.computeIfAbsent(hash(items.get(i)), h -> new java.util.ArrayList<>());
            for (int earlier : sameHash) {
                if (equal(items.get(earlier), items.get(i))) {
                    return i;
                }
            }
            sameHash.add(i);
        }
        return -1;
    }

    /** The start of the message for an integer beyond a {@code long}; the number follows. */
    public static final String LONG_RANGE_MESSAGE = "must be an integer from -9223372036854775808 to"
            + " 9223372036854775807 (a Java long), not ";

    /** The start of the message for a number beyond a {@code double}; the number follows. */
    public static final String DOUBLE_RANGE_MESSAGE = "must be a number within the range of a Java double"
            + " (about ±1.8e308), not ";

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /**
     * Whether a value a field of Java type {@code long} may hold is in range: true for anything but an integral number
     * beyond 64 bits (other values are the {@code type} check's business).
     *
     * @param value a JSON value as {@link JsonTree} holds it
     * @return false only for an integer beyond a {@code long}
     */
    public static boolean fitsLong(@Nullable Object value) {
        if (value instanceof Long || value == null || !isNumber(value)) {
            return true;
        }
        BigDecimal decimal = decimal(value);
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
            return true;
        }
        return decimal.compareTo(LONG_MIN) >= 0 && decimal.compareTo(LONG_MAX) <= 0;
    }

    /**
     * Whether a number is within a {@code double}'s range (true for what is not a number).
     *
     * @param value a JSON value as {@link JsonTree} holds it
     * @return false only for a number beyond a {@code double}
     */
    public static boolean fitsDouble(@Nullable Object value) {
        if (value instanceof Long || value instanceof Double || value == null || !isNumber(value)) {
            return true;
        }
        return !Double.isInfinite(decimal(value).doubleValue());
    }

    /**
     * {@code number} compared with {@code limit}, exactly.
     *
     * @param number a JSON number as {@link JsonTree} holds it
     * @param limit the bound
     * @return negative, zero or positive as the number is below, at or above the bound
     */
    public static int compare(Object number, BigDecimal limit) {
        return decimal(number).compareTo(limit);
    }

    /**
     * Whether {@code number} is an exact multiple of {@code divisor} (decimal arithmetic, no rounding).
     *
     * @param number a JSON number as {@link JsonTree} holds it
     * @param divisor the {@code multipleOf} value, greater than 0
     * @return whether the division leaves no remainder
     */
    public static boolean isMultipleOf(Object number, BigDecimal divisor) {
        BigDecimal value = decimal(number);
        if (Math.abs((long) value.scale() - divisor.scale()) > EXACT_SCALE_LIMIT) {
            double quotient = value.doubleValue() / divisor.doubleValue();
            return !Double.isInfinite(quotient) && quotient == Math.rint(quotient);
        }
        return value.remainder(divisor).signum() == 0;
    }

    /**
     * A string's length in Unicode code points, as JSON Schema counts it.
     *
     * @param text the string
     * @return its length
     */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * The pointer of a member of the object at {@code pointer}.
     *
     * @param pointer the object's pointer
     * @param name the member's name, escaped here
     * @return the member's pointer
     */
    public static String child(String pointer, String name) {
        return pointer + "/" + JsonReading.escape(name);
    }

    /**
     * The pointer of an element of the array at {@code pointer}.
     *
     * @param pointer the array's pointer
     * @param index the element's index
     * @return the element's pointer
     */
    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * A value from the body as a message quotes it: JSON, a number cut after 40 characters, anything else after
     * {@value MessageText#EXCERPT_LIMIT} ({@link MessageText#excerpt}), since bodies end up in logs.
     *
     * @param value a JSON value as {@link JsonTree} holds it
     * @return the text to quote
     */
    public static String describe(@Nullable Object value) {
        JsonBodyWriter writer = new JsonBodyWriter(64);
        writer.plainValue(value instanceof BigDecimal decimal && !Double.isInfinite(decimal.doubleValue())
                ? (Object) decimal.doubleValue() : value);
        String json = new String(writer.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        if (!isNumber(value)) {
            return MessageText.excerpt(json);
        }
        return json.length() <= 40 ? json : json.substring(0, 37) + "...";
    }

    private static BigDecimal decimal(Object number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (number instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        return BigDecimal.valueOf(((Number) number).longValue());
    }
}
