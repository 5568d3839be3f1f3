package io.busgen.generator.diff;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Compares the keywords that constrain a value without deciding its shape: bounds, {@code pattern}, {@code format},
 * {@code multipleOf}, {@code uniqueItems}, {@code enum}, {@code const}, and (as {@link Rule#KEYWORD_CHANGED}) the
 * applicators no rule of their own covers.
 */
final class KeywordComparison {

    /** Where the comparison sends what it finds. */
    interface Sink {
        void report(Rule rule, String message);
    }

    private record Bound(String name, Function<Schema, @Nullable Number> value) {}

    private static final List<Bound> LOWER_BOUNDS = List.of(
            new Bound("minLength", Schema::minLength),
            new Bound("minItems", Schema::minItems),
            new Bound("minProperties", Schema::minProperties),
            new Bound("minimum", Schema::minimum),
            new Bound("exclusiveMinimum", Schema::exclusiveMinimum));

    private static final List<Bound> UPPER_BOUNDS = List.of(
            new Bound("maxLength", Schema::maxLength),
            new Bound("maxItems", Schema::maxItems),
            new Bound("maxProperties", Schema::maxProperties),
            new Bound("maximum", Schema::maximum),
            new Bound("exclusiveMaximum", Schema::exclusiveMaximum));

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
        comparison.bounds();
        comparison.patternAndFormat();
        comparison.multipleOf();
        comparison.uniqueItems();
        comparison.values(shapeReported, nullReported);
        comparison.others(declaresFields);
    }

    private void bounds() {
        for (Bound bound : LOWER_BOUNDS) {
            bound(bound, true);
        }
        for (Bound bound : UPPER_BOUNDS) {
            bound(bound, false);
        }
    }

    private void bound(Bound bound, boolean lower) {
        Number was = base.first(bound.value());
        Number now = head.first(bound.value());
        if (was == null && now == null) {
            return;
        }
        if (was == null) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, bound.name() + " " + text(now) + " added");
        } else if (now == null) {
            sink.report(Rule.CONSTRAINT_RELAXED, bound.name() + " " + text(was) + " removed");
        } else {
            int order = decimal(now).compareTo(decimal(was));
            if (order != 0) {
                boolean tighter = lower == order > 0;
                sink.report(tighter ? Rule.CONSTRAINT_TIGHTENED : Rule.CONSTRAINT_RELAXED, bound.name() + " "
                        + (order > 0 ? "raised" : "lowered") + " from " + text(was) + " to " + text(now));
            }
        }
    }

    private void patternAndFormat() {
        presence("pattern", base.first(Schema::pattern), head.first(Schema::pattern));
        presence("format", base.first(Schema::format), head.first(Schema::format));
    }

    /** A keyword whose values cannot be ordered: added tightens, removed relaxes, changed does both. */
    private void presence(String name, @Nullable String was, @Nullable String now) {
        if (was == null && now == null || was != null && was.equals(now)) {
            return;
        }
        if (was == null) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, name + " " + JsonValues.quote(now) + " added");
        } else if (now == null) {
            sink.report(Rule.CONSTRAINT_RELAXED, name + " " + JsonValues.quote(was) + " removed");
        } else {
            sink.report(Rule.CONSTRAINT_CHANGED, name + " changed from " + JsonValues.quote(was) + " to "
                    + JsonValues.quote(now));
        }
    }

    private void multipleOf() {
        BigDecimal was = base.first(Schema::multipleOf);
        BigDecimal now = head.first(Schema::multipleOf);
        if (was == null && now == null || was != null && now != null && was.compareTo(now) == 0) {
            return;
        }
        if (was == null) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, "multipleOf " + text(now) + " added");
        } else if (now == null) {
            sink.report(Rule.CONSTRAINT_RELAXED, "multipleOf " + text(was) + " removed");
        } else {
            String change = "multipleOf changed from " + text(was) + " to " + text(now);
            if (now.remainder(was).signum() == 0) {
                sink.report(Rule.CONSTRAINT_TIGHTENED, change);
            } else if (was.remainder(now).signum() == 0) {
                sink.report(Rule.CONSTRAINT_RELAXED, change);
            } else {
                sink.report(Rule.CONSTRAINT_CHANGED, change);
            }
        }
    }

    private void uniqueItems() {
        boolean was = base.any(Schema::uniqueItems);
        boolean now = head.any(Schema::uniqueItems);
        if (!was && now) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, "uniqueItems added: items must now differ");
        } else if (was && !now) {
            sink.report(Rule.CONSTRAINT_RELAXED, "uniqueItems removed: items may now repeat");
        }
    }

    private void values(boolean shapeReported, boolean nullReported) {
        List<JsonValue> was = base.first(Schema::enumValues);
        List<JsonValue> now = head.first(Schema::enumValues);
        if (was != null && now != null) {
            for (JsonValue value : now) {
                if (nullReported && value instanceof JsonValue.JsonNull) {
                    continue;
                }
                if (was.stream().noneMatch(v -> JsonValues.sameValue(v, value))) {
                    sink.report(Rule.ENUM_VALUE_ADDED, "enum value " + JsonValues.toJson(value) + " added");
                }
            }
            for (JsonValue value : was) {
                if (nullReported && value instanceof JsonValue.JsonNull) {
                    continue;
                }
                if (now.stream().noneMatch(v -> JsonValues.sameValue(v, value))) {
                    sink.report(Rule.ENUM_VALUE_REMOVED, "enum value " + JsonValues.toJson(value) + " removed");
                }
            }
        } else if (!shapeReported && was == null && now != null) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, "enum " + values(now) + " added");
        } else if (!shapeReported && was != null) {
            sink.report(Rule.CONSTRAINT_RELAXED, "enum " + values(was) + " removed");
        }
        JsonValue wasConst = base.first(Schema::constValue);
        JsonValue nowConst = head.first(Schema::constValue);
        if (wasConst == null && nowConst != null) {
            sink.report(Rule.CONSTRAINT_TIGHTENED, "const " + JsonValues.toJson(nowConst) + " added");
        } else if (wasConst != null && nowConst == null) {
            sink.report(Rule.CONSTRAINT_RELAXED, "const " + JsonValues.toJson(wasConst) + " removed");
        } else if (wasConst != null && !JsonValues.sameValue(wasConst, nowConst)) {
            sink.report(Rule.CONSTRAINT_CHANGED, "const changed from " + JsonValues.toJson(wasConst) + " to "
                    + JsonValues.toJson(nowConst));
        }
    }

    private void others(boolean declaresFields) {
        for (Other other : OTHERS) {
            other(other.name(), base.first(other.value()), head.first(other.value()));
        }
        other("anyOf", base.anyOfBeyondNullable(), head.anyOfBeyondNullable());
        if (!declaresFields) {
            other("additionalProperties", base.first(Schema::additionalProperties),
                    head.first(Schema::additionalProperties));
        }
    }

    private void other(String name, @Nullable Object was, @Nullable Object now) {
        String wasText = SchemaText.of(was);
        String nowText = SchemaText.of(now);
        if (!wasText.equals(nowText)) {
            String change = was == null || was instanceof List<?> l && l.isEmpty() ? "added"
                    : now == null || now instanceof List<?> l && l.isEmpty() ? "removed" : "changed";
            sink.report(Rule.KEYWORD_CHANGED, name + " " + change + ": no rule of the diff judges it; review what"
                    + " it allows before and after by hand");
        }
    }

    private static String values(List<JsonValue> values) {
        return "[" + String.join(", ", values.stream().map(JsonValues::toJson).toList()) + "]";
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal d ? d : BigDecimal.valueOf(number.longValue());
    }

    private static String text(Number number) {
        return number instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : number.toString();
    }
}
