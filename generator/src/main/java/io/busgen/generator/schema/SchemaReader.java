package io.busgen.generator.schema;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.schema.Vocabulary.Dialect;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import io.busgen.runtime.internal.EcmaPattern;
import io.busgen.runtime.internal.EcmaRegex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a located JSON document into {@link Schema}s, checking each keyword's value and reporting every problem
 * (unknown or refused keywords, values of the wrong kind) rather than stopping at the first.
 */
public final class SchemaReader {

    private static final Pattern ANCHOR = Pattern.compile("[A-Za-z_][-A-Za-z0-9._]*");
    private static final Set<String> ENVELOPE_PROPERTIES =
            Set.of("priority", "headers", "expiration", "correlation_id", "reply_to");

    private final Dialect dialect;
    private final Problems problems;
    private final KeywordSet keywordSet;

    public SchemaReader(Dialect dialect, Problems problems) {
        this(dialect, problems, KeywordSet.of(dialect));
    }

    /**
     * A reader of standalone schemas whose {@code $schema} decides which keywords assert ({@link KeywordSet}).
     *
     * @param keywordSet the keywords that are keywords here; any other is an annotation, or refused when the set
     *     says why
     */
    public SchemaReader(Dialect dialect, Problems problems, KeywordSet keywordSet) {
        this.dialect = dialect;
        this.problems = problems;
        this.keywordSet = keywordSet;
    }

