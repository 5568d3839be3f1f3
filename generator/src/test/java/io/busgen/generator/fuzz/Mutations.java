package io.busgen.generator.fuzz;

import io.busgen.generator.fuzz.Json.Num;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a valid instance: some make it invalid (a member removed, a value of another type, a number past a
 * bound, a string longer, an array with a repeated item), some keep it valid while changing how it is written
 * ({@code 5} as {@code 5.0} or {@code 5e0}, members in another order), some probe the edges of numbers
 * ({@code 1e400}, {@code 9223372036854775808}, {@code 1.0000000000000001}). The tests compare verdicts, not
 * expectations: a mutation may well stay valid.
 */
final class Mutations {

    private static final List<String> STRINGS = List.of("", "not-listed", "x".repeat(40), "😀", "ends\n",
            " lead", "日本", "quote\"back\\", "\u2028", "0", "in-progress", "a", "2024-13-45", "not an email");
    private static final List<String> NUMBERS = List.of("-1", "0", "1", "1.5", "-0", "1e400", "-1e400",
            "9223372036854775808", "-9223372036854775809", "1.0000000000000001", "9007199254740993.0", "1e-400",
            "100000000000000000000000000000", "0.1", "3", "255", "256");

    private final Random random;

    Mutations(Random random) {
        this.random = random;
    }

    /** One to three changes at random places of a copy of {@code instance}. */
    @Nullable Object mutate(@Nullable Object instance) {
        Object copy = Json.copy(instance);
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            List<Object[]> sites = new ArrayList<>();
            sites(copy, null, null, sites);
            Object[] site = sites.get(random.nextInt(sites.size()));
            copy = change(copy, site);
        }
        return copy;
    }

    /** Every place a value stands: {container, key or index} ({@code null, null} for the root). */
    @SuppressWarnings("unchecked")
    private static void sites(@Nullable Object value, @Nullable Object container, @Nullable Object key,
            List<Object[]> sites) {
        sites.add(new Object[] {container, key});
        if (value instanceof Map<?, ?> map) {
            for (String member : ((Map<String, Object>) map).keySet()) {
                sites(map.get(member), map, member, sites);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                sites(list.get(i), list, i, sites);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private @Nullable Object change(@Nullable Object root, Object[] site) {
        Object container = site[0];
        Object key = site[1];
        Object current = container == null ? root : container instanceof Map<?, ?> map ? map.get(key)
                : ((List<Object>) container).get((Integer) key);
        int kind = random.nextInt(10);
        if (kind == 0 && container != null) {
            if (container instanceof Map<?, ?> map) {
                map.remove(key);
            } else {
                ((List<Object>) container).remove((int) (Integer) key);
            }
            return root;
        }
        if (kind == 1 && current instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(pick(List.of("x_unknown", "", "extra", "meta", "$ref", "a/b~c",
                    "properties")), anyValue());
            return root;
        }
        if (kind == 2 && current instanceof Map<?, ?> map && map.size() > 1) {
            List<Map.Entry<String, Object>> members = new ArrayList<>(((Map<String, Object>) map).entrySet());
            Collections.shuffle(members, random);
            Map<String, Object> shuffled = new LinkedHashMap<>();
            members.forEach(m -> shuffled.put(m.getKey(), m.getValue()));
            return replace(root, container, key, shuffled);
        }
        if (kind == 3 && current instanceof List<?> list && !list.isEmpty()) {
            ((List<Object>) list).add(Json.copy(list.get(random.nextInt(list.size()))));
            return root;
        }
        UnaryOperator<Object> operation;
        if (current instanceof Num number && kind < 8) {
            operation = v -> numberChange(number);
        } else if (current instanceof String text && kind < 7) {
            operation = v -> pick(List.of(text + "xx", text + "😀", "", pick(STRINGS), text.toUpperCase(
                    java.util.Locale.ROOT)));
        } else {
            operation = v -> anyValue();
        }
        return replace(root, container, key, operation.apply(current));
    }

    private Num numberChange(Num number) {
        BigDecimal value = number.value();
        return switch (random.nextInt(8)) {
            case 0 -> new Num(value.add(BigDecimal.ONE).toPlainString());
            case 1 -> new Num(value.subtract(BigDecimal.ONE).toPlainString());
            case 2 -> new Num(value.negate().toPlainString());
            case 3 -> new Num(value.add(new BigDecimal("0.5")).toPlainString());
            // Written otherwise, same value.
            case 4 -> new Num(value.stripTrailingZeros().scale() <= 0 ? value.toBigInteger() + ".0"
                    : number.lexeme());
            case 5 -> new Num(value.stripTrailingZeros().scale() <= 0 ? value.toBigInteger() + "e0"
                    : value.toPlainString() + "E0");
            default -> new Num(pick(NUMBERS));
        };
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Object replace(@Nullable Object root, @Nullable Object container, @Nullable Object key,
            @Nullable Object value) {
        if (container == null) {
            return value;
        }
        if (container instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put((String) key, value);
        } else {
            ((List<Object>) container).set((Integer) key, value);
        }
        return root;
    }

    private @Nullable Object anyValue() {
        return switch (random.nextInt(7)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> new Num(pick(NUMBERS));
            case 3 -> pick(STRINGS);
            case 4 -> Json.array(Num.of(1), "x");
            case 5 -> new LinkedHashMap<String, Object>();
            default -> Json.object(Map.entry("k", Num.of(random.nextInt(10))));
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
