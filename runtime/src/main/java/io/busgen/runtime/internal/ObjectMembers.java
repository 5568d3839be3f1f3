package io.busgen.runtime.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The members of one object as decoding reads them, made into an immutable map that costs little per member: up to
 * {@value #SMALL} members in one array, more in a hash map. The same key twice: the last value counts, at the first
 * one's position, as Infrahub reads it.
 */
final class ObjectMembers {

    /** The most members kept in one array, searched linearly. */
    static final int SMALL = 8;

    private static final Object[] NONE = new Object[0];

    private Object[] keysAndValues = NONE;
    private int length;
    private @Nullable LinkedHashMap<String, @Nullable Object> large;

    /** The number of distinct keys so far. */
    int size() {
        return large != null ? large.size() : length / 2;
    }

    void put(String key, @Nullable Object value) {
        if (large != null) {
            large.put(key, value);
            return;
        }
        for (int i = 0; i < length; i += 2) {
            if (keysAndValues[i].equals(key)) {
                keysAndValues[i + 1] = value;
                return;
            }
        }
        if (length == SMALL * 2) {
            large = new LinkedHashMap<>();
            for (int i = 0; i < length; i += 2) {
                large.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
            large.put(key, value);
            keysAndValues = NONE;
            return;
        }
        if (length == keysAndValues.length) {
            keysAndValues = Arrays.copyOf(keysAndValues, length == 0 ? 4 : length * 2);
        }
        keysAndValues[length++] = key;
        keysAndValues[length++] = value;
    }

    /** The immutable, order-keeping map of the members. */
    Map<String, @Nullable Object> build() {
        if (large != null) {
            return Immutable.wrap(large);
        }
        return Immutable.wrapSmall(length == keysAndValues.length ? keysAndValues
                : Arrays.copyOf(keysAndValues, length));
    }
}
