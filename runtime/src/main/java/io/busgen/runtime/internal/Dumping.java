package io.busgen.runtime.internal;

import java.util.Collection;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What generated {@code dump} methods call to turn collections of generated values into plain JSON. */
public final class Dumping {

    private Dumping() {}

    /**
     * The plain JSON list of {@code values}, each element turned by {@code element}; null elements stay null.
     *
     * @param <T> the type of the elements
     * @param values the elements
     * @param element turns one element into plain JSON
     * @return the immutable list
     */
    public static <T> java.util.List<@Nullable Object> list(Collection<? extends @Nullable T> values,
            Function<? super T, ?> element) {
        Object[] plain = new Object[values.size()];
        int i = 0;
        for (T value : values) {
            plain[i++] = value == null ? null : element.apply(value);
        }
        return Immutable.wrap(plain);
    }

    /**
     * The plain JSON object of a typed map, each value turned by {@code value}; null values stay null.
     *
     * @param <T> the type of the values
     * @param members the members, in wire order
     * @param value turns one value into plain JSON
     * @return the immutable object
     */
    public static <T> java.util.Map<String, @Nullable Object> map(java.util.Map<String, ? extends @Nullable T> members,
            Function<? super T, ?> value) {
        java.util.LinkedHashMap<String, @Nullable Object> plain = new java.util.LinkedHashMap<>();
        members.forEach((name, member) -> plain.put(name, member == null ? null : value.apply(member)));
        return Immutable.wrap(plain);
    }
}
