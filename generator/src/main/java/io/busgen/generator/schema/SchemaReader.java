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
    private final Set<String> keywords;
    private final Problems problems;

    public SchemaReader(Dialect dialect, Problems problems) {
        this.dialect = dialect;
        this.keywords = Vocabulary.keywords(dialect);
        this.problems = problems;
    }

    /** Reads the schema at the root of a document (or any value meant to be a schema). */
    public Schema read(JsonValue value) {
        if (value instanceof JsonBoolean bool) {
            return new Draft(value.location(), bool.value()).build();
        }
        Draft draft = new Draft(value.location(), null);
        if (!(value instanceof JsonObject object)) {
            problems.report(value.location(), "a schema must be an object or a boolean, not " + article(value));
            return draft.build();
        }
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            String keyword = member.getKey();
            JsonValue v = member.getValue();
            if (!keywords.contains(keyword)) {
                problems.report(v.location(), Vocabulary.unknownKeywordMessage(keyword, dialect));
                continue;
            }
            readKeyword(draft, keyword, v);
        }
        return draft.build();
    }

    private void readKeyword(Draft d, String keyword, JsonValue v) {
        switch (keyword) {
            case "$schema" -> {
                String uri = string(v, keyword);
                if (uri != null && !uri.equals(Vocabulary.DRAFT_2020_12)) {
                    problems.report(v.location(), "unsupported \"$schema\" \"" + uri + "\": busgen reads draft 2020-12"
                            + " only; write \"" + Vocabulary.DRAFT_2020_12 + "\" or leave \"$schema\" out");
                }
                d.schemaUri = uri;
            }
            case "$id" -> d.id = string(v, keyword);
            case "$anchor" -> {
                d.anchor = string(v, keyword);
                if (d.anchor != null && !ANCHOR.matcher(d.anchor).matches()) {
                    problems.report(v.location(), "\"$anchor\" must start with a letter or '_' and hold only letters,"
                            + " digits, '-', '_' and '.'");
                }
            }
            case "$ref" -> d.ref = string(v, keyword);
            case "$defs" -> d.defs = schemaMap(v, keyword);
            case "type" -> d.types = types(v);
            case "enum" -> {
                if (v instanceof JsonArray array) {
                    d.enumValues = array.elements();
                } else {
                    expected(v, keyword, "an array of the allowed values");
                }
            }
            case "const" -> d.constValue = v;
            case "properties" -> d.properties = schemaMap(v, keyword);
            case "required" -> d.required = uniqueStrings(v, keyword);
            case "additionalProperties" -> d.additionalProperties = read(v);
            case "patternProperties" -> {
                d.patternProperties = schemaMap(v, keyword);
                if (v instanceof JsonObject object) {
                    for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                        checkPattern(member.getKey(), member.getValue().location());
                    }
                }
            }
            case "propertyNames" -> d.propertyNames = read(v);
            case "minProperties" -> d.minProperties = count(v, keyword);
            case "maxProperties" -> d.maxProperties = count(v, keyword);
            case "dependentRequired" -> d.dependentRequired = dependentRequired(v);
            case "dependentSchemas" -> d.dependentSchemas = schemaMap(v, keyword);
            case "items" -> d.items = read(v);
            case "prefixItems" -> d.prefixItems = schemaList(v, keyword);
            case "minItems" -> d.minItems = count(v, keyword);
            case "maxItems" -> d.maxItems = count(v, keyword);
            case "uniqueItems" -> d.uniqueItems = bool(v, keyword);
            case "contains" -> d.contains = read(v);
            case "minContains" -> d.minContains = count(v, keyword);
            case "maxContains" -> d.maxContains = count(v, keyword);
            case "minLength" -> d.minLength = count(v, keyword);
            case "maxLength" -> d.maxLength = count(v, keyword);
            case "pattern" -> {
                d.pattern = string(v, keyword);
                if (d.pattern != null) {
                    checkPattern(d.pattern, v.location());
                }
            }
            case "format" -> d.format = string(v, keyword);
            case "minimum" -> d.minimum = number(v, keyword);
            case "maximum" -> d.maximum = number(v, keyword);
            case "exclusiveMinimum" -> d.exclusiveMinimum = number(v, keyword);
            case "exclusiveMaximum" -> d.exclusiveMaximum = number(v, keyword);
            case "multipleOf" -> {
                d.multipleOf = number(v, keyword);
                if (d.multipleOf != null && d.multipleOf.signum() <= 0) {
                    problems.report(v.location(), "\"multipleOf\" must be greater than 0");
                }
            }
            case "allOf" -> d.allOf = schemaList(v, keyword);
            case "anyOf" -> d.anyOf = schemaList(v, keyword);
            case "oneOf" -> d.oneOf = schemaList(v, keyword);
            case "not" -> d.not = read(v);
            case "if" -> d.ifSchema = read(v);
            case "then" -> d.thenSchema = read(v);
            case "else" -> d.elseSchema = read(v);
            case "title" -> d.title = string(v, keyword);
            case "description" -> d.description = string(v, keyword);
            case "default" -> d.defaultValue = v;
            case "examples" -> {
                if (v instanceof JsonArray array) {
                    d.examples = array.elements();
                } else {
                    expected(v, keyword, "an array of example values");
                }
            }
            case "deprecated" -> d.deprecated = bool(v, keyword);
            case "readOnly" -> d.readOnly = bool(v, keyword);
            case "writeOnly" -> d.writeOnly = bool(v, keyword);
            case "$comment" -> d.comment = string(v, keyword);
            case "contentEncoding" -> d.contentEncoding = string(v, keyword);
            case "contentMediaType" -> d.contentMediaType = string(v, keyword);
            case "contentSchema" -> d.contentSchema = read(v);
            default -> readExtension(d, keyword, v);
        }
    }

    private void readExtension(Draft d, String keyword, JsonValue v) {
        boolean wellTyped = switch (keyword) {
            case "x-routing-key", "x-kind", "x-java-name" -> string(v, keyword) != null;
            case "x-priority" -> integer(v, keyword) != null;
            case "x-body" -> {
                if (!(v instanceof JsonBoolean)) {
                    expected(v, keyword, "false (a property that never travels in the body)");
                    yield false;
                }
                yield true;
            }
            case "x-envelope" -> {
                String property = string(v, keyword);
                if (property != null && !ENVELOPE_PROPERTIES.contains(property)) {
                    problems.report(v.location(), "\"x-envelope\" must name an envelope property: one of priority,"
                            + " headers, expiration, correlation_id, reply_to");
                    yield false;
                }
                yield property != null;
            }
            default -> throw new IllegalStateException("keyword in vocabulary without a reader: " + keyword);
        };
        if (wellTyped) {
            d.extensions.put(keyword, v);
        }
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

    private Map<String, Schema> schemaMap(JsonValue v, String keyword) {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        if (v instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                schemas.put(member.getKey(), read(member.getValue()));
            }
        } else {
            expected(v, keyword, "an object whose values are schemas");
        }
        return schemas;
    }

    private List<Schema> schemaList(JsonValue v, String keyword) {
        List<Schema> schemas = new ArrayList<>();
        if (v instanceof JsonArray array && !array.elements().isEmpty()) {
            for (JsonValue element : array.elements()) {
                schemas.add(read(element));
            }
        } else {
            expected(v, keyword, "a non-empty array of schemas");
        }
        return schemas;
    }

    private List<String> uniqueStrings(JsonValue v, String keyword) {
        List<String> strings = new ArrayList<>();
        if (!(v instanceof JsonArray array)) {
            expected(v, keyword, "an array of property names");
            return strings;
        }
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
        return strings;
    }

    private Map<String, List<String>> dependentRequired(JsonValue v) {
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        if (v instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                dependencies.put(member.getKey(), uniqueStrings(member.getValue(), "dependentRequired"));
            }
        } else {
            expected(v, "dependentRequired", "an object whose values are arrays of property names");
        }
        return dependencies;
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

    private @Nullable String string(JsonValue v, String keyword) {
        if (v instanceof JsonString s) {
            return s.value();
        }
        expected(v, keyword, "a string");
        return null;
    }

    private boolean bool(JsonValue v, String keyword) {
        if (v instanceof JsonBoolean b) {
            return b.value();
        }
        expected(v, keyword, "true or false");
        return false;
    }

    private @Nullable BigDecimal number(JsonValue v, String keyword) {
        if (v instanceof JsonNumber n) {
            return n.value();
        }
        expected(v, keyword, "a number");
        return null;
    }

    private @Nullable Integer integer(JsonValue v, String keyword) {
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

    private @Nullable Integer count(JsonValue v, String keyword) {
        Integer count = v instanceof JsonNumber ? integer(v, keyword) : null;
        if (!(v instanceof JsonNumber)) {
            expected(v, keyword, "a non-negative integer");
        } else if (count != null && count < 0) {
            problems.report(v.location(), "\"" + keyword + "\" must be a non-negative integer, not " + count);
            return null;
        }
        return count;
    }

    private void expected(JsonValue v, String keyword, String what) {
        problems.report(v.location(), "\"" + keyword + "\" must be " + what + ", not " + article(v));
    }

    private static String article(JsonValue v) {
        String type = v.typeName();
        return (type.startsWith("a") || type.startsWith("i") || type.startsWith("o") ? "an " : "a ") + type;
    }

    /** The keywords of one schema as they are read, before they are frozen into a {@link Schema}. */
    private static final class Draft {
        final SourceLocation location;
        final @Nullable Boolean booleanValue;
        @Nullable String schemaUri;
        @Nullable String id;
        @Nullable String anchor;
        @Nullable String ref;
        Map<String, Schema> defs = Map.of();
        List<JsonType> types = List.of();
        @Nullable List<JsonValue> enumValues;
        @Nullable JsonValue constValue;
        Map<String, Schema> properties = Map.of();
        List<String> required = List.of();
        @Nullable Schema additionalProperties;
        Map<String, Schema> patternProperties = Map.of();
        @Nullable Schema propertyNames;
        @Nullable Integer minProperties;
        @Nullable Integer maxProperties;
        Map<String, List<String>> dependentRequired = Map.of();
        Map<String, Schema> dependentSchemas = Map.of();
        @Nullable Schema items;
        List<Schema> prefixItems = List.of();
        @Nullable Integer minItems;
        @Nullable Integer maxItems;
        boolean uniqueItems;
        @Nullable Schema contains;
        @Nullable Integer minContains;
        @Nullable Integer maxContains;
        @Nullable Integer minLength;
        @Nullable Integer maxLength;
        @Nullable String pattern;
        @Nullable String format;
        @Nullable BigDecimal minimum;
        @Nullable BigDecimal maximum;
        @Nullable BigDecimal exclusiveMinimum;
        @Nullable BigDecimal exclusiveMaximum;
        @Nullable BigDecimal multipleOf;
        List<Schema> allOf = List.of();
        List<Schema> anyOf = List.of();
        List<Schema> oneOf = List.of();
        @Nullable Schema not;
        @Nullable Schema ifSchema;
        @Nullable Schema thenSchema;
        @Nullable Schema elseSchema;
        @Nullable String title;
        @Nullable String description;
        @Nullable JsonValue defaultValue;
        List<JsonValue> examples = List.of();
        boolean deprecated;
        boolean readOnly;
        boolean writeOnly;
        @Nullable String comment;
        @Nullable String contentEncoding;
        @Nullable String contentMediaType;
        @Nullable Schema contentSchema;
        final Map<String, JsonValue> extensions = new LinkedHashMap<>();

        Draft(SourceLocation location, @Nullable Boolean booleanValue) {
            this.location = location;
            this.booleanValue = booleanValue;
        }

        Schema build() {
            return new Schema(location, booleanValue, schemaUri, id, anchor, ref, defs, types, enumValues, constValue,
                    properties, required, additionalProperties, patternProperties, propertyNames, minProperties,
                    maxProperties, dependentRequired, dependentSchemas, items, prefixItems, minItems, maxItems,
                    uniqueItems, contains, minContains, maxContains, minLength, maxLength, pattern, format, minimum,
                    maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, allOf, anyOf, oneOf, not, ifSchema,
                    thenSchema, elseSchema, title, description, defaultValue, examples, deprecated, readOnly,
                    writeOnly, comment, contentEncoding, contentMediaType, contentSchema, extensions);
        }
    }

}
