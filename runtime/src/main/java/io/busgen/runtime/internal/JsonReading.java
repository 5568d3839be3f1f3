package io.busgen.runtime.internal;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeException.Reason;
import io.busgen.runtime.JsonTree;
import io.busgen.runtime.PlainJson;
import io.busgen.runtime.TypeAdapter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * What generated codecs call to read values from Jackson's streaming parser. Each method expects the parser on the
 * value's first token and leaves it on the value's last token; a value of the wrong type is a
 * {@link DecodeException} located at that value, unless the decode refuses the body in place ({@link
 * #refusedInPlace}), when the method returns a stand-in that nobody reads.
 */
public final class JsonReading {

    /** Builds name matchers; any JSON factory builds the same ones. */
    private static final JsonFactory NAME_MATCHERS = new JsonFactory();

    private JsonReading() {}

    /**
     * Reads the elements of one array.
     *
     * @param <T> the type of the elements
     */
    @FunctionalInterface
    public interface ElementReader<T> {
        /**
         * Reads the element the parser is on.
         *
         * @param parser the parser, on the element's first token
         * @return the element
         */
        T read(JsonParser parser);
    }

    /**
     * A matcher of an object's property names, in declaration order, for {@link #nextProperty}: it matches names on
     * their raw bytes, without making a String of each.
     *
     * @param names the property names, as they appear on the wire
     * @return the matcher; a name's index is its position in {@code names}
     */
    public static PropertyNameMatcher names(String... names) {
        List<Named> named = new ArrayList<>(names.length);
        for (String name : names) {
            named.add(Named.fromString(name));
        }
        return NAME_MATCHERS.constructNameMatcher(named, false);
    }

    /** Stands for the property name {@code ""}, which Jackson's matchers cannot hold, in {@link #namesWithEmpty}. */
    private static final String EMPTY_NAME = "\u0000busgen:the-empty-property-name";

    /**
     * {@link #names}, for an object one of whose properties is named {@code ""}: read it with {@link
     * #nextProperty(JsonParser, PropertyNameMatcher, int)}.
     *
     * @param names the property names, one of them {@code ""}
     * @return the matcher
     */
    public static PropertyNameMatcher namesWithEmpty(String... names) {
        String[] stand = names.clone();
        for (int i = 0; i < stand.length; i++) {
            if (stand[i].isEmpty()) {
                stand[i] = EMPTY_NAME;
            }
        }
        return names(stand);
    }

    /** The property name at {@code index} of a matcher made by {@link #names} or {@link #namesWithEmpty}. */
    static String nameAt(PropertyNameMatcher names, int index) {
        String name = names.nameLookup()[index];
        return name.equals(EMPTY_NAME) ? "" : name;
    }

    /**
     * {@link #nextProperty(JsonParser, PropertyNameMatcher)} for a matcher made by {@link #namesWithEmpty}.
     *
     * @param parser the parser, inside an object
     * @param names the matcher
     * @param emptyIndex the index of the property {@code ""} in the matcher
     * @return the property's index in the matcher, or -1 at the end of the object
     */
    public static int nextProperty(JsonParser parser, PropertyNameMatcher names, int emptyIndex) {
        while (true) {
            int index = parser.nextNameMatch(names);
            if (index >= 0 && (index != emptyIndex || parser.currentName().isEmpty())) {
                DecodeContext.nameRead(parser, names, index);
                parser.nextToken();
                return index;
            }
            if (index == PropertyNameMatcher.MATCH_END_OBJECT) {
                DecodeContext.objectEnded(parser, names);
                return -1;
            }
            if (index == PropertyNameMatcher.MATCH_ODD_TOKEN) {
                return -1; // the body ended: it was refused, and read to its end, in place (refusedInPlace)
            }
            if (index < 0 && "".equals(parser.currentName())) {
                DecodeContext.nameRead(parser, names, emptyIndex);
                parser.nextToken();
                return emptyIndex;
            }
            DecodeContext.checkSize(parser, parser.streamReadContext().getEntryCount());
            parser.nextToken();
            skipValue(parser);
        }
    }

    /**
     * Moves to the next known property of the object the parser is in, skipping unknown ones with their values, and
     * onto that property's value.
     *
     * @param parser the parser, inside an object
     * @param names the matcher of the object's known properties
     * @return the property's index in the matcher, or -1 at the end of the object
     */
    public static int nextProperty(JsonParser parser, PropertyNameMatcher names) {
        while (true) {
            int index = parser.nextNameMatch(names);
            if (index >= 0) {
                DecodeContext.nameRead(parser, names, index);
                parser.nextToken();
                return index;
            }
            if (index == PropertyNameMatcher.MATCH_END_OBJECT) {
                DecodeContext.objectEnded(parser, names);
                return -1;
            }
            if (index == PropertyNameMatcher.MATCH_ODD_TOKEN) {
                return -1; // the body ended: it was refused, and read to its end, in place (refusedInPlace)
            }
            // An unknown member: it counts towards the object's size, and its value is skipped under the same
            // rules as a value that is read (a number whose exponent no decimal holds is refused either way).
            DecodeContext.checkSize(parser, parser.streamReadContext().getEntryCount());
            parser.nextToken();
            skipValue(parser);
        }
    }

    /**
     * Skips the value the parser is on (an object of a type without body fields, an unknown member's value), checking
     * the limits that reading it would: a number whose exponent no decimal holds, the collection size.
     *
     * @param parser the parser, on the value's first token; left on its last
     */
    public static void skipValue(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            readDecimal(parser);
            return;
        }
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            token = parser.nextToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                depth++;
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                depth--;
            } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                readDecimal(parser);
            } else if (token == null) {
                return;
            }
            if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY && token != JsonToken.PROPERTY_NAME) {
                DecodeContext.checkSize(parser, parser.streamReadContext().getEntryCount());
            }
        }
    }

    /**
     * Checks that the parser is on the start of an object.
     *
     * @param parser the parser
     * @throws DecodeException when the value is not an object
     */
    public static void beginObject(JsonParser parser) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            refuse(parser, "an object");
            return;
        }
        DecodeContext.objectBegun(parser);
    }

    /**
     * A string.
     *
     * @param parser the parser, on the value
     * @return the string
     * @throws DecodeException when the value is not a string
     */
    public static String readString(JsonParser parser) {
        return readString(parser, "a string");
    }

    private static String readString(JsonParser parser, String expected) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            refuse(parser, expected);
            return "";
        }
        return parser.getString();
    }

    /**
     * A string or null.
     *
     * @param parser the parser, on the value
     * @return the string, or null
     * @throws DecodeException when the value is neither
     */
    public static @Nullable String readNullableString(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readString(parser, "a string or null");
    }

    /**
     * A boolean.
     *
     * @param parser the parser, on the value
     * @return the boolean
     * @throws DecodeException when the value is not a boolean
     */
    public static boolean readBoolean(JsonParser parser) {
        return readBoolean(parser, "a boolean");
    }

    private static boolean readBoolean(JsonParser parser, String expected) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        refuse(parser, expected);
        return false;
    }

    /**
     * A boolean or null.
     *
     * @param parser the parser, on the value
     * @return the boolean, or null
     * @throws DecodeException when the value is neither
     */
    public static @Nullable Boolean readNullableBoolean(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readBoolean(parser, "a boolean or null");
    }

    /**
     * An integer: a JSON number without fraction (or whose fraction is zero, {@code 1.0}, {@code 1e3}) that fits a
     * {@code long}, decided on the exact decimal.
     *
     * @param parser the parser, on the value
     * @return the integer
     * @throws DecodeException when the value is not an integer, or beyond a {@code long}
     */
    public static long readLong(JsonParser parser) {
        return readLong(parser, "an integer");
    }

    private static long readLong(JsonParser parser, String expected) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw outOfLongRange(parser);
            }
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal value = readDecimal(parser);
            if (value.signum() == 0) {
                return 0;
            }
            if (value.stripTrailingZeros().scale() <= 0) {
                if (!Validation.fitsLong(value)) {
                    throw outOfLongRange(parser);
                }
                return value.longValueExact();
            }
        }
        refuse(parser, expected);
        return 0;
    }

    private static DecodeException outOfLongRange(JsonParser parser) {
        readDecimal(parser);
        return new DecodeException(Reason.INVALID_VALUE, pointerOfValue(parser), Validation.LONG_RANGE_MESSAGE
                + Validation.describe(numberAsInTree(parser)));
    }

    /**
     * The exact decimal of the number the parser is on.
     *
     * @param parser the parser, on a number
     * @return the number as written
     * @throws DecodeException (a limit) when its exponent is beyond what a decimal can hold ({@code 1e9999999999})
     */
    public static BigDecimal readDecimal(JsonParser parser) {
        String lexeme = parser.getString();
        try {
            return new BigDecimal(lexeme);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new DecodeException(Reason.LIMIT_EXCEEDED, pointerOfValue(parser), "limit: number "
                    + shorten(lexeme) + " has an exponent beyond the " + Integer.MAX_VALUE + " a decimal can hold");
        }
    }

    /** The number the parser is on as {@link JsonTree} holds it, so that messages quote it as validators do. */
    private static Object numberAsInTree(JsonParser parser) {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue()
                    : (Object) parser.getLongValue();
        }
        return readDecimal(parser);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /**
     * An integer ({@link #readLong}) or null.
     *
     * @param parser the parser, on the value
     * @return the integer, or null
     * @throws DecodeException when the value is neither, or beyond a {@code long}
     */
    public static @Nullable Long readNullableLong(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readLong(parser, "an integer or null");
    }

    /**
     * A number, as the nearest {@code double}.
     *
     * @param parser the parser, on the value
     * @return the number
     * @throws DecodeException when the value is not a number, or beyond a double's range
     */
    public static double readDouble(JsonParser parser) {
        return readDouble(parser, "a number");
    }

    private static double readDouble(JsonParser parser, String expected) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            double value = parser.getDoubleValue();
            if (value == 0 && token == JsonToken.VALUE_NUMBER_FLOAT) {
                readDecimal(parser); // 1e-9999999999 is refused as the validators refuse it
            }
            if (Double.isInfinite(value)) {
                readDecimal(parser);
                throw new DecodeException(Reason.INVALID_VALUE, pointerOfValue(parser),
                        Validation.DOUBLE_RANGE_MESSAGE + Validation.describe(numberAsInTree(parser)));
            }
            return value;
        }
        refuse(parser, expected);
        return 0;
    }

    /**
     * A number ({@link #readDouble}) or null.
     *
     * @param parser the parser, on the value
     * @return the number, or null
     * @throws DecodeException when the value is neither, or beyond a double's range
     */
    public static @Nullable Double readNullableDouble(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readDouble(parser, "a number or null");
    }

    /**
     * An array, read element by element into an immutable list.
     *
     * @param <T> the type of the elements
     * @param parser the parser, on the value
     * @param elements reads one element
     * @return the list
     * @throws DecodeException when the value is not an array, or an element cannot be read
     */
    public static <T> List<T> readList(JsonParser parser, ElementReader<T> elements) {
        return readList(parser, elements, "an array");
    }

    private static <T> List<T> readList(JsonParser parser, ElementReader<T> elements, String expected) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            refuse(parser, expected);
            return List.of();
        }
        List<T> list = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                return List.of(); // the body ended: an element was refused in place
            }
            DecodeContext.checkSize(parser, list.size() + 1);
            list.add(elements.read(parser));
        }
        return Immutable.wrap(list.toArray());
    }

    /**
     * An array ({@link #readList}) or null.
     *
     * @param <T> the type of the elements
     * @param parser the parser, on the value
     * @param elements reads one element
     * @return the list, or null
     * @throws DecodeException when the value is neither, or an element cannot be read
     */
    public static <T> @Nullable List<T> readNullableList(JsonParser parser, ElementReader<T> elements) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readList(parser, elements, "an array or null");
    }

    /**
     * A typed map: an object whose members' values are all read by {@code values}, into an immutable map in wire
     * order. The same name twice: the last value counts, at the first one's position, as everywhere else.
     *
     * @param <T> the type of the values
     * @param parser the parser, on the value
     * @param values reads one member's value
     * @return the map
     * @throws DecodeException when the value is not an object, or a member's value cannot be read
     */
    public static <T> Map<String, T> readMap(JsonParser parser, ElementReader<T> values) {
        return readMap(parser, values, "an object");
    }

    private static <T> Map<String, T> readMap(JsonParser parser, ElementReader<T> values, String expected) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            refuse(parser, expected);
            return Map.of();
        }
        java.util.LinkedHashMap<String, T> members = new java.util.LinkedHashMap<>();
        boolean hasNulls = false;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            parser.nextToken();
            DecodeContext.checkSize(parser, members.size() + 1);
            T value = values.read(parser);
            hasNulls |= value == null;
            members.put(name, value);
        }
        return Immutable.wrapMap(members, hasNulls);
    }

    /**
     * A typed map ({@link #readMap}) or null.
     *
     * @param <T> the type of the values
     * @param parser the parser, on the value
     * @param values reads one member's value
     * @return the map, or null
     * @throws DecodeException when the value is neither, or a member's value cannot be read
     */
    public static <T> @Nullable Map<String, T> readNullableMap(JsonParser parser, ElementReader<T> values) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readMap(parser, values, "an object or null");
    }

    /**
     * An object without declared properties: an immutable, order-keeping map of plain JSON values.
     *
     * @param parser the parser, on the value
     * @return the members, as {@link PlainJson} represents them
     * @throws DecodeException when the value is not an object
     */
    public static Map<String, @Nullable Object> readFreeForm(JsonParser parser) {
        return readFreeForm(parser, "an object");
    }

    private static Map<String, @Nullable Object> readFreeForm(JsonParser parser, String expected) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            refuse(parser, expected);
            return Map.of();
        }
        return readObject(parser, false);
    }

    /**
     * A free-form object ({@link #readFreeForm}) or null.
     *
     * @param parser the parser, on the value
     * @return the members, or null
     * @throws DecodeException when the value is neither
     */
    public static @Nullable Map<String, @Nullable Object> readNullableFreeForm(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readFreeForm(parser, "an object or null");
    }

    /**
     * A value of a generated type, or {@code null}: a value of neither type is reported as the adapter reports it, with
     * {@code or null} added to what it expected.
     *
     * @param <T> the generated type
     * @param parser the parser, on the value
     * @param adapter reads the generated type
     * @return the value, or null
     * @throws DecodeException when the value is neither
     */
    public static <T> @Nullable T readNullable(JsonParser parser, TypeAdapter<T> adapter) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        TokenStreamContext context = parser.streamReadContext();
        try {
            return JsonCodec.of(adapter).read(parser);
        } catch (DecodeException e) {
            // The adapter refused the value itself, before moving: on the same token in the same context.
            String message = e.getMessage();
            int not = message == null ? -1 : message.lastIndexOf(", not ");
            if (e.reason() != Reason.WRONG_TYPE || parser.currentToken() != token
                    || parser.streamReadContext() != context || not < 0) {
                throw e;
            }
            throw new DecodeException(Reason.WRONG_TYPE, e.pointer(), message.substring(0, not) + " or null"
                    + message.substring(not));
        }
    }

    /**
     * Any JSON value, as {@link PlainJson} represents it: an integer a {@link Long} (a {@link java.math.BigInteger}
     * beyond 64 bits), another number a {@link Double} (as written, a {@link BigDecimal}, beyond a double's range).
     *
     * @param parser the parser, on the value
     * @return the value
     * @throws DecodeException when a limit is reached
     */
    public static @Nullable Object readAny(JsonParser parser) {
        return readValue(parser, false);
    }

    /**
     * Any JSON value, as {@link JsonTree} holds it for validators: as {@link #readAny}, but every number that is not
     * an integer is the {@link BigDecimal} written.
     *
     * @param parser the parser, on the value
     * @return the value
     * @throws DecodeException when a limit is reached
     */
    public static @Nullable Object readTree(JsonParser parser) {
        return readValue(parser, true);
    }

    /**
     * The one reader of untyped values, for free-form values and validation trees alike; they differ only in how a
     * number with a fraction or an exponent is held ({@code exact}: as written).
     */
    private static @Nullable Object readValue(JsonParser parser, boolean exact) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new DecodeException(Reason.MALFORMED_JSON, "", "the body ends where a value was expected");
        }
        switch (token) {
            case START_OBJECT:
                return readObject(parser, exact);
            case START_ARRAY: {
                List<@Nullable Object> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    DecodeContext.checkSize(parser, elements.size() + 1);
                    elements.add(readValue(parser, exact));
                }
                return Immutable.wrap(elements.toArray());
            }
            case VALUE_STRING:
                return parser.getString();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue()
                        : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return exact ? readDecimal(parser) : readPlainNumber(parser);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new DecodeException(Reason.MALFORMED_JSON, pointerOfValue(parser), "unexpected " + token);
        }
    }

    private static Map<String, @Nullable Object> readObject(JsonParser parser, boolean exact) {
        ObjectMembers members = new ObjectMembers();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            parser.nextToken();
            DecodeContext.checkSize(parser, members.size() + 1);
            // The same key twice: the last one counts, as Infrahub reads it; its position is the first one's.
            members.put(name, readValue(parser, exact));
        }
        return members.build();
    }

    /** A number with a fraction or an exponent, as a plain value holds it. */
    private static Object readPlainNumber(JsonParser parser) {
        double value = parser.getDoubleValue();
        if (value == 0 || Double.isInfinite(value)) {
            // An exponent no decimal holds is refused as the validators refuse it; beyond a double's range, the number
            // is kept exactly as written (and written back so).
            BigDecimal exact = readDecimal(parser);
            return value == 0 ? (Object) value : exact;
        }
        return value;
    }

    /**
     * The error for a required property that is absent, located at the property itself.
     *
     * @param parser the parser, on the end of the object that lacks the property
     * @param property the property's name
     * @return the error
     */
    public static DecodeException missing(JsonParser parser, String property) {
        DecodeException trial = DecodeContext.failed(parser, Reason.MISSING_PROPERTY);
        if (trial != null) {
            return trial;
        }
        String object = pointerOfObjectJustClosed(parser);
        return new DecodeException(Reason.MISSING_PROPERTY, object + "/" + escape(property),
                "required property \"" + property + "\" is missing");
    }

    /**
     * The error for an enum value the schema does not list, worded as the validators word it.
     *
     * @param parser the parser, on the value
     * @param value the value read
     * @param allowed the values the schema lists, as a JSON array (shortened when long)
     * @return the error, located at the value
     */
    public static DecodeException notAllowed(JsonParser parser, String value, String allowed) {
        DecodeException trial = DecodeContext.failed(parser, Reason.INVALID_VALUE);
        if (trial != null) {
            return trial;
        }
        return new DecodeException(Reason.INVALID_VALUE, pointerOfValue(parser),
                "must be one of " + allowed + ", not " + Validation.describe(value));
    }

    /**
     * The error for a value of the wrong type, or a null where none is allowed.
     *
     * @param parser the parser, on the value
     * @param expected what was expected, with its article ({@code "a string"})
     * @return the error, located at the value
     */
    public static DecodeException wrongType(JsonParser parser, String expected) {
        JsonToken token = parser.currentToken();
        DecodeException trial = DecodeContext.failed(parser, token == JsonToken.VALUE_NULL ? Reason.NULL_VALUE
                : Reason.WRONG_TYPE);
        if (trial != null) {
            return trial;
        }
        if (token == JsonToken.VALUE_NULL) {
            return new DecodeException(Reason.NULL_VALUE, pointerOfValue(parser), "must be " + expected
                    + ", not null");
        }
        return new DecodeException(Reason.WRONG_TYPE, pointerOfValue(parser), "must be " + expected + ", not "
                + describe(parser));
    }

    /**
     * Refuses the value the parser is on, of the wrong type or a null where none is allowed: in place, when the decode
     * has a validator to go on from here ({@link DecodeContext#refuseInPlace}), and the caller then returns a stand-in
     * value that nobody uses; otherwise by throwing {@link #wrongType}.
     */
    private static void refuse(JsonParser parser, String expected) {
        Reason reason = parser.currentToken() == JsonToken.VALUE_NULL ? Reason.NULL_VALUE : Reason.WRONG_TYPE;
        if (!DecodeContext.refuseInPlace(parser, reason)) {
            throw wrongType(parser, expected);
        }
    }

    /**
     * Whether the decode was refused in place ({@link DecodeContext#refuseInPlace}) inside the object a generated
     * reader has read to the end of its members: the body ended there, read to its end by the validator that listed
     * its violations. The reader then returns {@link #noValue} at once.
     *
     * @param parser the parser, after the object's last member
     * @return whether the decode was refused in place
     */
    public static boolean refusedInPlace(JsonParser parser) {
        return parser.currentToken() == null && DecodeContext.refused(parser);
    }

    /**
     * What a generated reader returns from a decode refused in place ({@link #refusedInPlace}): nothing, since the
     * decode's result is the refusal, which its caller returns instead.
     *
     * @param <T> the type the reader reads
     * @return null
     */
    @SuppressWarnings({"nullness", "NullAway"}) // never a value anybody reads
    public static <T> T noValue() {
        return null;
    }

    /**
     * The JSON pointer of the value the parser is on.
     *
     * @param parser the parser
     * @return the pointer, {@code ""} for the whole body
     */
    public static String pointerOfValue(JsonParser parser) {
        JsonToken token = parser.currentToken();
        TokenStreamContext context = parser.streamReadContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            // The parser has entered the new container already: the value is where its parent stands.
            context = context.getParent();
        }
        return pointerOf(context);
    }

    /** The JSON pointer of the object whose closing brace the parser has just read. */
    private static String pointerOfObjectJustClosed(JsonParser parser) {
        return pointerOf(parser.streamReadContext());
    }

    /**
     * The JSON pointer of where a context stands, as {@code context.pathAsPointer().toString()} gives it, written
     * straight into one string, or the same string as last time for the same path ({@link LastPointer}).
     */
    private static String pointerOf(@Nullable TokenStreamContext context) {
        if (context == null) {
            return "";
        }
        if (!context.hasPathSegment()) {
            context = context.getParent();
        }
        if (context == null || context.inRoot()) {
            return "";
        }
        String last = LastPointer.of(context);
        if (last != null) {
            return last;
        }
        StringBuilder pointer = new StringBuilder(64);
        appendPath(pointer, context);
        String made = pointer.toString();
        LastPointer.remember(context, made);
        return made;
    }

    /** Appends the segments of {@code context}'s path, outermost first. */
    private static void appendPath(StringBuilder pointer, TokenStreamContext context) {
        TokenStreamContext parent = context.getParent();
        if (parent != null) {
            appendPath(pointer, parent);
        }
        if (context.inObject()) {
            String name = context.currentName();
            appendEscaped(pointer.append('/'), name == null ? "" : name);
        } else if (context.inArray()) {
            pointer.append('/').append(context.getCurrentIndex());
        }
    }

    private static void appendEscaped(StringBuilder out, String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            out.append(token);
            return;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '~') {
                out.append("~0");
            } else if (c == '/') {
                out.append("~1");
            } else {
                out.append(c);
            }
        }
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The type of the value the parser is on, named as the validators name it ({@link Validation#typePhrase}). */
    private static String describe(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "nothing";
        }
        return Validation.typePhrase(switch (token) {
            case START_OBJECT -> Validation.OBJECT;
            case START_ARRAY -> Validation.ARRAY;
            case VALUE_STRING -> Validation.STRING;
            case VALUE_NUMBER_INT -> Validation.INTEGER;
            case VALUE_NUMBER_FLOAT -> integral(parser.getString()) ? Validation.INTEGER : Validation.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> Validation.BOOLEAN;
            default -> Validation.NULL;
        });
    }

    /** Whether a number's lexeme has no fraction ({@code 1.0} and {@code 1e3} are integers to JSON Schema). */
    private static boolean integral(String lexeme) {
        try {
            BigDecimal value = new BigDecimal(lexeme);
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException | ArithmeticException e) {
            return false; // an exponent beyond what a decimal holds: a number, whatever it is
        }
    }

}
