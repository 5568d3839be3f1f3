package io.busgen.generator.fuzz;

import io.busgen.generator.json.JsonValue;
import io.busgen.runtime.internal.JsonStrings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fuzzer's own JSON: mutable trees of {@link LinkedHashMap} (members in order), {@link ArrayList}, {@link String},
 * {@link Num} (a number as written), {@link Boolean} and {@code null}, so that catalogues can be built, edited and
 * shrunk, and written with every number exactly as chosen.
 */
final class Json {

    /** A JSON number, kept as written ({@code 1.0}, {@code 1e400}). */
    record Num(String lexeme) {
        Num {
            new BigDecimal(lexeme);
        }

        static Num of(long value) {
            return new Num(Long.toString(value));
        }

        BigDecimal value() {
            return new BigDecimal(lexeme);
        }
    }

    private Json() {}

    @SafeVarargs
    static Map<String, Object> object(Map.Entry<String, ?>... members) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (Map.Entry<String, ?> member : members) {
            object.put(member.getKey(), member.getValue());
        }
        return object;
    }

    static List<Object> array(@Nullable Object... elements) {
        return new ArrayList<>(java.util.Arrays.asList(elements));
    }

    /** A deep copy. */
    @SuppressWarnings("unchecked")
    static @Nullable Object copy(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }

    /** From the generator's model. */
    static @Nullable Object of(JsonValue value) {
        if (value instanceof JsonValue.JsonObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            object.members().forEach((k, v) -> map.put(k, of(v)));
            return map;
        }
        if (value instanceof JsonValue.JsonArray array) {
            List<Object> list = new ArrayList<>();
            array.elements().forEach(v -> list.add(of(v)));
            return list;
        }
        if (value instanceof JsonValue.JsonString string) {
            return string.value();
        }
        if (value instanceof JsonValue.JsonNumber number) {
            return new Num(number.lexeme());
        }
        if (value instanceof JsonValue.JsonBoolean bool) {
            return bool.value();
        }
        return null;
    }

    /** Pretty JSON: two-space indent, members in order, numbers as written. */
    static String pretty(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0, true);
        return out.append('\n').toString();
    }

    /** Compact JSON. */
    static String compact(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0, false);
        return out.toString();
    }

    private static void write(@Nullable Object value, StringBuilder out, int indent, boolean pretty) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                out.append(first ? "" : ",");
                newline(out, indent + 2, pretty);
                JsonStrings.quote((String) member.getKey(), out);
                out.append(pretty ? ": " : ":");
                write(member.getValue(), out, indent + 2, pretty);
                first = false;
            }
            newline(out, indent, pretty);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            boolean scalars = list.stream().noneMatch(e -> e instanceof Map || e instanceof List);
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : pretty && scalars ? ", " : ",");
                if (!scalars) {
                    newline(out, indent + 2, pretty);
                }
                write(list.get(i), out, indent + 2, pretty);
            }
            if (!scalars) {
                newline(out, indent, pretty);
            }
            out.append(']');
        } else if (value instanceof String string) {
            JsonStrings.quote(string, out);
        } else if (value instanceof Num number) {
            out.append(number.lexeme());
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value == null) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void newline(StringBuilder out, int indent, boolean pretty) {
        if (pretty) {
            out.append('\n').append(" ".repeat(indent));
        }
    }
}
