package io.busgen.generator.diff;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.SourceLocation;
import io.busgen.runtime.internal.JsonStrings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Compares the keywords that constrain a value without deciding its shape: bounds, {@code pattern}, {@code format},
 * {@code multipleOf}, {@code uniqueItems}, {@code enum}, {@code const}, and (as {@link Rule#KEYWORD_CHANGED}) the
 * applicators no rule of their own covers.
 *
 * <p>Every schema of a {@link SchemaChain} applies, so a keyword is combined over the chain: the highest lower bound
 * and the lowest upper bound, every {@code pattern} and {@code format}, the values in every {@code enum}. A finding is
 * located at the schema that holds the keyword (in a {@code defs/} file when the keyword is there), in the new version
 * when it has the keyword, else where the old version had it.
 */
final class KeywordComparison {

    /** Where the comparison sends what it finds. */
    interface Sink {
        void report(Rule rule, String message, SourceLocation location);
    }

    /** A count bound: the combined value is the tightest of the chain's. */
    private record Count(String name, Function<Schema, @Nullable Integer> value, boolean lower) {}

    private static final List<Count> COUNTS = List.of(
            new Count("minLength", Schema::minLength, true),
            new Count("maxLength", Schema::maxLength, false),
            new Count("minItems", Schema::minItems, true),
            new Count("maxItems", Schema::maxItems, false),
            new Count("minProperties", Schema::minProperties, true),
            new Count("maxProperties", Schema::maxProperties, false));

    /** One end of a number's range: {@code minimum 0} or {@code exclusiveMinimum 0}, the latter the tighter. */
    private record Limit(BigDecimal value, boolean exclusive, String keyword) {
        String text() {
            return keyword + " " + KeywordComparison.text(value);
        }
    }

    private record Other(String name, Function<Schema, @Nullable Object> value) {}

    /** Keywords compared only for equality: a change is {@link Rule#KEYWORD_CHANGED}. */
    private static final List<Other> OTHERS = List.of(
            new Other("allOf", Schema::allOf),
            new Other("oneOf", Schema::oneOf),
            new Other("not", Schema::not),
            new Other("if", Schema::ifSchema),
            new Other("then", Schema::thenSchema),
            new Other("else", Schema::elseSchema),
            new Other("prefixItems", Schema::prefixItems),
            new Other("contains", Schema::contains),
            new Other("minContains", Schema::minContains),
            new Other("maxContains", Schema::maxContains),
            new Other("patternProperties", Schema::patternProperties),
            new Other("propertyNames", Schema::propertyNames),
            new Other("dependentRequired", Schema::dependentRequired),
            new Other("dependentSchemas", Schema::dependentSchemas));

    private final SchemaChain base;
    private final SchemaChain head;
    private final Sink sink;

    private KeywordComparison(SchemaChain base, SchemaChain head, Sink sink) {
        this.base = base;
        this.head = head;
        this.sink = sink;
    }

    /**
     * Compares the keywords of two chains.
     *
     * @param shapeReported whether the value's type change was already reported (then {@code enum} appearing or
     *     disappearing is part of it: a string that became an enum)
     * @param nullReported whether the value's change to or from admitting null was already reported (then a
     *     {@code null} appearing in or leaving {@code enum} is part of it)
     * @param declaresFields whether the value is an object with declared fields, whose {@code additionalProperties}
     *     the object comparison covers
     */
    static void compare(SchemaChain base, SchemaChain head, boolean shapeReported, boolean nullReported,
            boolean declaresFields, Sink sink) {
        KeywordComparison comparison = new KeywordComparison(base, head, sink);
        for (Count count : COUNTS) {
            comparison.count(count);
        }
        comparison.range(true);
        comparison.range(false);
        comparison.unordered("pattern", Schema::pattern);
        comparison.unordered("format", Schema::format);
        comparison.multipleOf();
        comparison.uniqueItems();
        comparison.values(shapeReported, nullReported);
        comparison.constants();
        comparison.others(declaresFields);
    }

    // ---- bounds ---------------------------------------------------------------------------------------------------

    private void count(Count count) {
        Integer was = tightest(base.all(count.value()), count.lower());
        Integer now = tightest(head.all(count.value()), count.lower());
        if (Objects.equals(was, now)) {
            return;
        }
        SourceLocation at = where(count.value(), v -> v.equals(now), v -> v.equals(was));
        if (was == null) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, count.name() + " " + now + " added", at);
        } else if (now == null) {
            sink.report(Rule.CONSTRAINT_RELAXED, count.name() + " " + was + " removed", at);
        } else {
            boolean tighter = count.lower() == now > was;
            sink.report(tighter ? Rule.CONSTRAINT_TIGHTENED : Rule.CONSTRAINT_RELAXED, count.name() + " "
                    + (now > was ? "raised" : "lowered") + " from " + was + " to " + now, at);
        }
    }

    private static @Nullable Integer tightest(List<Integer> values, boolean lower) {
        return values.stream().max(lower ? Comparator.<Integer>naturalOrder() : Comparator.<Integer>reverseOrder())
                .orElse(null);
    }

    /** The lower ({@code minimum}, {@code exclusiveMinimum}) or upper end of a number's range. */
    private void range(boolean lower) {
        Function<Schema, @Nullable BigDecimal> inclusive = lower ? Schema::minimum : Schema::maximum;
        Function<Schema, @Nullable BigDecimal> exclusive = lower ? Schema::exclusiveMinimum : Schema::exclusiveMaximum;
        String side = lower ? "Minimum" : "Maximum";
        Limit was = limit(base, inclusive, exclusive, lower, side);
        Limit now = limit(head, inclusive, exclusive, lower, side);
        if (was == null && now == null || was != null && now != null && was.value().compareTo(now.value()) == 0
                && was.exclusive() == now.exclusive()) {
            return;
        }
        SourceLocation at = now != null
                ? where(now.exclusive() ? exclusive : inclusive, v -> sameNumber(v, now.value()), v -> false)
                : where(was.exclusive() ? exclusive : inclusive, v -> false, v -> sameNumber(v, was.value()));
        String bound = lower ? "lower bound" : "upper bound";
        if (was == null) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, now.text() + " added", at);
        } else if (now == null) {
            sink.report(Rule.CONSTRAINT_RELAXED, was.text() + " removed", at);
        } else {
            int order = now.value().compareTo(was.value());
            boolean tighter = order == 0 ? now.exclusive() : lower == order > 0;
            String change = was.keyword().equals(now.keyword())
                    ? was.keyword() + " " + (order > 0 ? "raised" : "lowered") + " from " + text(was.value()) + " to "
                            + text(now.value())
                    : bound + " changed from " + was.text() + " to " + now.text();
            sink.report(tighter ? Rule.CONSTRAINT_TIGHTENED : Rule.CONSTRAINT_RELAXED, change, at);
        }
    }

    private static @Nullable Limit limit(SchemaChain chain, Function<Schema, @Nullable BigDecimal> inclusive,
            Function<Schema, @Nullable BigDecimal> exclusive, boolean lower, String side) {
        List<Limit> limits = new ArrayList<>();
        chain.all(inclusive).forEach(v -> limits.add(new Limit(v, false, side.toLowerCase(java.util.Locale.ROOT))));
        chain.all(exclusive).forEach(v -> limits.add(new Limit(v, true, "exclusive" + side)));
        Comparator<Limit> tightness = Comparator.comparing(Limit::value, lower ? Comparator.naturalOrder()
                : Comparator.reverseOrder()).thenComparing(Limit::exclusive);
        return limits.stream().max(tightness).orElse(null);
    }

    // ---- keywords whose values cannot be ordered ------------------------------------------------------------------

    /** {@code pattern}, {@code format}: each one added tightens, removed relaxes; one replaced by another does both. */
    private void unordered(String name, Function<Schema, @Nullable String> keyword) {
        TreeSet<String> was = new TreeSet<>(base.all(keyword));
        TreeSet<String> now = new TreeSet<>(head.all(keyword));
        if (was.equals(now)) {
            return;
        }
        SourceLocation at = where(keyword, v -> !was.contains(v), v -> !now.contains(v));
        List<String> added = now.stream().filter(v -> !was.contains(v)).map(JsonStrings::quote).toList();
        List<String> removed = was.stream().filter(v -> !now.contains(v)).map(JsonStrings::quote).toList();
        if (removed.isEmpty()) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, name + " " + String.join(", ", added) + " added", at);
        } else if (added.isEmpty()) {
            sink.report(Rule.CONSTRAINT_RELAXED, name + " " + String.join(", ", removed) + " removed", at);
        } else {
            sink.report(Rule.CONSTRAINT_CHANGED, name + " changed from " + String.join(", ", removed) + " to "
                    + String.join(", ", added), at);
        }
    }

    private void multipleOf() {
        List<BigDecimal> was = base.all(Schema::multipleOf);
        List<BigDecimal> now = head.all(Schema::multipleOf);
        if (sameNumbers(was, now)) {
            return;
        }
        SourceLocation at = where(Schema::multipleOf);
        if (was.isEmpty()) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, "multipleOf " + numbers(now) + " added", at);
        } else if (now.isEmpty()) {
            sink.report(Rule.CONSTRAINT_RELAXED, "multipleOf " + numbers(was) + " removed", at);
        } else {
            String change = "multipleOf changed from " + numbers(was) + " to " + numbers(now);
            // Every new multiple is a multiple of every old one: fewer values allowed. And the reverse.
            boolean tighter = now.stream().allMatch(n -> was.stream().allMatch(w -> n.remainder(w).signum() == 0));
            boolean looser = was.stream().allMatch(w -> now.stream().allMatch(n -> w.remainder(n).signum() == 0));
            sink.report(tighter ? Rule.CONSTRAINT_TIGHTENED : looser ? Rule.CONSTRAINT_RELAXED
                    : Rule.CONSTRAINT_CHANGED, change, at);
        }
    }

    private void uniqueItems() {
        boolean was = base.any(Schema::uniqueItems);
        boolean now = head.any(Schema::uniqueItems);
        if (was != now) {
            sink.report(now ? Rule.CONSTRAINT_TIGHTENED : Rule.CONSTRAINT_RELAXED, now
                    ? "uniqueItems added: items must now differ" : "uniqueItems removed: items may now repeat",
                    where(s -> s.uniqueItems() ? Boolean.TRUE : null));
        }
    }

    // ---- enum and const -------------------------------------------------------------------------------------------

    private void values(boolean shapeReported, boolean nullReported) {
        List<JsonValue> was = allowed(base.all(Schema::enumValues));
        List<JsonValue> now = allowed(head.all(Schema::enumValues));
        SourceLocation at = where(Schema::enumValues);
        if (was != null && now != null) {
            for (JsonValue value : now) {
                if (!(nullReported && value instanceof JsonValue.JsonNull) && !contains(was, value)) {
                    sink.report(Rule.ENUM_VALUE_ADDED, "enum value " + JsonValues.toJson(value) + " added", at);
                }
            }
            for (JsonValue value : was) {
                if (!(nullReported && value instanceof JsonValue.JsonNull) && !contains(now, value)) {
                    sink.report(Rule.ENUM_VALUE_REMOVED, "enum value " + JsonValues.toJson(value) + " removed", at);
                }
            }
        } else if (!shapeReported && now != null) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, "enum " + list(now) + " added", at);
        } else if (!shapeReported && was != null) {
            sink.report(Rule.CONSTRAINT_RELAXED, "enum " + list(was) + " removed", at);
        }
    }

    /** The values every {@code enum} of a chain allows, in the first one's order; null without any {@code enum}. */
    private static @Nullable List<JsonValue> allowed(List<List<JsonValue>> enums) {
        if (enums.isEmpty()) {
            return null;
        }
        return enums.get(0).stream().filter(v -> enums.stream().allMatch(e -> contains(e, v))).toList();
    }

    private void constants() {
        List<JsonValue> was = base.all(Schema::constValue);
        List<JsonValue> now = head.all(Schema::constValue);
        if (was.size() == now.size() && was.stream().allMatch(v -> contains(now, v))) {
            return;
        }
        SourceLocation at = where(Schema::constValue);
        if (was.isEmpty()) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, "const " + values(now) + " added", at);
        } else if (now.isEmpty()) {
            sink.report(Rule.CONSTRAINT_RELAXED, "const " + values(was) + " removed", at);
        } else {
            sink.report(Rule.CONSTRAINT_CHANGED, "const changed from " + values(was) + " to " + values(now), at);
        }
    }

    // ---- everything else ------------------------------------------------------------------------------------------

    private void others(boolean declaresFields) {
        for (Other other : OTHERS) {
            other(other.name(), other.value());
        }
        other("anyOf", s -> s.nullableAlternative().isPresent() ? null : s.anyOf());
        if (!declaresFields) {
            other("additionalProperties", s -> additionalProperties(s));
        }
    }

    /** {@code additionalProperties}, where {@code true} says no more than leaving it out. */
    static @Nullable Schema additionalProperties(Schema schema) {
        Schema value = schema.additionalProperties();
        return value != null && Boolean.TRUE.equals(value.booleanValue()) ? null : value;
    }

    private void other(String name, Function<Schema, @Nullable Object> keyword) {
        Object was = base.first(keyword);
        Object now = head.first(keyword);
        if (!SchemaText.of(was).equals(SchemaText.of(now))) {
            String change = was == null ? "added" : now == null ? "removed" : "changed";
            sink.report(Rule.KEYWORD_CHANGED, name + " " + change + ": no rule of the diff judges it; review what"
                    + " it allows before and after by hand", where(keyword));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /**
     * Where a finding about a keyword is located: the new version's schema that has it; else, when the keyword was
     * removed, the new version's counterpart of the old schema that had it (the place itself, or what it refers to).
     */
    private SourceLocation where(Function<Schema, @Nullable ?> keyword) {
        return where(keyword, value -> true, value -> true);
    }

    /**
     * The same, for a keyword whose values differ along the chain: the new version's schema whose value passes
     * {@code now}, else the counterpart of the old version's whose value passes {@code was}.
     */
    private SourceLocation where(Function<Schema, @Nullable ?> keyword, Predicate<Object> now, Predicate<Object> was) {
        return head.holder(keyword, now).map(Schema::location).orElseGet(() -> base.holder(keyword, was)
                .filter(held -> !base.isSite(held))
                .map(held -> head.last().location())
                .orElse(head.site().location()));
    }

    private static boolean contains(List<JsonValue> values, JsonValue value) {
        return values.stream().anyMatch(v -> JsonValues.sameValue(v, value));
    }

    private static boolean sameNumber(Object value, BigDecimal number) {
        return value instanceof BigDecimal d && d.compareTo(number) == 0;
    }

    private static boolean sameNumbers(List<BigDecimal> a, List<BigDecimal> b) {
        return a.size() == b.size() && a.stream().allMatch(x -> b.stream().anyMatch(y -> x.compareTo(y) == 0));
    }

    private static String numbers(List<BigDecimal> values) {
        return String.join(", ", values.stream().map(KeywordComparison::text).toList());
    }

    /** One constant as JSON, or several in brackets (a chain may hold more than one {@code const}). */
    private static String values(List<JsonValue> values) {
        return values.size() == 1 ? JsonValues.toJson(values.get(0)) : list(values);
    }

    private static String list(List<JsonValue> values) {
        return "[" + String.join(", ", values.stream().map(JsonValues::toJson).toList()) + "]";
    }

    private static String text(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
