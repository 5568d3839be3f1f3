package io.busgen.runtime;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * A body read as Jackson parses it, for a validator: one pass, no tree. What a validator leaves unread is skipped
 * under the rules a tree would be read by (a number whose exponent no decimal holds, the collection size), so that
 * the stream and the tree refuse the same bodies.
 *
 * <p>The same key twice in one object: a tree keeps the last value, a stream sees both. The names of every object a
 * validator reads the members of are remembered, so that {@link #sawDuplicates} can tell; a stream with violations
 * and duplicate keys is validated again as a tree (see {@link Validator#of}).
 */
final class StreamInput extends JsonInput {

    /** Objects with more names than this keep them in a hash set rather than an array searched in turn. */
    private static final int NAMES_IN_ARRAY = 16;

    private final JsonParser parser;
    /** The parser stands on the start of the object or array a check has just entered. */
    private boolean entered;
    /** The decimal of the number the parser stands on, once read; null when not read or on another token. */
    private @Nullable BigDecimal decimal;
    /** The names of the object being read at each nesting depth (its members' names as they come). */
    private String[][] names = new String[8][];
    private int[] nameCounts = new int[8];
    private @Nullable Set<String>[] largeNames = newSets(8);
    private boolean duplicates;

    StreamInput(JsonParser parser) {
        this.parser = parser;
    }

    @SuppressWarnings("unchecked") // an array of sets, created empty
    private static @Nullable Set<String>[] newSets(int length) {
        return (Set<String>[]) new Set<?>[length];
    }

    /** Whether an object read had the same key twice. */
    boolean sawDuplicates() {
        return duplicates;
    }

    /** Reads past what is left of the value the parser stands on (the whole body, after the root's check). */
    void finish() {
        leaveValue();
    }

    @Override
    public int type() {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IllegalStateException("no value");
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT -> Validation.OBJECT;
            case START_ARRAY, END_ARRAY -> Validation.ARRAY;
            case VALUE_STRING -> Validation.STRING;
            case VALUE_NUMBER_INT -> Validation.INTEGER;
            case VALUE_NUMBER_FLOAT -> Validation.typeOf(decimal());
            case VALUE_TRUE, VALUE_FALSE -> Validation.BOOLEAN;
            default -> Validation.NULL;
        };
    }

    @Override
    public String string() {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new IllegalStateException("not a string: " + parser.currentToken());
        }
        return parser.getString();
    }

    @Override
    public Object number() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue()
                    : (Object) parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return decimal();
        }
        throw new IllegalStateException("not a number: " + token);
    }

    private BigDecimal decimal() {
        BigDecimal read = decimal;
        if (read == null) {
            read = JsonReading.readDecimal(parser);
            decimal = read;
        }
        return read;
    }

    @Override
    public @Nullable Object value() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return number();
        }
        Object value = JsonTree.read(parser);
        decimal = null;
        return value;
    }

    @Override
    public JsonInput buffered() {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        String at = pointer();
        return new TreeInput(JsonTree.read(parser), at);
    }

    @Override
    public JsonInput again() {
        // Only a value read in place is read again from a stream: a number, a string, a literal.
        return this;
    }

    @Override
    public boolean enterObject() {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        entered = true;
        int depth = parser.streamReadContext().getNestingDepth();
        if (depth >= names.length) {
            int length = Math.max(depth + 1, names.length * 2);
            names = Arrays.copyOf(names, length);
            nameCounts = Arrays.copyOf(nameCounts, length);
            largeNames = Arrays.copyOf(largeNames, length);
        }
        nameCounts[depth] = 0;
        largeNames[depth] = null;
        return true;
    }

    @Override
    public @Nullable String nextName() {
        leaveValue();
        String name = parser.nextName();
        decimal = null;
        if (name == null) {
            return null;
        }
        TokenStreamContext context = parser.streamReadContext();
        DecodeContext.checkSize(parser, context.getEntryCount());
        remember(context.getNestingDepth(), name);
        parser.nextToken();
        return name;
    }

    /** Moves past what a check left of the member or element the parser stands on. */
    private void leaveValue() {
        if (entered) {
            entered = false;
            return;
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            JsonReading.skipValue(parser);
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT && decimal == null) {
            JsonReading.readDecimal(parser); // refused past a decimal's exponent, as a tree refuses it
        }
    }

    private void remember(int depth, String name) {
        Set<String> large = largeNames[depth];
        if (large != null) {
            duplicates |= !large.add(name);
            return;
        }
        String[] seen = names[depth];
        int count = nameCounts[depth];
        int hash = name.hashCode();
        for (int i = 0; i < count; i++) {
            String other = seen[i];
            if (other == name || (other.hashCode() == hash && other.equals(name))) {
                duplicates = true;
                return;
            }
        }
        if (count == NAMES_IN_ARRAY) {
            large = new HashSet<>(Arrays.asList(seen));
            large.add(name);
            largeNames[depth] = large;
            return;
        }
        if (seen == null) {
            seen = new String[NAMES_IN_ARRAY];
            names[depth] = seen;
        }
        seen[count] = name;
        nameCounts[depth] = count + 1;
    }

    /** The nesting depth of the object whose end the parser stands on. */
    private int closedDepth() {
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new IllegalStateException("not at the end of an object: " + parser.currentToken());
        }
        return parser.streamReadContext().getNestingDepth() + 1;
    }

    @Override
    public boolean has(String name) {
        int depth = closedDepth();
        Set<String> large = largeNames[depth];
        if (large != null) {
            return large.contains(name);
        }
        String[] seen = names[depth];
        int hash = name.hashCode();
        for (int i = 0; i < nameCounts[depth]; i++) {
            String other = seen[i];
            if (other.hashCode() == hash && other.equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        int depth = closedDepth();
        Set<String> large = largeNames[depth];
        return large != null ? large.size() : nameCounts[depth];
    }

    @Override
    public boolean enterArray() {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return false;
        }
        entered = true;
        return true;
    }

    @Override
    public boolean nextElement() {
        leaveValue();
        JsonToken token = parser.nextToken();
        decimal = null;
        if (token == JsonToken.END_ARRAY) {
            return false;
        }
        DecodeContext.checkSize(parser, parser.streamReadContext().getEntryCount());
        return true;
    }

    @Override
    public String pointer() {
        return JsonReading.pointerOfValue(parser);
    }
}
