package io.busgen.runtime.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The property names a schema checks an object's members by (those of {@code properties}, {@code required} and
 * {@code dependentRequired}), for {@link JsonInput#enterObject}: a body's names are matched against them on their raw
 * bytes, and whether each was seen is one bit, so that reading the members of an object costs little more than
 * scanning them.
 */
public final class PropertyNames {

    /** No name declared; other names not remembered. */
    public static final PropertyNames NONE = new PropertyNames(new String[0], false);

    private final String[] names;
    /** An open-addressing table of the names' indexes (plus one; 0 is empty), by hash. */
    private final String[] table;
    private final int[] indexes;
    private final boolean others;
    private final PropertyNameMatcher matcher;
    /** The index of the name {@code ""}, which a matcher cannot hold, or -1. */
    private final int emptyIndex;
    /**
     * Where these names stand among the names of the last decoder asked about ({@link #indexesIn}): a validator that
     * goes on from a failed decode asks about the same generated reader's names each time. Immutable, so that a
     * thread that reads it sees it whole.
     */
    private @Nullable DecodedIndexes decoded;

    /** The index of each of the names in {@code matcher}, -1 where it has none. */
    private record DecodedIndexes(PropertyNameMatcher matcher, int[] indexes) {}

    /**
     * The bits of the last names asked about by {@link #mask} (a schema's {@code required}, asked at the end of each
     * object it checks), kept as {@link #decoded} is.
     */
    private @Nullable NamesMask lastMask;

    private record NamesMask(String[] names, long mask) {}

    private PropertyNames(String[] names, boolean others) {
        this.names = names;
        this.others = others;
        int empty = -1;
        for (int i = 0; i < names.length; i++) {
            if (names[i].isEmpty()) {
                empty = i;
            }
        }
        this.emptyIndex = empty;
        this.matcher = empty < 0 ? JsonReading.names(names) : JsonReading.namesWithEmpty(names);
        int size = Integer.highestOneBit(Math.max(2, names.length * 2) - 1) << 1;
        this.table = new String[size];
        this.indexes = new int[size];
        for (int i = 0; i < names.length; i++) {
            int slot = mix(names[i].hashCode()) & (size - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = names[i];
            indexes[slot] = i;
        }
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }

    /**
     * The names a schema checks members by; members of other names are skipped unread.
     *
     * @param names the names, each once
     * @return the names
     */
    public static PropertyNames of(String... names) {
        return new PropertyNames(names.clone(), false);
    }

    /**
     * The names a schema checks members by, for a schema that checks or counts the others too ({@code
     * additionalProperties}, {@code patternProperties}, {@code minProperties}, {@code maxProperties}): every name
     * read is remembered.
     *
     * @param names the names, each once
     * @return the names
     */
    public static PropertyNames andOthers(String... names) {
        return new PropertyNames(names.clone(), true);
    }

    /** Whether members of other names are checked or counted, so that their names are remembered. */
    boolean others() {
        return others;
    }

    /** How many names there are. */
    int size() {
        return names.length;
    }

    /** The name at an index, the very string the schema's checks name it by. */
    String name(int index) {
        return names[index];
    }

    /** The index of a name, or -1. */
    int indexOf(String name) {
        int mask = table.length - 1;
        for (int slot = mix(name.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            String other = table[slot];
            if (other == null) {
                return -1;
            }
            if (other == name || other.equals(name)) {
                return indexes[slot];
            }
        }
    }

    /**
     * The bits of {@code names}' indexes ({@code 1L << index} each), for an input that notes the names seen as bits;
     * 0 when one of them is not among these names, or has an index beyond a long's bits (or {@code names} is empty).
     */
    long mask(String[] names) {
        NamesMask last = lastMask;
        if (last != null && sameNames(last.names(), names)) {
            return last.mask();
        }
        long mask = 0;
        for (String name : names) {
            int index = indexOf(name);
            if (index < 0 || index >= Long.SIZE) {
                mask = 0;
                break;
            }
            mask |= 1L << index;
        }
        lastMask = new NamesMask(names.clone(), mask);
        return mask;
    }

    /** Whether two lists hold the same strings, compared as the generated code's constants are: by identity first. */
    private static boolean sameNames(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i] && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of each of these names among the names of a decoder's matcher (made by {@link JsonReading#names} or
     * {@link JsonReading#namesWithEmpty}), -1 for a name it does not have; the array is shared, not to be changed.
     */
    int[] indexesIn(PropertyNameMatcher matcher) {
        DecodedIndexes last = decoded;
        if (last != null && last.matcher() == matcher) {
            return last.indexes();
        }
        String[] decodedNames = matcher.nameLookup();
        int[] found = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            found[i] = StreamInput.indexOf(matcher, decodedNames, names[i]);
        }
        decoded = new DecodedIndexes(matcher, found);
        return found;
    }

    /**
     * Moves the parser to the next name of the object it is in, as {@link JsonParser#nextNameMatch}: the name's
     * index, {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME} for another name ({@link JsonParser#currentName}), or
     * {@link PropertyNameMatcher#MATCH_END_OBJECT}.
     */
    int nextMatch(JsonParser parser) {
        int index = parser.nextNameMatch(matcher);
        if (emptyIndex < 0) {
            return index;
        }
        if (index == emptyIndex && !parser.currentName().isEmpty()) {
            return PropertyNameMatcher.MATCH_UNKNOWN_NAME; // a body's name equal to the stand-in for ""
        }
        if (index == PropertyNameMatcher.MATCH_UNKNOWN_NAME && parser.currentName().isEmpty()) {
            return emptyIndex;
        }
        return index;
    }

    @Override
    public String toString() {
        return Arrays.toString(names) + (others ? " and others" : "");
    }
}