    /** Reads the schema at the root of a document (or any value meant to be a schema). */
    public Schema read(JsonValue value) {
        if (value instanceof JsonBoolean bool) {
            return new Schema(value.location(), bool.value(), Map.of(), Map.of());
        }
        Map<Keyword, Object> values = new EnumMap<>(Keyword.class);
        Map<String, JsonValue> extensions = new LinkedHashMap<>();
        if (!(value instanceof JsonObject object)) {
            problems.report(value.location(), "a schema must be an object or a boolean, not " + article(value));
            return new Schema(value.location(), null, values, extensions);
        }
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            JsonValue v = member.getValue();
            Keyword keyword = Keyword.named(member.getKey()).filter(k -> k.acceptedIn(dialect))
                    .filter(keywordSet::contains).orElse(null);
            if (keyword == null) {
                unknown(member.getKey(), v);
                continue;
            }
            Object read = value(keyword, v);
            if (read != null && !check(keyword, read, v)) {
                read = null;
            }
            if (read != null && keyword.isExtension()) {
                extensions.put(keyword.keyword(), v);
            } else if (read != null && says(keyword, read)) {
                values.put(keyword, read);
            }
        }
        return new Schema(value.location(), null, values, extensions);
    }

    /**
     * A keyword the reader does not know. In a catalogue file it is an error (the vocabulary is closed); in a
     * standalone schema it is an annotation, as JSON Schema has it, unless busgen refuses it (a feature it does not
     * support, or a keyword of another draft that means something else there), and a likely typo gets a warning.
     */
    private void unknown(String name, JsonValue v) {
        if (dialect == Dialect.CATALOG) {
            problems.report(v.location(), Vocabulary.unknownKeywordMessage(name, dialect));
            return;
        }
        Optional<String> refusal = keywordSet.refusal(name, v);
        if (refusal.isPresent()) {
            problems.report(v.location(), refusal.get());
        } else if (Keyword.named(name).isEmpty()) {
            Vocabulary.suggestion(name, dialect).ifPresent(near -> problems.warn(v.location(), "unknown keyword \""
                    + name + "\" is an annotation, which validation ignores: did you mean \"" + near + "\"?"));
        }
    }

    /** The value of a keyword, read by the kind of value it takes; null (and a problem) when it is not of that kind. */
    private @Nullable Object value(Keyword keyword, JsonValue v) {
        return switch (keyword.value()) {
            case STRING -> string(v, keyword);
            case BOOLEAN -> bool(v, keyword);
            case COUNT -> count(v, keyword);
            case NUMBER -> number(v, keyword);
            case INTEGER -> integer(v, keyword);
            case SCHEMA -> subschema(v);
            case SCHEMA_MAP -> schemaMap(v, keyword);
            case SCHEMA_LIST -> schemaList(v, keyword);
            case NAMES -> uniqueStrings(v, keyword);
            case NAMES_BY_NAME -> dependentRequired(v, keyword);
            case TYPES -> types(v);
            case ARRAY -> array(v, keyword);
            case STRINGS -> strings(v, keyword);
            case ANY -> v;
            case VOCABULARIES -> vocabularies(v, keyword);
        };
    }

    /**
     * What some keywords ask of their value beyond its kind; false (and a problem) when it does not hold. A pattern
     * that holds with a warning is kept.
     */
    private boolean check(Keyword keyword, Object read, JsonValue v) {
        switch (keyword) {
            case SCHEMA -> {
                // a standalone schema's $schema is read where its document is: StandaloneSchema
                if (dialect == Dialect.CATALOG && !read.equals(Vocabulary.DRAFT_2020_12)) {
                    problems.report(v.location(), "unsupported \"$schema\" \"" + read + "\": busgen reads draft 2020-12"
                            + " only; write \"" + Vocabulary.DRAFT_2020_12 + "\" or leave \"$schema\" out");
                }
            }
            case ANCHOR, DYNAMIC_ANCHOR -> {
                if (!ANCHOR.matcher((String) read).matches()) {
                    problems.report(v.location(), "\"" + keyword + "\" must start with a letter or '_' and hold only"
                            + " letters, digits, '-', '_' and '.'");
                    return false;
                }
            }
            case PATTERN -> checkPattern((String) read, v.location());
            case PATTERN_PROPERTIES -> {
                for (Map.Entry<String, JsonValue> member : ((JsonObject) v).members().entrySet()) {
                    checkPattern(member.getKey(), member.getValue().location());
                }
            }
            case MULTIPLE_OF -> {
                if (((BigDecimal) read).signum() <= 0) {
                    problems.report(v.location(), "\"multipleOf\" must be greater than 0");
                    return false;
                }
            }
            case X_ENVELOPE -> {
                if (!ENVELOPE_PROPERTIES.contains((String) read)) {
                    problems.report(v.location(), "\"x-envelope\" must name an envelope property: one of priority,"
                            + " headers, expiration, correlation_id, reply_to");
                    return false;
                }
            }
            default -> {
                // the kind of value is all the keyword asks
            }
        }
        return true;
    }

    /**
     * Whether a value read says anything: {@code false} for a boolean keyword, and an empty list or map (but an empty
     * {@code enum}, which allows nothing), say no more than leaving the keyword out, and the schema does not keep them.
     */
    private static boolean says(Keyword keyword, Object read) {
        if (read instanceof Boolean bool) {
            return bool;
        }
        if (read instanceof List<?> list) {
            return !list.isEmpty() || keyword == Keyword.ENUM;
        }
        return !(read instanceof Map<?, ?> map) || !map.isEmpty();
    }

    /** {@code $vocabulary}: each vocabulary's URI and whether it is required. */
    private @Nullable Map<String, Boolean> vocabularies(JsonValue v, Keyword keyword) {
        if (!(v instanceof JsonObject object)) {
            expected(v, keyword, "an object whose members are vocabulary URIs, each true or false");
            return null;
        }
        Map<String, Boolean> vocabularies = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            if (member.getValue() instanceof JsonBoolean required) {
                vocabularies.put(member.getKey(), required.value());
            } else {
                expected(member.getValue(), keyword, "true (a vocabulary required) or false (one optional)");
            }
        }
        return vocabularies;
    }

    private List<JsonType> types(JsonValue v) {
        List<JsonType> types = new ArrayList<>();
        List<JsonValue> names = v instanceof JsonArray array ? array.elements() : List.of(v);
        if (v instanceof JsonArray array && array.elements().isEmpty()) {
            problems.report(v.location(), "\"type\" must name at least one type");
        }
        for (JsonValue name : names) {
            JsonType type = name instanceof JsonString s ? JsonType.fromKeyword(s.value()).orElse(null) : null;
            if (type == null) {
                problems.report(name.location(), "\"type\" must be one of null, boolean, object, array, number,"
                        + " string, integer (or an array of them), not " + article(name));
            } else if (types.contains(type)) {
                problems.report(name.location(), "\"type\" lists " + type.keyword() + " twice; list it once");
            } else {
                types.add(type);
            }
        }
        return types;
    }

    /** A keyword's one schema; a value that is no schema is reported (by {@link #read}) and not kept. */
    private @Nullable Schema subschema(JsonValue v) {
        Schema schema = read(v);
        return v instanceof JsonObject || v instanceof JsonBoolean ? schema : null;
    }

    private @Nullable Map<String, Schema> schemaMap(JsonValue v, Keyword keyword) {
        if (!(v instanceof JsonObject object)) {
            expected(v, keyword, "an object whose values are schemas");
            return null;
        }
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            schemas.put(member.getKey(), read(member.getValue()));
        }
        return schemas;
    }

    private @Nullable List<Schema> schemaList(JsonValue v, Keyword keyword) {
        if (!(v instanceof JsonArray array) || array.elements().isEmpty()) {
            expected(v, keyword, "a non-empty array of schemas");
            return null;
        }
        List<Schema> schemas = new ArrayList<>();
        for (JsonValue element : array.elements()) {
            schemas.add(read(element));
        }
        return schemas;
    }

    private @Nullable List<String> uniqueStrings(JsonValue v, Keyword keyword) {
        if (!(v instanceof JsonArray array)) {
            expected(v, keyword, "an array of property names");
            return null;
        }
        List<String> strings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonValue element : array.elements()) {
            if (!(element instanceof JsonString s)) {
                expected(element, keyword, "a property name (a string)");
            } else if (!seen.add(s.value())) {
                problems.report(element.location(), "\"" + keyword + "\" lists \"" + s.value() + "\" twice;"
                        + " list it once");
            } else {
                strings.add(s.value());
            }
        }
        return List.copyOf(strings);
    }

    private @Nullable Map<String, List<String>> dependentRequired(JsonValue v, Keyword keyword) {
        if (!(v instanceof JsonObject object)) {
            expected(v, keyword, "an object whose values are arrays of property names");
            return null;
        }
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            List<String> names = uniqueStrings(member.getValue(), keyword);
            dependencies.put(member.getKey(), names == null ? List.of() : names);
        }
        return dependencies;
    }

    private @Nullable List<JsonValue> array(JsonValue v, Keyword keyword) {
        if (v instanceof JsonArray array) {
            return array.elements();
        }
        expected(v, keyword, switch (keyword) {
            case ENUM -> "an array of the allowed values";
            case EXAMPLES -> "an array of example values";
            default -> "an array";
        });
        return null;
    }

    /** An array of strings: every element that is not one is a problem of its own. */
    private @Nullable List<String> strings(JsonValue v, Keyword keyword) {
        if (!(v instanceof JsonArray array)) {
            expected(v, keyword, "an array of strings");
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue element : array.elements()) {
            if (element instanceof JsonString s) {
                strings.add(s.value());
            } else {
                problems.report(element.location(), "\"" + keyword + "\" must hold strings only, not "
                        + article(element) + "; write it as a string (\"\" for none)");
            }
        }
        return strings.size() == array.elements().size() ? strings : null;
    }

    private void checkPattern(String regex, SourceLocation location) {
        Optional<String> problem = EcmaRegex.problem(regex);
        if (problem.isPresent()) {
            problems.report(location, problem.get() + "; fix the pattern");
        } else {
            EcmaRegex.hazard(regex).ifPresent(hazard -> problems.warn(location, hazard));
            EcmaPattern.compile(regex).backtrackingReason().ifPresent(reason -> problems.inform(location,
                    "the pattern " + EcmaRegex.quote(regex) + " is checked by backtracking, within a step budget,"
                            + " rather than in linear time, because " + reason + ": a string that spends the budget"
                            + " is rejected (pattern-budget); avoid lookarounds and backreferences where you can"));
        }
    }

    private @Nullable String string(JsonValue v, Keyword keyword) {
        if (v instanceof JsonString s) {
            return s.value();
        }
        expected(v, keyword, "a string");
        return null;
    }

    private @Nullable Boolean bool(JsonValue v, Keyword keyword) {
        if (v instanceof JsonBoolean b) {
            return b.value();
        }
        expected(v, keyword, keyword == Keyword.X_BODY ? "false (a property that never travels in the body)"
                : "true or false");
        return null;
    }

    private @Nullable BigDecimal number(JsonValue v, Keyword keyword) {
        if (v instanceof JsonNumber n) {
            return n.value();
        }
        expected(v, keyword, "a number");
        return null;
    }

    private @Nullable Integer integer(JsonValue v, Keyword keyword) {
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.value().intValueExact();
            } catch (ArithmeticException tooLarge) {
                problems.report(v.location(), "\"" + keyword + "\" must be an integer from " + Integer.MIN_VALUE
                        + " to " + Integer.MAX_VALUE + ", not " + n.lexeme());
                return null;
            }
        }
        expected(v, keyword, "an integer");
        return null;
    }

    private @Nullable Integer count(JsonValue v, Keyword keyword) {
        Integer count = v instanceof JsonNumber ? integer(v, keyword) : null;
        if (!(v instanceof JsonNumber)) {
            expected(v, keyword, "a non-negative integer");
        } else if (count != null && count < 0) {
            problems.report(v.location(), "\"" + keyword + "\" must be a non-negative integer, not " + count);
            return null;
        }
        return count;
    }

    private void expected(JsonValue v, Keyword keyword, String what) {
        problems.report(v.location(), "\"" + keyword + "\" must be " + what + ", not " + article(v));
    }

    private static String article(JsonValue v) {
        String type = v.typeName();
        return (type.startsWith("a") || type.startsWith("i") || type.startsWith("o") ? "an " : "a ") + type;
    }
}
