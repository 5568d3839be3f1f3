package io.busgen.generator.diff;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.Keyword;
import io.busgen.generator.schema.OpenEnum;
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

    /** How the diff judges a change to a keyword. */
    enum Judgement {
        /** A lower bound on a count ({@code minLength}): the highest of the chain's applies. */
        LOWER_COUNT,
        /** An upper bound on a count ({@code maxItems}): the lowest of the chain's applies. */
        UPPER_COUNT,
        /** One end of a number's range, judged with the other keyword of that end ({@code exclusiveMinimum}). */
        RANGE,
        /** Each value added tightens, each removed relaxes ({@code pattern}, {@code format}). */
        EACH,
        /** {@code multipleOf}: by whether the new divisors divide the old. */
        MULTIPLE,
        /** {@code uniqueItems}. */
        UNIQUE,
        /** {@code enum}: value by value. */
        VALUES,
        /** {@code const}. */
        CONSTANT,
        /**
         * {@code unevaluatedProperties}, {@code unevaluatedItems}: {@code false} added tightens, removed relaxes
         * ({@code true} counts as leaving it out); any other change is for a person to judge.
         */
        CLOSING,
        /** Only for equality: a change is {@link Rule#KEYWORD_CHANGED}, for a person to judge. */
        EQUALITY,
        /**
         * By {@code CatalogDiff} through the model: the value's shape ({@code type}, {@code properties},
         * {@code items}, {@code $ref}), its fields, its default, the entry's priority, its envelope, Java names.
         */
        MODEL,
        /** {@link Rule#DOCUMENTATION_CHANGED}: {@code CatalogDiff#compareDocumentation}. */
        DOCUMENTATION,
        /** Not at all: it changes nothing a producer or consumer does. */
        NOTHING
    }

    /** How the diff judges a change to each keyword: a new {@link Keyword} does not compile until it says. */
    static Judgement judgement(Keyword keyword) {
        return switch (keyword) {
            case MIN_LENGTH, MIN_ITEMS, MIN_PROPERTIES -> Judgement.LOWER_COUNT;
            case MAX_LENGTH, MAX_ITEMS, MAX_PROPERTIES -> Judgement.UPPER_COUNT;
            case MINIMUM, EXCLUSIVE_MINIMUM, MAXIMUM, EXCLUSIVE_MAXIMUM -> Judgement.RANGE;
            case PATTERN, FORMAT -> Judgement.EACH;
            case MULTIPLE_OF -> Judgement.MULTIPLE;
            case UNIQUE_ITEMS -> Judgement.UNIQUE;
            case ENUM -> Judgement.VALUES;
            case CONST -> Judgement.CONSTANT;
            case ALL_OF, ANY_OF, ONE_OF, NOT, IF, THEN, ELSE, PREFIX_ITEMS, CONTAINS, MIN_CONTAINS, MAX_CONTAINS,
                    ADDITIONAL_PROPERTIES, PATTERN_PROPERTIES, PROPERTY_NAMES, DEPENDENT_REQUIRED, DEPENDENT_SCHEMAS ->
                    Judgement.EQUALITY;
            case UNEVALUATED_PROPERTIES, UNEVALUATED_ITEMS -> Judgement.CLOSING;
            case TYPE, REF, PROPERTIES, REQUIRED, ITEMS, DEFAULT, X_ROUTING_KEY, X_KIND, X_PRIORITY, X_ENVELOPE, X_BODY,
                    X_JAVA_NAME, X_JAVA_TYPE -> Judgement.MODEL;
            case DESCRIPTION, TITLE, EXAMPLES, DEPRECATED, X_ENUM_DESCRIPTIONS -> Judgement.DOCUMENTATION;
            case SCHEMA, ID, ANCHOR, DEFS, COMMENT, READ_ONLY, WRITE_ONLY, CONTENT_ENCODING, CONTENT_MEDIA_TYPE,
                    CONTENT_SCHEMA -> Judgement.NOTHING;
            // standalone schemas only: no catalogue holds them
            case DYNAMIC_REF, DYNAMIC_ANCHOR, VOCABULARY -> Judgement.NOTHING;
        };
    }

    /** One end of a number's range: {@code minimum 0} or {@code exclusiveMinimum 0}, the latter the tighter. */
    private record Limit(BigDecimal value, boolean exclusive, String keyword) {
        String text() {
            return keyword + " " + KeywordComparison.text(value);
        }
    }

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
     * @param unions whether the value is a discriminated union on both sides, whose {@code oneOf} the union
     *     comparison covers (its alternatives, their discriminator values and their records)
     */
    static void compare(SchemaChain base, SchemaChain head, boolean shapeReported, boolean nullReported,
            boolean declaresFields, boolean unions, Sink sink) {
        KeywordComparison comparison = new KeywordComparison(base, head, sink);
        for (Keyword keyword : Keyword.values()) {
            switch (judgement(keyword)) {
                case LOWER_COUNT -> comparison.count(keyword, true);
                case UPPER_COUNT -> comparison.count(keyword, false);
                case RANGE -> {
                    // both ends at once, below
                }
                case EACH -> comparison.unordered(keyword);
                case MULTIPLE -> comparison.multipleOf();
                case UNIQUE -> comparison.uniqueItems();
                case VALUES -> comparison.values(shapeReported, nullReported);
                case CONSTANT -> comparison.constants();
                case CLOSING -> comparison.closing(keyword);
                case EQUALITY -> {
                    if (!(unions && keyword == Keyword.ONE_OF)) {
                        comparison.other(keyword, declaresFields);
                    }
                }
                case MODEL, DOCUMENTATION, NOTHING -> {
                    // not here
                }
            }
        }
        comparison.range(true);
        comparison.range(false);
    }

    // ---- bounds ---------------------------------------------------------------------------------------------------

    private void count(Keyword keyword, boolean lower) {
        Function<Schema, @Nullable Integer> value = s -> (Integer) s.value(keyword);
        Integer was = tightest(base.all(value), lower);
        Integer now = tightest(head.all(value), lower);
        if (Objects.equals(was, now)) {
            return;
        }
        SourceLocation at = where(value, v -> v.equals(now), v -> v.equals(was));
        if (was == null) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, keyword + " " + now + " added", at);
        } else if (now == null) {
            sink.report(Rule.CONSTRAINT_RELAXED, keyword + " " + was + " removed", at);
        } else {
            boolean tighter = lower == now > was;
            sink.report(tighter ? Rule.CONSTRAINT_TIGHTENED : Rule.CONSTRAINT_RELAXED, keyword + " "
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
    private void unordered(Keyword name) {
        Function<Schema, @Nullable String> keyword = s -> (String) s.value(name);
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
        if (OpenEnumComparison.compare(base, head, was, now, sink)) {
            return;
        }
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

    /**
     * A keyword compared for equality: {@code anyOf} but for the nullable form (the value's shape) and an open enum
     * (its values), and {@code additionalProperties} but of an object with declared fields (which the object
     * comparison covers).
     */
    private void other(Keyword name, boolean declaresFields) {
        switch (name) {
            // the nullable form is the value's shape, an open enum's values are compared as values
            case ANY_OF -> other(name, s -> s.nullableAlternative().isPresent() || OpenEnum.is(s) ? null : s.anyOf());
            case ADDITIONAL_PROPERTIES -> {
                if (!declaresFields) {
                    other(name, KeywordComparison::additionalProperties);
                }
            }
            default -> other(name, s -> s.value(name));
        }
    }

    /**
     * {@code unevaluatedProperties} or {@code unevaluatedItems}: {@code false} added is {@link
     * Rule#CONSTRAINT_TIGHTENED} (what no other keyword evaluates is now rejected), removed {@link
     * Rule#CONSTRAINT_RELAXED}; {@code true} says no more than leaving it out; a schema added, removed or changed is
     * {@link Rule#KEYWORD_CHANGED}, as for {@code additionalProperties}.
     */
    private void closing(Keyword keyword) {
        Function<Schema, @Nullable Object> value = s -> unevaluated(s, keyword);
        Object was = base.first(value);
        Object now = head.first(value);
        if (SchemaText.of(was).equals(SchemaText.of(now))) {
            return;
        }
        boolean wasClosed = was instanceof Schema w && Boolean.FALSE.equals(w.booleanValue());
        boolean nowClosed = now instanceof Schema n && Boolean.FALSE.equals(n.booleanValue());
        String what = keyword == Keyword.UNEVALUATED_PROPERTIES ? "members" : "items";
        if (nowClosed && was == null) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, keyword + ": false added: " + what + " no other keyword evaluates"
                    + " are now rejected", where(value));
        } else if (wasClosed && now == null) {
            sink.report(Rule.CONSTRAINT_RELAXED, keyword + ": false removed: " + what + " no other keyword"
                    + " evaluates are now allowed", where(value));
        } else {
            String change = was == null ? "added" : now == null ? "removed" : "changed";
            sink.report(Rule.KEYWORD_CHANGED, keyword + " " + change + ": no rule of the diff judges it; review what"
                    + " it allows before and after by hand", where(value));
        }
    }

    /** {@code unevaluatedProperties} or {@code unevaluatedItems}; {@code true} says no more than leaving it out. */
    private static @Nullable Schema unevaluated(Schema schema, Keyword keyword) {
        Schema value = (Schema) schema.value(keyword);
        return value != null && Boolean.TRUE.equals(value.booleanValue()) ? null : value;
    }

    /** {@code additionalProperties}, where {@code true} says no more than leaving it out. */
    static @Nullable Schema additionalProperties(Schema schema) {
        Schema value = schema.additionalProperties();
        return value != null && Boolean.TRUE.equals(value.booleanValue()) ? null : value;
    }

    private void other(Keyword name, Function<Schema, @Nullable Object> keyword) {
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
