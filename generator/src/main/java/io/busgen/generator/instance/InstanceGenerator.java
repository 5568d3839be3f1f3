package io.busgen.generator.instance;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNull;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Keyword;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaIndex;
import io.busgen.generator.source.SourceLocation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Valid instances of a schema, made from the {@link Schema} model alone and deterministic for a seed: what tests
 * feed the generated codecs and validators, and what example bodies can be drawn from.
 *
 * <p>A value is built from everything the schema asks of it at once: its {@code $ref} targets and {@code allOf}
 * members, one branch of each {@code anyOf} and {@code oneOf}, the {@code if}/{@code then} pair or the {@code else}
 * branch. Numbers are chosen within every bound and on the least common multiple of every {@code multipleOf}; strings
 * within the length bounds, from a sample of their {@code format}, or from the schema's {@code examples} when a
 * {@code pattern} must match (no regular expression is inverted); arrays honour {@code prefixItems}, {@code contains}
 * and {@code uniqueItems}; objects get every required property, some optional ones, the properties
 * {@code dependentRequired} and {@code dependentSchemas} call for, and now and then an extra one where the schema
 * allows it. Every candidate is checked against the whole schema (draft 2020-12 semantics, {@code format} as an
 * annotation) and another is tried when it fails, so what {@link #valid} returns is valid; when no candidate passes
 * after a few tries, the schema's own {@code examples} are tried, and then there is no value.
 *
 * <p>For documentation ({@link Strings#READABLE}) the choices lean towards what a reader expects: the schema's own
 * {@code examples} and an enum's first value first, strings made to match their {@code pattern}
 * ({@link PatternSamples}), a format's usual sample, only the properties that must be there, and as few array items as
 * allowed (one where none are required); {@code format} is asserted, so a value is valid with formats checked too.
 */
public final class InstanceGenerator {

    /** How strings are made when the schema leaves them free. */
    public enum Strings {
        /** Short lower-case words. */
        PLAIN,
        /**
         * For documentation: examples first, strings made from the pattern, a format's sample, else short words;
         * formats asserted, optional properties left out, few array items.
         */
        READABLE,
        /** Anything JSON can carry: quotes, backslashes, controls, non-ASCII, astral characters, line separators. */
        ADVERSARIAL
    }

    /** Below this depth optional properties and array items are left out, so that recursive types stay finite. */
    static final int MAX_DEPTH = 6;
    private static final int ATTEMPTS = 24;
    /** Readable values vary less from one try to the next, so fewer tries find what more would. */
    private static final int READABLE_ATTEMPTS = 8;
    private static final int LOCAL_ATTEMPTS = 6;
    /** How many values one attempt may build before it gives up: recursive required types can explode. */
    private static final int BUDGET = 5_000;
    private static final SourceLocation HERE = SourceLocation.ofFile("generated");
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "main", "value", "x", "id", "node"};
    private static final int[] ADVERSARIAL_CODE_POINTS = {'a', 'b', 'Z', '0', '9', ' ', '"', '\\', '/', '~', '\n',
        '\t', 0x01, 0x1f, 0x7f, 'é', 'ß', 'İ', 'ı', 0x3a3, 0x65e5, 0x2028, 0x2029, 0x85, 0xa0, 0xfeff, 0x1f600, 0x1d11e,
        '<', '&', '*', '@', '$', '{', '}', '%'};
    private static final Map<String, List<String>> FORMAT_SAMPLES = Map.ofEntries(
            Map.entry("date-time", List.of("2024-01-01T00:00:00Z", "1999-12-31T23:59:59.123+05:30")),
            Map.entry("date", List.of("2024-01-01", "2000-02-29")),
            Map.entry("time", List.of("00:00:00Z", "23:59:59.5+01:00")),
            Map.entry("duration", List.of("PT1M", "P1Y2M3DT4H5M6S")),
            Map.entry("email", List.of("user@example.com", "a.b+c@example.org")),
            Map.entry("idn-email", List.of("user@example.com")),
            Map.entry("hostname", List.of("example.com", "a-b.example")),
            Map.entry("idn-hostname", List.of("example.com")),
            Map.entry("ipv4", List.of("192.0.2.1", "0.0.0.0")),
            Map.entry("ipv6", List.of("2001:db8::1", "::1")),
            Map.entry("uri", List.of("https://example.com/", "urn:isbn:0451450523")),
            Map.entry("uri-reference", List.of("https://example.com/", "../a?b#c")),
            Map.entry("iri", List.of("https://example.com/")),
            Map.entry("iri-reference", List.of("https://example.com/")),
            Map.entry("uri-template", List.of("https://example.com/{id}")),
            Map.entry("uuid", List.of("00000000-0000-4000-8000-000000000000", "18a2f0c2-47c6-4a8d-9c5e-2f0e1b7a1c11")),
            Map.entry("json-pointer", List.of("/a", "", "/a~1b/0")),
            Map.entry("relative-json-pointer", List.of("0", "1/a")),
            Map.entry("regex", List.of("^a$", "[0-9]+")));

    private final SchemaIndex index;
    private final SchemaCheck check;
    private final Random random;
    private final Strings strings;
    /** How often each schema has been given a readable string: the n-th time it gets the n-th that fits. */
    private final Map<Schema, Integer> readableCalls = new IdentityHashMap<>();
    /** The strings made from each pattern and length bounds, made once. */
    private final Map<String, List<String>> patternSamples = new HashMap<>();
    private int budget;

    /**
     * @param index the schemas, with every {@code $ref} resolved ({@code Catalog.schemas()})
     * @param seed the seed: the same seed, index and calls give the same values
     */
    public InstanceGenerator(SchemaIndex index, long seed, Strings strings) {
        this(index, seed, strings, new SchemaCheck(index, strings == Strings.READABLE));
    }

    /**
     * For a catalogue whose generated code holds some strings as JDK types: the format of those is asserted
     * ({@code Catalog.scalarJavaType}), as the generated validators assert it.
     *
     * @param formatAsserted whether a schema's format is asserted whatever {@code strings} says
     */
    public InstanceGenerator(SchemaIndex index, long seed, Strings strings,
            java.util.function.Predicate<Schema> formatAsserted) {
        this(index, seed, strings, new SchemaCheck(index, strings == Strings.READABLE, formatAsserted));
    }

    /** With a check of the same index (and formats asserted for readable values), whose compiled patterns it shares. */
    InstanceGenerator(SchemaIndex index, long seed, Strings strings, SchemaCheck check) {
        this.index = index;
        this.check = check;
        this.random = new Random(seed);
        this.strings = strings;
    }

    /** A value valid against {@code schema}, or empty when none was found. */
    public Optional<JsonValue> valid(Schema schema) {
        for (int attempt = 0; attempt < (strings == Strings.READABLE ? READABLE_ATTEMPTS : ATTEMPTS); attempt++) {
            budget = BUDGET;
            JsonValue candidate = value(List.of(schema), 0);
            if (candidate != null) {
                return Optional.of(candidate);
            }
        }
        for (JsonValue example : schema.examples()) {
            if (check.valid(example, schema)) {
                return Optional.of(example);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code value} is valid against {@code schema} by the generator's own reading of draft 2020-12. */
    public boolean isValid(JsonValue value, Schema schema) {
        return check.valid(value, schema);
    }

    // ---- one value for several schemas at once -----------------------------------------------------------------

    /** A value valid against every schema of {@code schemas}, or null. */
    private @Nullable JsonValue value(List<Schema> schemas, int depth) {
        if (depth > 4 * MAX_DEPTH) {
            return null;
        }
        for (int attempt = 0; attempt < LOCAL_ATTEMPTS; attempt++) {
            if (--budget < 0) {
                return null;
            }
            List<Schema> parts = new ArrayList<>();
            boolean possible = true;
            for (Schema schema : schemas) {
                possible &= collect(schema, parts, 0);
            }
            if (!possible) {
                return null;
            }
            JsonValue candidate = build(parts, depth);
            if (candidate != null && schemas.stream().allMatch(s -> check.valid(candidate, s))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Adds to {@code parts} every schema whose keywords the value must meet directly: the schema, its reference's
     * target, its {@code allOf} members, and one chosen branch of each choice. False when the schema is {@code false}.
     */
    private boolean collect(Schema schema, List<Schema> parts, int hops) {
        if (hops > 64) {
            return true;
        }
        if (schema.isBooleanSchema()) {
            return Boolean.TRUE.equals(schema.booleanValue());
        }
        parts.add(schema);
        boolean possible = true;
        if (schema.ref() != null) {
            Schema target = index.target(schema).orElse(null);
            possible = target != null && collect(target, parts, hops + 1);
        }
        for (Schema each : schema.allOf()) {
            possible &= collect(each, parts, hops + 1);
        }
        Optional<Schema> nullable = schema.nullableAlternative();
        if (nullable.isPresent()) {
            Schema branch = random.nextInt(4) == 0 ? schema.anyOf().get(schema.anyOf().get(0).isNullOnly() ? 0 : 1)
                    : nullable.get();
            possible &= collect(branch, parts, hops + 1);
        } else if (!schema.anyOf().isEmpty()) {
            possible &= collect(pick(schema.anyOf()), parts, hops + 1);
        }
        if (!schema.oneOf().isEmpty()) {
            possible &= collect(pick(schema.oneOf()), parts, hops + 1);
        }
        if (schema.ifSchema() != null) {
            if (schema.thenSchema() != null && (schema.elseSchema() == null || random.nextBoolean())) {
                possible &= collect(schema.ifSchema(), parts, hops + 1);
                possible &= collect(schema.thenSchema(), parts, hops + 1);
            } else if (schema.elseSchema() != null) {
                possible &= collect(schema.elseSchema(), parts, hops + 1);
            }
        }
        return possible;
    }

    private @Nullable JsonValue build(List<Schema> parts, int depth) {
        List<JsonValue> fixed = null;
        List<JsonValue> examples = new ArrayList<>();
        for (Schema part : parts) {
            if (part.constValue() != null) {
                fixed = keepSame(fixed, List.of(part.constValue()));
            }
            if (part.enumValues() != null) {
                fixed = keepSame(fixed, part.enumValues());
            }
            examples.addAll(part.examples());
        }
        if (fixed != null && strings == Strings.READABLE) {
            return firstValid(fixed, parts);
        }
        if (fixed != null) {
            return fixed.isEmpty() ? null : pick(fixed);
        }
        if (strings == Strings.READABLE) {
            JsonValue example = firstValid(examples, parts);
            if (example != null) {
                return example;
            }
        } else if (!examples.isEmpty() && random.nextInt(3) == 0) {
            return pick(examples);
        }
        JsonType type = chooseType(parts, depth);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case NULL -> new JsonNull(HERE);
            case BOOLEAN -> new JsonBoolean(random.nextBoolean(), HERE);
            case INTEGER -> number(parts, true);
            case NUMBER -> number(parts, false);
            case STRING -> string(parts, examples);
            case ARRAY -> array(parts, depth);
            case OBJECT -> object(parts, depth);
        };
    }

    /** The first value valid against every part, or null. */
    private @Nullable JsonValue firstValid(List<JsonValue> values, List<Schema> parts) {
        for (JsonValue value : values) {
            if (parts.stream().allMatch(part -> check.valid(value, part))) {
                return value;
            }
        }
        return null;
    }

    private static List<JsonValue> keepSame(@Nullable List<JsonValue> kept, List<JsonValue> allowed) {
        List<JsonValue> result = new ArrayList<>();
        for (JsonValue value : kept == null ? allowed : kept) {
            if (allowed.stream().anyMatch(a -> JsonValues.sameValue(a, value))) {
                result.add(value);
            }
        }
        return result;
    }

    // ---- types --------------------------------------------------------------------------------------------------

    private @Nullable JsonType chooseType(List<Schema> parts, int depth) {
        Set<JsonType> allowed = EnumSet.allOf(JsonType.class);
        boolean declared = false;
        for (Schema part : parts) {
            if (!part.types().isEmpty()) {
                declared = true;
                Set<JsonType> own = EnumSet.copyOf(part.types());
                if (own.contains(JsonType.NUMBER)) {
                    own.add(JsonType.INTEGER);
                }
                allowed.retainAll(own);
            }
        }
        if (allowed.contains(JsonType.INTEGER) && allowed.contains(JsonType.NUMBER) && random.nextBoolean()) {
            allowed.remove(JsonType.NUMBER);
        }
        if (allowed.isEmpty()) {
            return null;
        }
        if (!declared) {
            Set<JsonType> hinted = hintedTypes(parts);
            if (!hinted.isEmpty() && random.nextInt(5) > 0) {
                allowed = hinted;
            } else if (depth >= MAX_DEPTH) {
                allowed.removeAll(List.of(JsonType.ARRAY, JsonType.OBJECT));
            }
        }
        if (allowed.size() > 1 && allowed.contains(JsonType.NULL)
                && (strings == Strings.READABLE || random.nextInt(5) > 0)) {
            allowed.remove(JsonType.NULL);
        }
        return pick(new ArrayList<>(allowed));
    }

    /**
     * The types a schema without {@code type} constrains with its keywords ({@link Keyword#instanceType()}): the ones
     * a value likely has.
     */
    private static Set<JsonType> hintedTypes(List<Schema> parts) {
        Set<JsonType> hinted = EnumSet.noneOf(JsonType.class);
        for (Schema s : parts) {
            for (Keyword keyword : s.keywords()) {
                if (keyword.instanceType() != null) {
                    hinted.add(keyword.instanceType());
                }
            }
        }
        return hinted;
    }

    // ---- numbers ------------------------------------------------------------------------------------------------

    private @Nullable JsonValue number(List<Schema> parts, boolean integer) {
        BigDecimal low = null;
        BigDecimal high = null;
        List<BigDecimal> steps = new ArrayList<>();
        if (integer) {
            steps.add(BigDecimal.ONE);
        }
        for (Schema s : parts) {
            low = max(low, s.minimum());
            high = min(high, s.maximum());
            if (s.exclusiveMinimum() != null) {
                low = max(low, s.exclusiveMinimum());
            }
            if (s.exclusiveMaximum() != null) {
                high = min(high, s.exclusiveMaximum());
            }
            if (s.multipleOf() != null) {
                steps.add(s.multipleOf());
            }
        }
        BigDecimal value;
        if (!steps.isEmpty()) {
            BigDecimal step = leastCommonMultiple(steps);
            BigInteger first = low == null ? null : low.divide(step, 0, RoundingMode.CEILING).toBigInteger();
            BigInteger last = high == null ? null : high.divide(step, 0, RoundingMode.FLOOR).toBigInteger();
            if (first == null && last == null) {
                first = BigInteger.valueOf(random.nextInt(200) - 100);
                last = first.add(BigInteger.valueOf(100));
            } else if (first == null) {
                first = last.subtract(BigInteger.valueOf(random.nextInt(100)));
            } else if (last == null) {
                last = first.add(BigInteger.valueOf(random.nextInt(100)));
            }
            // Exclusive bounds: the multiples next to them are tried, and the check drops what is out.
            if (first.compareTo(last) > 0) {
                return null;
            }
            BigInteger span = last.subtract(first);
            BigInteger k = switch (random.nextInt(6)) {
                case 0 -> first;
                case 1 -> last;
                default -> first.add(BigInteger.valueOf(random.nextInt(1 + span.min(BigInteger.valueOf(1000))
                        .intValue())));
            };
            value = step.multiply(new BigDecimal(k));
            if (exceeds(value, parts)) {
                value = step.multiply(new BigDecimal(k.equals(first) ? k.add(BigInteger.ONE) : k.subtract(
                        BigInteger.ONE)));
            }
        } else {
            BigDecimal from = low != null ? low : high != null ? high.subtract(BigDecimal.valueOf(100))
                    : BigDecimal.valueOf(-100);
            BigDecimal to = high != null ? high : from.add(BigDecimal.valueOf(100));
            BigDecimal fraction = BigDecimal.valueOf(random.nextInt(1001)).movePointLeft(3);
            BigDecimal exact = from.add(to.subtract(from).multiply(fraction));
            // A few decimals read best, unless the range is too narrow for them.
            value = exact.setScale(random.nextInt(4), RoundingMode.HALF_EVEN);
            if (exceeds(value, parts)) {
                value = exceeds(exact, parts) ? from.add(to).divide(BigDecimal.valueOf(2)) : exact;
            }
        }
        value = value.stripTrailingZeros();
        String lexeme = value.signum() == 0 ? "0" : value.toPlainString();
        return new JsonNumber(new BigDecimal(lexeme), lexeme, HERE);
    }

    /** Whether a value breaks one of the bounds of the parts. */
    private static boolean exceeds(BigDecimal value, List<Schema> parts) {
        for (Schema s : parts) {
            if ((s.minimum() != null && value.compareTo(s.minimum()) < 0)
                    || (s.maximum() != null && value.compareTo(s.maximum()) > 0)
                    || (s.exclusiveMinimum() != null && value.compareTo(s.exclusiveMinimum()) <= 0)
                    || (s.exclusiveMaximum() != null && value.compareTo(s.exclusiveMaximum()) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** The least common multiple of positive decimals: {@code 0.5} and {@code 0.75} give {@code 1.5}. */
    static BigDecimal leastCommonMultiple(List<BigDecimal> steps) {
        int scale = steps.stream().mapToInt(s -> Math.max(0, s.stripTrailingZeros().scale())).max().orElse(0);
        BigInteger lcm = BigInteger.ONE;
        for (BigDecimal step : steps) {
            BigInteger unscaled = step.movePointRight(scale).toBigIntegerExact().abs();
            lcm = lcm.divide(lcm.gcd(unscaled)).multiply(unscaled);
        }
        return new BigDecimal(lcm).movePointLeft(scale);
    }

    private static @Nullable BigDecimal max(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    private static @Nullable BigDecimal min(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }

    // ---- strings ------------------------------------------------------------------------------------------------

    private @Nullable JsonValue string(List<Schema> parts, List<JsonValue> examples) {
        int minLength = 0;
        Integer maxLength = null;
        boolean patterned = false;
        String format = null;
        for (Schema s : parts) {
            if (s.minLength() != null) {
                minLength = Math.max(minLength, s.minLength());
            }
            if (s.maxLength() != null) {
                maxLength = maxLength == null ? s.maxLength() : Math.min(maxLength, s.maxLength());
            }
            patterned |= s.pattern() != null;
            if (s.format() != null && FORMAT_SAMPLES.containsKey(s.format())) {
                format = s.format();
            }
        }
        if (maxLength != null && maxLength < minLength) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        for (JsonValue example : examples) {
            if (example instanceof JsonString s) {
                candidates.add(s.value());
            }
        }
        if (format != null) {
            candidates.addAll(FORMAT_SAMPLES.get(format));
        }
        if (strings == Strings.READABLE) {
            return readableString(parts, candidates, minLength, maxLength, patterned || format != null);
        }
        if (patterned || (format != null && random.nextInt(10) > 0)) {
            List<String> fitting = new ArrayList<>();
            for (String candidate : candidates) {
                if (fits(candidate, parts)) {
                    fitting.add(candidate);
                }
            }
            if (!fitting.isEmpty()) {
                return new JsonString(pick(fitting), HERE);
            }
            if (patterned) {
                return null;
            }
        }
        int upper = maxLength != null ? maxLength : minLength + 8;
        int length = minLength + random.nextInt(upper - minLength + 1);
        return new JsonString(text(length), HERE);
    }

    /**
     * The first candidate that fits, then one made from each pattern; short words where nothing constrains the text
     * further than its length.
     */
    private @Nullable JsonValue readableString(List<Schema> parts, List<String> candidates, int minLength,
            @Nullable Integer maxLength, boolean constrained) {
        List<String> all = new ArrayList<>(candidates);
        for (Schema s : parts) {
            if (s.pattern() != null) {
                all.addAll(patternSamples.computeIfAbsent(s.pattern() + "\u0000" + minLength + "\u0000" + maxLength,
                        key -> PatternSamples.of(s.pattern(), minLength, maxLength)));
            }
        }
        if (constrained) {
            all.addAll(List.of(WORDS)); // a pattern no sample was made for may still match a word
        }
        List<String> fitting = all.stream().filter(candidate -> fits(candidate, parts)).distinct().toList();
        if (!fitting.isEmpty()) {
            // The most readable first; the next one each time the same schema asks again (a retry, uniqueItems).
            int call = parts.isEmpty() ? 0 : readableCalls.merge(parts.get(0), 1, Integer::sum) - 1;
            return new JsonString(fitting.get(call % fitting.size()), HERE);
        }
        if (constrained) {
            return null;
        }
        int length = Math.max(minLength, Math.min(WORDS[0].length(), maxLength == null ? Integer.MAX_VALUE
                : maxLength));
        return new JsonString(text(length), HERE);
    }

    private boolean fits(String text, List<Schema> parts) {
        JsonString value = new JsonString(text, HERE);
        return parts.stream().allMatch(s -> SchemaCheck.hasType(value, JsonType.STRING)
                && (s.minLength() == null || text.codePointCount(0, text.length()) >= s.minLength())
                && (s.maxLength() == null || text.codePointCount(0, text.length()) <= s.maxLength())
                && (s.pattern() == null || check.matches(s.pattern(), text))
                && check.formatHolds(s, text));
    }

    /** A string of {@code length} code points. */
    private String text(int length) {
        StringBuilder text = new StringBuilder();
        if (strings != Strings.ADVERSARIAL) {
            while (text.codePointCount(0, text.length()) < length) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            return text.substring(0, text.offsetByCodePoints(0, length));
        }
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(ADVERSARIAL_CODE_POINTS[random.nextInt(ADVERSARIAL_CODE_POINTS.length)]);
        }
        return text.toString();
    }

    // ---- arrays -------------------------------------------------------------------------------------------------

    private @Nullable JsonValue array(List<Schema> parts, int depth) {
        int minItems = 0;
        Integer maxItems = null;
        boolean unique = false;
        int containsNeeded = 0;
        List<Schema> contains = new ArrayList<>();
        for (Schema s : parts) {
            if (s.minItems() != null) {
                minItems = Math.max(minItems, s.minItems());
            }
            if (s.maxItems() != null) {
                maxItems = maxItems == null ? s.maxItems() : Math.min(maxItems, s.maxItems());
            }
            unique |= s.uniqueItems();
            if (s.contains() != null) {
                contains.add(s.contains());
                int needed = s.minContains() != null ? s.minContains() : 1;
                containsNeeded = Math.max(containsNeeded, needed);
            }
        }
        int length = strings == Strings.READABLE ? Math.max(minItems, depth >= MAX_DEPTH ? 0 : 1)
                : minItems + (depth >= MAX_DEPTH ? 0 : random.nextInt(4));
        length = Math.max(length, containsNeeded);
        if (maxItems != null) {
            length = Math.min(length, maxItems);
        }
        if (length < minItems) {
            return null;
        }
        Set<Integer> containsSlots = new LinkedHashSet<>();
        while (containsSlots.size() < Math.min(containsNeeded, length)) {
            containsSlots.add(random.nextInt(length));
        }
        List<JsonValue> items = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            List<Schema> schemas = new ArrayList<>();
            for (Schema s : parts) {
                if (i < s.prefixItems().size()) {
                    schemas.add(s.prefixItems().get(i));
                } else if (s.items() != null) {
                    schemas.add(s.items());
                }
            }
            if (containsSlots.contains(i)) {
                schemas.addAll(contains);
            }
            JsonValue item = null;
            for (int attempt = 0; attempt < LOCAL_ATTEMPTS && item == null; attempt++) {
                JsonValue candidate = schemas.isEmpty() ? plain(depth + 1) : value(schemas, depth + 1);
                if (candidate != null && !(unique && items.stream().anyMatch(e -> JsonValues.sameValue(e,
                        candidate)))) {
                    item = candidate;
                }
            }
            if (item == null) {
                if (items.size() >= minItems && !containsSlots.contains(i) && i >= maxPrefix(parts)) {
                    break;
                }
                return null;
            }
            items.add(item);
        }
        return new JsonArray(items, HERE);
    }

    private static int maxPrefix(List<Schema> parts) {
        return parts.stream().mapToInt(s -> s.prefixItems().size()).max().orElse(0);
    }

    // ---- objects ------------------------------------------------------------------------------------------------

    private @Nullable JsonValue object(List<Schema> given, int depth) {
        List<Schema> parts = new ArrayList<>(given);
        Set<String> present = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        Map<String, Boolean> decided = new LinkedHashMap<>();
        // dependentSchemas can add properties and requirements: settle them in a few rounds.
        for (int round = 0; round < 4; round++) {
            int before = parts.size();
            for (Schema s : List.copyOf(parts)) {
                required.addAll(s.required());
                for (String name : s.properties().keySet()) {
                    decided.computeIfAbsent(name, n -> strings != Strings.READABLE
                            && random.nextInt(depth >= MAX_DEPTH ? 8 : 2) == 0);
                }
            }
            present.addAll(required);
            decided.forEach((name, chosen) -> {
                if (chosen) {
                    present.add(name);
                }
            });
            for (int pass = 0; pass < 4; pass++) {
                for (Schema s : parts) {
                    for (Map.Entry<String, List<String>> dependency : s.dependentRequired().entrySet()) {
                        if (present.contains(dependency.getKey())) {
                            present.addAll(dependency.getValue());
                        }
                    }
                }
            }
            for (Schema s : List.copyOf(parts)) {
                for (Map.Entry<String, Schema> dependency : s.dependentSchemas().entrySet()) {
                    if (present.contains(dependency.getKey()) && !parts.contains(dependency.getValue())) {
                        collect(dependency.getValue(), parts, 0);
                    }
                }
            }
            if (parts.size() == before) {
                break;
            }
        }
        int minProperties = 0;
        Integer maxProperties = null;
        for (Schema s : parts) {
            if (s.minProperties() != null) {
                minProperties = Math.max(minProperties, s.minProperties());
            }
            if (s.maxProperties() != null) {
                maxProperties = maxProperties == null ? s.maxProperties() : Math.min(maxProperties,
                        s.maxProperties());
            }
        }
        for (String name : decided.keySet()) {
            if (present.size() >= minProperties) {
                break;
            }
            present.add(name);
        }
        int extras = Math.max(0, minProperties - present.size());
        if (strings != Strings.READABLE && depth < MAX_DEPTH && random.nextInt(4) == 0) {
            extras += 1 + random.nextInt(2);
        }
        for (int i = 0; i < extras; i++) {
            String name = extraName(parts, present, depth);
            if (name != null) {
                present.add(name);
            }
        }
        if (maxProperties != null) {
            List<String> optional = new ArrayList<>(present);
            optional.removeAll(required);
            while (present.size() > maxProperties && !optional.isEmpty()) {
                present.remove(optional.remove(optional.size() - 1));
            }
        }
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (String name : present) {
            JsonValue member = value(schemasOf(name, parts), depth + 1);
            if (member == null) {
                if (required.contains(name)) {
                    return null;
                }
                continue;
            }
            members.put(name, member);
        }
        return new JsonObject(members, HERE);
    }

    /** What a member's value must meet: its declared schemas, the matching patterns, else additionalProperties. */
    private List<Schema> schemasOf(String name, List<Schema> parts) {
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : parts) {
            Schema declared = s.properties().get(name);
            if (declared != null) {
                schemas.add(declared);
            }
            boolean matched = false;
            for (Map.Entry<String, Schema> pattern : s.patternProperties().entrySet()) {
                if (check.matches(pattern.getKey(), name)) {
                    schemas.add(pattern.getValue());
                    matched = true;
                }
            }
            if (declared == null && !matched && s.additionalProperties() != null) {
                schemas.add(s.additionalProperties());
            }
        }
        if (schemas.isEmpty()) {
            // A member no other keyword evaluates: unevaluatedProperties, where a schema has it.
            parts.stream().map(Schema::unevaluatedProperties).filter(java.util.Objects::nonNull).forEach(schemas::add);
        }
        return schemas;
    }

    /** The name of an extra member: from {@code propertyNames} when the schema constrains names. */
    private @Nullable String extraName(List<Schema> parts, Set<String> taken, int depth) {
        List<Schema> names = new ArrayList<>();
        for (Schema s : parts) {
            if (s.propertyNames() != null) {
                names.add(s.propertyNames());
            }
        }
        for (int attempt = 0; attempt < LOCAL_ATTEMPTS; attempt++) {
            String name;
            if (!names.isEmpty()) {
                JsonValue value = value(names, depth + 1);
                if (!(value instanceof JsonString s)) {
                    continue;
                }
                name = s.value();
            } else if (strings != Strings.ADVERSARIAL) {
                name = "extra_" + random.nextInt(100);
            } else {
                name = text(1 + random.nextInt(6));
            }
            if (!taken.contains(name)) {
                return name;
            }
        }
        return null;
    }

    // ---- plain JSON ---------------------------------------------------------------------------------------------

    private JsonValue plain(int depth) {
        int kind = random.nextInt(depth >= MAX_DEPTH ? 5 : 7);
        return switch (kind) {
            case 0 -> new JsonNull(HERE);
            case 1 -> new JsonBoolean(random.nextBoolean(), HERE);
            case 2 -> {
                String lexeme = Integer.toString(random.nextInt(2001) - 1000);
                yield new JsonNumber(new BigDecimal(lexeme), lexeme, HERE);
            }
            case 3 -> {
                String lexeme = BigDecimal.valueOf(random.nextInt(20001) - 10000, 2).toPlainString();
                yield new JsonNumber(new BigDecimal(lexeme), lexeme, HERE);
            }
            case 4 -> new JsonString(text(random.nextInt(6)), HERE);
            case 5 -> {
                List<JsonValue> items = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    items.add(plain(depth + 1));
                }
                yield new JsonArray(items, HERE);
            }
            default -> {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    members.put(strings != Strings.ADVERSARIAL ? WORDS[random.nextInt(WORDS.length)] : text(2),
                            plain(depth + 1));
                }
                yield new JsonObject(members, HERE);
            }
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
