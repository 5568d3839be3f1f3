package io.busgen.runtime.internal;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The immutable lists and maps generated records hold. Copying is idempotent: a list or map that is already one of
 * these is kept as it is, so that a decoded value is not copied again by the record's constructor.
 */
public final class Immutable {

    private Immutable() {}

    /**
     * An immutable copy of a list whose elements may not be null.
     *
     * @param <T> the type of the elements
     * @param elements the elements
     * @return the copy, or {@code elements} itself when it is one already
     * @throws NullPointerException when an element is null
     */
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

    /**
     * An immutable copy of a list whose elements may be null.
     *
     * @param <T> the type of the elements
     * @param elements the elements
     * @return the copy, or {@code elements} itself when it is one already
     */
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

    /**
     * The immutable, order-keeping object of {@code namesAndValues} (name, value, name, value, ...), each value passed
     * through {@code value}: what plain JSON objects and validation trees are built with. The same name twice: the
     * last value counts, at the first one's position.
     *
     * @param namesAndValues each member's name (a string) followed by its value
     * @param value what each value is made into
     * @return the object
     * @throws IllegalArgumentException when a name is not a string or has no value
     */
    public static Map<String, @Nullable Object> object(@Nullable Object[] namesAndValues,
            UnaryOperator<@Nullable Object> value) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("the member " + namesAndValues[namesAndValues.length - 1]
                    + " has no value");
        }
        ObjectMembers members = new ObjectMembers();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("a JSON object's names are strings, not " + namesAndValues[i]);
            }
            members.put(name, value.apply(namesAndValues[i + 1]));
        }
        return members.build();
    }

    /**
     * An immutable copy of a typed map whose values may not be null, in its iteration order.
     *
     * @param <T> the type of the values
     * @param members the members
     * @return the copy, or {@code members} itself when it is one already
     * @throws NullPointerException when a value is null
     */
    public static <T> Map<String, T> map(Map<String, ? extends T> members) {
        if (members instanceof TypedMap<?> frozen && !frozen.hasNulls) {
            @SuppressWarnings("unchecked") // a frozen map is read-only, so Map<String, ? extends T> is a Map<String, T>
            Map<String, T> same = (Map<String, T>) frozen;
            return same;
        }
        LinkedHashMap<String, T> copy = new LinkedHashMap<>(members);
        copy.forEach((name, value) -> Objects.requireNonNull(value, () -> "the value of \"" + name + "\" is null"));
        copy.keySet().forEach(name -> Objects.requireNonNull(name, "a name is null"));
        return new TypedMap<>(copy, false);
    }

    /**
     * An immutable copy of a typed map whose values may be null, in its iteration order.
     *
     * @param <T> the type of the values
     * @param members the members
     * @return the copy, or {@code members} itself when it is one already
     */
    public static <T> Map<String, @Nullable T> mapAllowingNulls(Map<String, ? extends @Nullable T> members) {
        if (members instanceof TypedMap<?>) {
            @SuppressWarnings("unchecked") // a frozen map is read-only, so Map<String, ? extends T> is a Map<String, T>
            Map<String, @Nullable T> same = (Map<String, @Nullable T>) members;
            return same;
        }
        LinkedHashMap<String, @Nullable T> copy = new LinkedHashMap<>(members);
        copy.keySet().forEach(name -> Objects.requireNonNull(name, "a name is null"));
        return new TypedMap<>(copy, copy.containsValue(null));
    }

    /**
     * The immutable typed map of {@code namesAndValues} (name, value, name, value, ...), in that order: what a
     * generated default of a typed map is built with.
     *
     * @param <T> the type of the values
     * @param namesAndValues each member's name (a string) followed by its value, a {@code T} or null
     * @return the map
     * @throws IllegalArgumentException when a name is not a string or has no value
     */
    @SuppressWarnings("unchecked") // generated code passes only T values, as its schema default says
    public static <T> Map<String, T> mapOf(@Nullable Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("the member " + namesAndValues[namesAndValues.length - 1]
                    + " has no value");
        }
        LinkedHashMap<String, T> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("a map's names are strings, not " + namesAndValues[i]);
            }
            members.put(name, (T) namesAndValues[i + 1]);
        }
        return new TypedMap<>(members, members.containsValue(null));
    }

    /**
     * Wraps a typed map the caller built and will not touch again; its iteration order is kept.
     *
     * @param <T> the type of the values
     * @param members the map, given up by the caller
     * @param hasNulls whether a value is null
     * @return the immutable map
     */
    static <T> Map<String, T> wrapMap(LinkedHashMap<String, T> members, boolean hasNulls) {
        return new TypedMap<>(members, hasNulls);
    }

    /** The one empty map decoding hands out: empty objects cost a reference each, not a map each. */
    private static final Map<String, @Nullable Object> EMPTY_MAP = new FrozenMap(new LinkedHashMap<>());

    /** The one empty list decoding hands out. */
    private static final List<?> EMPTY_LIST = new FrozenList<>(new Object[0], false);

    /**
     * Wraps a map the caller built and will not touch again; its iteration order is kept.
     *
     * @param members the map, given up by the caller
     * @return the immutable map
     */
    public static Map<String, @Nullable Object> wrap(LinkedHashMap<String, @Nullable Object> members) {
        return members.isEmpty() ? EMPTY_MAP : new FrozenMap(members);
    }

    /**
     * Wraps the members of a small map, as alternating keys and values without duplicate keys, that the caller built
     * and will not touch again; their order is kept. Lookups are linear, so this is for a few members only.
     */
    static Map<String, @Nullable Object> wrapSmall(Object[] keysAndValues) {
        return keysAndValues.length == 0 ? EMPTY_MAP : new SmallMap(keysAndValues);
    }

    /**
     * Whether {@code value} is one of the immutable lists and maps made here.
     *
     * @param value any value
     * @return whether it needs no copy
     */
    public static boolean isFrozen(Object value) {
        return value instanceof FrozenMap || value instanceof SmallMap || value instanceof FrozenList<?>
                || value instanceof TypedMap<?>;
    }

    /**
     * Wraps an array the caller built and will not touch again.
     *
     * @param <T> the type of the elements
     * @param elements the elements, given up by the caller
     * @return the immutable list
     */
    public static <T> List<T> wrap(Object[] elements) {
        if (elements.length == 0) {
            @SuppressWarnings("unchecked") // the empty list holds no T
            List<T> empty = (List<T>) EMPTY_LIST;
            return empty;
        }
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

    /**
     * A map of a few members in one array of alternating keys and values: an object of one member costs two array
     * slots and this wrapper, where a hash map would cost a table and an entry (see docs/runtime.md on memory).
     */
    private static final class SmallMap extends AbstractMap<String, @Nullable Object> {
        private final Object[] keysAndValues;

        SmallMap(Object[] keysAndValues) {
            this.keysAndValues = keysAndValues;
        }

        @Override
        public Set<Map.Entry<String, @Nullable Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, @Nullable Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keysAndValues.length;
                        }

                        @Override
                        public Map.Entry<String, @Nullable Object> next() {
                            if (next >= keysAndValues.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<String, @Nullable Object> entry = new AbstractMap.SimpleImmutableEntry<>(
                                    (String) keysAndValues[next], keysAndValues[next + 1]);
                            next += 2;
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    return keysAndValues.length / 2;
                }
            };
        }

        private int indexOf(@Nullable Object key) {
            for (int i = 0; i < keysAndValues.length; i += 2) {
                if (keysAndValues[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public @Nullable Object get(@Nullable Object key) {
            int index = indexOf(key);
            return index < 0 ? null : keysAndValues[index + 1];
        }

        @Override
        public boolean containsKey(@Nullable Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public int size() {
            return keysAndValues.length / 2;
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

    /** A typed map: member names to values of one generated type, in wire order. */
    private static final class TypedMap<T> extends AbstractMap<String, T> {
        private final Map<String, T> members;
        private final boolean hasNulls;

        TypedMap(LinkedHashMap<String, T> members, boolean hasNulls) {
            this.members = members;
            this.hasNulls = hasNulls;
        }

        @Override
        public Set<Map.Entry<String, T>> entrySet() {
            return Collections.unmodifiableMap(members).entrySet();
        }

        @Override
        public @Nullable T get(Object key) {
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
