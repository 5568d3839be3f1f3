package io.busgen.runtime.internal;

import io.busgen.runtime.JsonTree;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * A body read as Jackson parses it, for a validator: one pass, no tree. What a validator leaves unread is skipped
 * under the rules a tree would be read by (a number whose exponent no decimal holds, the collection size), so that
 * the stream and the tree refuse the same bodies.
 *
 * <p>The names of an object's members are matched on their raw bytes against the names the schema declares ({@link
 * PropertyNames}), and each one seen is a bit; other names are skipped unless the schema checks or counts them. The
 * same key twice in one object: a tree keeps the last value, a stream sees both. A declared name seen twice, or an
 * other name the schema reads seen twice, is noticed ({@link #sawDuplicates}); a stream with violations and
 * duplicate keys is validated again as a tree ({@link GeneratedValidator}).
 */
final class StreamInput extends JsonInput {

    private final JsonParser parser;
    /** The parser stands on the start of the object or array a check has just entered. */
    private boolean entered;
    /** The decimal of the number the parser stands on, once read; null when not read or on another token. */
    private @Nullable BigDecimal decimal;
    /** For each nesting depth, the names the object being read there is checked by, and which of them were seen. */
    private PropertyNames[] declared = new PropertyNames[8];
    private long[] seen = new long[8];
    /** For each depth, the other names seen, when the schema reads them; null until there is one. */
    private @Nullable Set<String>[] others = newSets(8);
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
        Object value = JsonReading.readTree(parser);
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
        return new TreeInput(JsonReading.readTree(parser), at);
    }

    @Override
    public JsonInput again() {
        // Only a value read in place is read again from a stream: a number, a string, a literal.
        return this;
    }

    @Override
    public boolean enterObject(PropertyNames names) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        entered = true;
        int depth = parser.streamReadContext().getNestingDepth();
        if (depth >= declared.length) {
            int length = Math.max(depth + 1, declared.length * 2);
            declared = Arrays.copyOf(declared, length);
            seen = Arrays.copyOf(seen, length);
            others = Arrays.copyOf(others, length);
        }
        declared[depth] = names;
        seen[depth] = 0;
        others[depth] = null;
        return true;
    }

    @Override
    public @Nullable String nextName() {
        leaveValue();
        TokenStreamContext object = parser.streamReadContext();
        int depth = object.getNestingDepth();
        PropertyNames names = declared[depth];
        int index = names.nextMatch(parser);
        decimal = null;
        String name;
        if (index >= 0) {
            name = names.name(index);
            if (index < Long.SIZE) {
                long bit = 1L << index;
                duplicates |= (seen[depth] & bit) != 0;
                seen[depth] |= bit;
            } else {
                remember(depth, name);
            }
        } else if (index == PropertyNameMatcher.MATCH_END_OBJECT) {
            return null;
        } else {
            name = parser.currentName();
            DecodeContext.checkSize(parser, object.getEntryCount());
            if (names.others()) {
                remember(depth, name);
            }
        }
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
        Set<String> names = others[depth];
        if (names == null) {
            names = new HashSet<>();
            others[depth] = names;
        }
        duplicates |= !names.add(name);
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
        int index = declared[depth].indexOf(name);
        if (index >= 0 && index < Long.SIZE) {
            return (seen[depth] & (1L << index)) != 0;
        }
        Set<String> names = others[depth];
        if (index < 0 && !declared[depth].others()) {
            throw new IllegalStateException("the name \"" + name + "\" is neither declared nor remembered");
        }
        return names != null && names.contains(name);
    }

    @Override
    public int size() {
        int depth = closedDepth();
        if (!declared[depth].others()) {
            throw new IllegalStateException("the object's other names were not remembered");
        }
        Set<String> names = others[depth];
        return Long.bitCount(seen[depth]) + (names == null ? 0 : names.size());
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
