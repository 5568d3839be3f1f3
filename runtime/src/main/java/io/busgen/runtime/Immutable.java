package io.busgen.runtime;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The immutable lists and maps generated records hold. Copying is idempotent: a list or map that is already one of
 * these is kept as it is, so that a decoded value is not copied again by the record's constructor.
 */
public final class Immutable {

    private Immutable() {}

    /** An immutable copy of a list whose elements may not be null. */
    public static <T> List<T> list(Collection<? extends T> elements) {
        if (elements instanceof FrozenList<?> frozen && !frozen.hasNulls) {
            @SuppressWarnings("unchecked") // a frozen list is read-only, so List<? extends T> is a List<T>
            List<T> same = (List<T>) frozen;
            return same;
        }
        Object[] array = elements.toArray();
        for (int i = 0; i < array.length; i++) {
            Objects.requireNonNull(array[i], "element " + i + " is null");
        }
        return new FrozenList<>(array, false);
    }

    /** An immutable copy of a list whose elements may be null. */
    public static <T> List<@Nullable T> listAllowingNulls(Collection<? extends @Nullable T> elements) {
        if (elements instanceof FrozenList<?>) {
            @SuppressWarnings("unchecked") // a frozen list is read-only, so List<? extends T> is a List<T>
            List<@Nullable T> same = (List<@Nullable T>) elements;
            return same;
        }
        Object[] array = elements.toArray();
        boolean hasNulls = false;
        for (Object element : array) {
            hasNulls |= element == null;
        }
        return new FrozenList<>(array, hasNulls);
    }

    /** Wraps a map the caller built and will not touch again; its iteration order is kept. */
    static Map<String, @Nullable Object> wrap(LinkedHashMap<String, @Nullable Object> members) {
        return new FrozenMap(members);
    }

    static boolean isFrozen(Object value) {
        return value instanceof FrozenMap || value instanceof FrozenList<?>;
    }

    /** Wraps an array the caller built and will not touch again. */
    static <T> List<T> wrap(Object[] elements) {
        boolean hasNulls = false;
        for (Object element : elements) {
            hasNulls |= element == null;
        }
        return new FrozenList<>(elements, hasNulls);
    }

    private static final class FrozenList<T> extends AbstractList<T> implements RandomAccess {
        private final Object[] elements;
        private final boolean hasNulls;

        FrozenList(Object[] elements, boolean hasNulls) {
            this.elements = elements;
            this.hasNulls = hasNulls;
        }

        @Override
        @SuppressWarnings("unchecked") // only T values were put in
        public T get(int index) {
            return (T) elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }
    }

    private static final class FrozenMap extends AbstractMap<String, @Nullable Object> {
        private final Map<String, @Nullable Object> members;

        FrozenMap(LinkedHashMap<String, @Nullable Object> members) {
            this.members = members;
        }

        @Override
        public Set<Map.Entry<String, @Nullable Object>> entrySet() {
            return Collections.unmodifiableMap(members).entrySet();
        }

        @Override
        public @Nullable Object get(Object key) {
            return members.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return members.containsKey(key);
        }

        @Override
        public int size() {
            return members.size();
        }
    }
}
