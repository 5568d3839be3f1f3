package io.busgen.runtime.internal;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.JsonTree;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JsonTokenId;
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
 *
 * <p>An input may also go on from where a decode failed ({@link #resuming}): the check is led without reading
 * through the objects and arrays the failure is in, down to the value decoding refused, and reads on from there.
 */
final class StreamInput extends JsonInput {

    /**
     * A container the decode was inside when it failed: the check enters it again, without reading, and is led to the
     * member ({@code name}) or element the failure is in; a {@code name} of null is an object decoding read to its end.
     */
    private record Level(boolean object, int depth, @Nullable String name, @Nullable PropertyNameMatcher decoded,
            long read) {}

    /**
     * Thrown when a check asks of a container it is led through what only reading it would tell: the body is then
     * validated from the start. No stack trace: it is an answer, not a fault.
     */
    static final class CannotResume extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private CannotResume() {
            super("the check reads what the decode read", null, false, false);
        }
    }

    private static final CannotResume CANNOT_RESUME = new CannotResume();

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
    /** The containers to lead the check through, outermost first; null once the input reads the stream. */
    private Level @Nullable [] levels;
    /** The level the check stands on, or is in once it has entered it ({@link #inside}). */
    private int level;
    private boolean inside;

    StreamInput(JsonParser parser) {
        this.parser = parser;
    }

    private StreamInput(JsonParser parser, Level[] levels) {
        this.parser = parser;
        this.levels = levels.length == 0 ? null : levels;
    }

    /**
     * An input that goes on from where a trial decode failed, on its parser: the check is led through the objects
     * and arrays the failure is in (their earlier members decoded, so they break no rule) down to the value decoding
     * refused, or to the end of the object that lacks a property, and reads the rest of the body. Null when the
     * failure is not one to go on from (only a refused value and a missing property are).
     *
     * @param parser the parser, where the decode failed
     * @param failure why it failed
     * @param names the names the decode read in the objects it is in
     */
    static @Nullable StreamInput resuming(JsonParser parser, DecodeException failure, NamesRead names) {
        JsonToken token = parser.currentToken();
        TokenStreamContext context = parser.streamReadContext();
        boolean atEnd;
        switch (failure.reason()) {
            case WRONG_TYPE, NULL_VALUE, INVALID_VALUE -> {
                if (token == null || !token.isScalarValue() && !token.isStructStart()) {
                    return null;
                }
                atEnd = false;
                if (token.isStructStart()) {
                    context = context.getParent(); // the parser is in the value already
                }
            }
            case MISSING_PROPERTY -> {
                if (token != JsonToken.END_OBJECT) {
                    return null;
                }
                atEnd = true;
            }
            default -> {
                return null;
            }
        }
        int count = atEnd ? 1 : 0;
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            count++;
        }
        Level[] levels = new Level[count];
        int at = count;
        if (atEnd) {
            Level closed = level(context.getNestingDepth() + 1, null, names);
            if (closed == null) {
                return null;
            }
            levels[--at] = closed;
        }
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.currentName() == null) {
                return null; // not inside a member: not where a decode fails
            }
            Level container = c.inObject() ? level(c.getNestingDepth(), c.currentName(), names)
                    : new Level(false, c.getNestingDepth(), null, null, 0);
            if (container == null) {
                return null;
            }
            levels[--at] = container;
        }
        return new StreamInput(parser, levels);
    }

    /** An object the decode is in, with the names it read there; null when it cannot tell them. */
    private static @Nullable Level level(int depth, @Nullable String name, NamesRead names) {
        if (!names.begun(depth)) {
            return null;
        }
        PropertyNameMatcher decoded = names.matcher(depth);
        return decoded == null ? null : new Level(true, depth, name, decoded, names.read(depth));
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
        if (levels != null) {
            throw CANNOT_RESUME; // the check did not go where the decode failed
        }
        leaveValue();
    }

    /** The level the check stands on, when the input still leads it; throws when the check is elsewhere. */
    private Level standing() {
        if (inside) {
            throw CANNOT_RESUME;
        }
        return levels[level];
    }

    /**
     * The check has been led to the next level's member or element: it stands on the next level, or, past the last,
     * on the value the decode refused (or the end of the object that lacks a property), read from the stream on.
     */
    private void descend() {
        inside = false;
        level++;
        if (level == levels.length) {
            levels = null;
            entered = false;
            decimal = null;
        }
    }

    @Override
    public int type() {
        if (levels != null) {
            return standing().object() ? Validation.OBJECT : Validation.ARRAY;
        }
        // By the token's number, a switch of constants: a check asks the type of each value it reads.
        return switch (parser.currentTokenId()) {
            case JsonTokenId.ID_START_OBJECT, JsonTokenId.ID_END_OBJECT -> Validation.OBJECT;
            case JsonTokenId.ID_START_ARRAY, JsonTokenId.ID_END_ARRAY -> Validation.ARRAY;
            case JsonTokenId.ID_STRING -> Validation.STRING;
            case JsonTokenId.ID_NUMBER_INT -> Validation.INTEGER;
            case JsonTokenId.ID_NUMBER_FLOAT -> Validation.typeOf(decimal());
            case JsonTokenId.ID_TRUE, JsonTokenId.ID_FALSE -> Validation.BOOLEAN;
            case JsonTokenId.ID_NO_TOKEN -> throw new IllegalStateException("no value");
            default -> Validation.NULL;
        };
    }

    @Override
    public String string() {
        if (levels != null) {
            throw CANNOT_RESUME;
        }
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new IllegalStateException("not a string: " + parser.currentToken());
        }
        return parser.getString();
    }

    @Override
    public Object number() {
        if (levels != null) {
            throw CANNOT_RESUME;
        }
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
        if (levels != null) {
            throw CANNOT_RESUME;
        }
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
        if (levels != null) {
            throw CANNOT_RESUME;
        }
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
        if (levels != null) {
            Level object = standing();
            if (!object.object() || names.others() || names.size() > Long.SIZE) {
                throw CANNOT_RESUME; // an array, or an object whose other names would have to be known
            }
            enter(object.depth(), names, seenBefore(object, names));
            inside = true;
            return true;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        entered = true;
        enter(parser.streamReadContext().getNestingDepth(), names, 0);
        return true;
    }

    private void enter(int depth, PropertyNames names, long read) {
        if (depth >= declared.length) {
            int length = Math.max(depth + 1, declared.length * 2);
            declared = Arrays.copyOf(declared, length);
            seen = Arrays.copyOf(seen, length);
            others = Arrays.copyOf(others, length);
        }
        declared[depth] = names;
        seen[depth] = read;
        others[depth] = null;
    }

    /**
     * The names of {@code names} the decode read in the object of {@code object}, as bits of their indexes; throws
     * when the decode did not know one of them (it skipped such a member unread).
     */
    private static long seenBefore(Level object, PropertyNames names) {
        PropertyNameMatcher matcher = object.decoded();
        if (matcher == null) {
            throw CANNOT_RESUME;
        }
        String[] decoded = matcher.nameLookup();
        if (decoded.length > Long.SIZE) {
            throw CANNOT_RESUME; // the decode's names are not all held in bits
        }
        int[] indexes = names.indexesIn(matcher);
        long read = 0;
        for (int i = 0; i < indexes.length; i++) {
            int index = indexes[i];
            if (index < 0) {
                throw CANNOT_RESUME;
            }
            if ((object.read() & (1L << index)) != 0) {
                read |= 1L << i;
            }
        }
        String name = object.name();
        // A name of the check's is one the decode knows (above); another is looked for among the decode's.
        if (name != null && names.indexOf(name) < 0 && indexOf(matcher, decoded, name) < 0) {
            throw CANNOT_RESUME; // the decode failed in a member it did not know: not one it read
        }
        return read;
    }

    /** The index of {@code name} among a decode's names ({@code decoded}, {@code matcher}'s), or -1. */
    static int indexOf(PropertyNameMatcher matcher, String[] decoded, String name) {
        for (int i = 0; i < decoded.length; i++) {
            if (JsonReading.nameAt(matcher, i).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public @Nullable String nextName() {
        if (levels != null) {
            Level object = levels[level];
            if (!inside || !object.object()) {
                throw CANNOT_RESUME; // the check moves on from where the decode failed without reading it
            }
            String name = object.name();
            descend();
            return name;
        }
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
        if (levels != null) {
            throw CANNOT_RESUME;
        }
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
    public boolean hasAll(String[] names) {
        if (levels != null) {
            throw CANNOT_RESUME;
        }
        int depth = closedDepth();
        long mask = declared[depth].mask(names);
        if (mask == 0) {
            return super.hasAll(names); // a name beyond the bits of a long, or not declared: asked one by one
        }
        return (seen[depth] & mask) == mask;
    }

    @Override
    public int size() {
        if (levels != null) {
            throw CANNOT_RESUME;
        }
        int depth = closedDepth();
        if (!declared[depth].others()) {
            throw new IllegalStateException("the object's other names were not remembered");
        }
        Set<String> names = others[depth];
        return Long.bitCount(seen[depth]) + (names == null ? 0 : names.size());
    }

    @Override
    public boolean enterArray() {
        if (levels != null) {
            if (standing().object()) {
                throw CANNOT_RESUME;
            }
            inside = true;
            return true;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return false;
        }
        entered = true;
        return true;
    }

    @Override
    public boolean nextElement() {
        if (levels != null) {
            if (!inside || levels[level].object()) {
                throw CANNOT_RESUME;
            }
            descend();
            return true;
        }
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
        if (levels != null) {
            throw CANNOT_RESUME;
        }
        return JsonReading.pointerOfValue(parser);
    }
}
