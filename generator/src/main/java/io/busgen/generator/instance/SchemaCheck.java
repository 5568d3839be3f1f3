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
import io.busgen.runtime.internal.EcmaRegex;
import io.busgen.runtime.internal.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a value is valid against a schema, interpreted from the {@link Schema} model with draft 2020-12 semantics:
 * how {@link InstanceGenerator} keeps only candidates that are valid. {@code format} is an annotation here, as it is
 * for the generated validators by default, unless formats are asserted: then the formats the runtime asserts
 * ({@link Formats#ASSERTED}) are checked as the generated validators check them with {@code assertFormats}; patterns
 * are ECMA-262, through the runtime's {@link EcmaRegex}.
 *
 * <p>This is not the validator users get (that one is generated as code); it is the generator's own check, and the
 * tests compare what it accepts with the generated validators and networknt.
 */
final class SchemaCheck {

    private final SchemaIndex index;
    private final boolean assertFormats;
    /** The schemas whose format is asserted whatever {@link #assertFormats} says (values held as JDK types). */
    private final java.util.function.Predicate<Schema> formatAsserted;
    private final Map<String, Pattern> patterns = new HashMap<>();

    SchemaCheck(SchemaIndex index, boolean assertFormats) {
        this(index, assertFormats, s -> false);
    }

    SchemaCheck(SchemaIndex index, boolean assertFormats, java.util.function.Predicate<Schema> formatAsserted) {
        this.index = index;
        this.assertFormats = assertFormats;
        this.formatAsserted = formatAsserted;
    }

    boolean valid(JsonValue value, Schema schema) {
        return valid(value, schema, 0);
    }

    private boolean valid(JsonValue value, Schema schema, int depth) {
        if (depth > 200) {
            return false;
        }
        if (schema.isBooleanSchema()) {
            return Boolean.TRUE.equals(schema.booleanValue());
        }
        for (Keyword keyword : schema.keywords()) {
            if (!holds(keyword, value, schema, depth)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a value meets one keyword of a schema; a keyword that constrains another type of value holds. A new
     * {@link Keyword} does not compile until it says.
     */
    private boolean holds(Keyword keyword, JsonValue value, Schema s, int depth) {
        return switch (keyword) {
            case REF -> {
                Schema target = index.target(s).orElse(null);
                yield target != null && valid(value, target, depth + 1);
            }
            case TYPE -> s.types().stream().anyMatch(t -> hasType(value, t));
            case ENUM -> s.enumValues().stream().anyMatch(e -> JsonValues.sameValue(e, value));
            case CONST -> JsonValues.sameValue(s.constValue(), value);
            case MIN_LENGTH -> !(value instanceof JsonString string) || length(string) >= s.minLength();
            case MAX_LENGTH -> !(value instanceof JsonString string) || length(string) <= s.maxLength();
            case PATTERN -> !(value instanceof JsonString string) || matches(s.pattern(), string.value());
            case FORMAT -> !(value instanceof JsonString string) || formatHolds(s, string.value());
            case MINIMUM -> !(value instanceof JsonNumber number) || number.value().compareTo(s.minimum()) >= 0;
            case EXCLUSIVE_MINIMUM -> !(value instanceof JsonNumber number)
                    || number.value().compareTo(s.exclusiveMinimum()) > 0;
            case MAXIMUM -> !(value instanceof JsonNumber number) || number.value().compareTo(s.maximum()) <= 0;
            case EXCLUSIVE_MAXIMUM -> !(value instanceof JsonNumber number)
                    || number.value().compareTo(s.exclusiveMaximum()) < 0;
            case MULTIPLE_OF -> !(value instanceof JsonNumber number) || isMultiple(number.value(), s.multipleOf());
            case MIN_ITEMS -> !(value instanceof JsonArray array) || array.elements().size() >= s.minItems();
            case MAX_ITEMS -> !(value instanceof JsonArray array) || array.elements().size() <= s.maxItems();
            case UNIQUE_ITEMS -> !(value instanceof JsonArray array) || unique(array.elements());
            case PREFIX_ITEMS, ITEMS -> !(value instanceof JsonArray array) || items(keyword, array.elements(), s,
                    depth);
            case CONTAINS -> !(value instanceof JsonArray array) || contains(array.elements(), s, depth);
            case MIN_CONTAINS, MAX_CONTAINS -> true; // with contains
            case MIN_PROPERTIES -> !(value instanceof JsonObject object)
                    || object.members().size() >= s.minProperties();
            case MAX_PROPERTIES -> !(value instanceof JsonObject object)
                    || object.members().size() <= s.maxProperties();
            case REQUIRED -> !(value instanceof JsonObject object)
                    || object.members().keySet().containsAll(s.required());
            case PROPERTIES, PATTERN_PROPERTIES, ADDITIONAL_PROPERTIES, PROPERTY_NAMES ->
                    !(value instanceof JsonObject object) || members(keyword, object.members(), s, depth);
            case DEPENDENT_REQUIRED -> !(value instanceof JsonObject object) || s.dependentRequired().entrySet()
                    .stream().allMatch(d -> !object.members().containsKey(d.getKey())
                            || object.members().keySet().containsAll(d.getValue()));
            case DEPENDENT_SCHEMAS -> !(value instanceof JsonObject object) || s.dependentSchemas().entrySet().stream()
                    .allMatch(d -> !object.members().containsKey(d.getKey()) || valid(value, d.getValue(), depth + 1));
            case ALL_OF -> s.allOf().stream().allMatch(each -> valid(value, each, depth + 1));
            case ANY_OF -> s.anyOf().stream().anyMatch(branch -> valid(value, branch, depth + 1));
            case ONE_OF -> s.oneOf().stream().filter(branch -> valid(value, branch, depth + 1)).count() == 1;
            case NOT -> !valid(value, s.not(), depth + 1);
            case IF -> {
                Schema branch = valid(value, s.ifSchema(), depth + 1) ? s.thenSchema() : s.elseSchema();
                yield branch == null || valid(value, branch, depth + 1);
            }
            case THEN, ELSE -> true; // with if
            case UNEVALUATED_PROPERTIES -> !(value instanceof JsonObject object) || unevaluated(object, s, depth);
            case UNEVALUATED_ITEMS -> !(value instanceof JsonArray array) || unevaluated(array, s, depth);
            case SCHEMA, ID, ANCHOR, DEFS, DESCRIPTION, TITLE, DEFAULT, EXAMPLES, DEPRECATED, READ_ONLY, WRITE_ONLY,
                    COMMENT, CONTENT_ENCODING, CONTENT_MEDIA_TYPE, CONTENT_SCHEMA, X_ROUTING_KEY, X_KIND, X_PRIORITY,
                    X_ENVELOPE, X_BODY, X_JAVA_NAME, X_JAVA_TYPE, X_ENUM_DESCRIPTIONS -> true; // constrain nothing
            // standalone schemas only, which this interpreter (for catalogue examples) never reads
            case DYNAMIC_REF, DYNAMIC_ANCHOR, VOCABULARY -> true;
        };
    }

    static boolean hasType(JsonValue value, JsonType type) {
        return switch (type) {
            case NULL -> value instanceof JsonNull;
            case BOOLEAN -> value instanceof JsonBoolean;
            case OBJECT -> value instanceof JsonObject;
            case ARRAY -> value instanceof JsonArray;
            case NUMBER -> value instanceof JsonNumber;
            case INTEGER -> value instanceof JsonNumber number && number.isIntegral();
            case STRING -> value instanceof JsonString;
        };
    }

    static boolean isMultiple(BigDecimal value, BigDecimal divisor) {
        return value.remainder(divisor).signum() == 0;
    }

    private static int length(JsonString string) {
        return string.value().codePointCount(0, string.value().length());
    }

    /** Whether a string meets its {@code format}: always when formats are annotations. */
    boolean formatHolds(Schema s, String value) {
        return !(assertFormats || formatAsserted.test(s)) || s.format() == null || Formats.isValid(s.format(), value);
    }

    /** Whether an ECMA-262 pattern matches somewhere in the text; a pattern busgen refuses matches nothing. */
    boolean matches(String ecmaPattern, String text) {
        Pattern pattern = patterns.computeIfAbsent(ecmaPattern, p -> {
            try {
                return EcmaRegex.compile(p);
            } catch (RuntimeException e) {
                return null;
            }
        });
        return pattern != null && pattern.matcher(text).find();
    }

    /** {@code prefixItems}: the first elements, each against its schema; {@code items}: the elements after them. */
    private boolean items(Keyword keyword, List<JsonValue> elements, Schema s, int depth) {
        int prefix = s.prefixItems().size();
        for (int i = keyword == Keyword.ITEMS ? prefix : 0; i < elements.size(); i++) {
            if (keyword == Keyword.PREFIX_ITEMS && i >= prefix) {
                break;
            }
            Schema itemSchema = keyword == Keyword.ITEMS ? s.items() : s.prefixItems().get(i);
            if (!valid(elements.get(i), itemSchema, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean unique(List<JsonValue> items) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (JsonValues.sameValue(items.get(i), items.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code contains}, with {@code minContains} (1 without it) and {@code maxContains}. */
    private boolean contains(List<JsonValue> items, Schema s, int depth) {
        int matches = 0;
        for (JsonValue item : items) {
            matches += valid(item, s.contains(), depth + 1) ? 1 : 0;
        }
        int minimum = s.minContains() != null ? s.minContains() : 1;
        return matches >= minimum && (s.maxContains() == null || matches <= s.maxContains());
    }

    /**
     * The keywords that check each member: {@code properties} a declared member, {@code patternProperties} one whose
     * name matches, {@code additionalProperties} any other, {@code propertyNames} every name.
     */
    private boolean members(Keyword keyword, Map<String, JsonValue> members, Schema s, int depth) {
        for (Map.Entry<String, JsonValue> member : members.entrySet()) {
            String name = member.getKey();
            JsonValue value = member.getValue();
            boolean holds = switch (keyword) {
                case PROPERTIES -> !s.properties().containsKey(name)
                        || valid(value, s.properties().get(name), depth + 1);
                case PATTERN_PROPERTIES -> s.patternProperties().entrySet().stream()
                        .allMatch(p -> !matches(p.getKey(), name) || valid(value, p.getValue(), depth + 1));
                case ADDITIONAL_PROPERTIES -> s.properties().containsKey(name)
                        || s.patternProperties().keySet().stream().anyMatch(p -> matches(p, name))
                        || valid(value, s.additionalProperties(), depth + 1);
                default -> valid(new JsonString(name, value.location()), s.propertyNames(), depth + 1);
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /** {@code unevaluatedProperties}: each member that no other keyword of {@code s} evaluated is valid against it. */
    private boolean unevaluated(JsonObject object, Schema s, int depth) {
        Set<String> names = new HashSet<>();
        evaluated(object, s, depth, true, names, new HashSet<>());
        return object.members().entrySet().stream().allMatch(m -> names.contains(m.getKey())
                || valid(m.getValue(), s.unevaluatedProperties(), depth + 1));
    }

    /** {@code unevaluatedItems}: each item that no other keyword of {@code s} evaluated is valid against it. */
    private boolean unevaluated(JsonArray array, Schema s, int depth) {
        Set<Integer> indexes = new HashSet<>();
        evaluated(array, s, depth, true, new HashSet<>(), indexes);
        for (int i = 0; i < array.elements().size(); i++) {
            if (!indexes.contains(i) && !valid(array.elements().get(i), s.unevaluatedItems(), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the members ({@code names}) and items ({@code indexes}) of a value that the keywords of {@code s} evaluate,
     * and those of each subschema it applies in place that the value is valid against (draft 2020-12's annotations).
     *
     * @param self whether {@code s} is the schema whose {@code unevaluated*} asks, which its own leave out
     */
    private void evaluated(JsonValue value, Schema s, int depth, boolean self, Set<String> names,
            Set<Integer> indexes) {
        if (s.isBooleanSchema() || depth > 200) {
            return;
        }
        if (value instanceof JsonObject object) {
            for (String name : object.members().keySet()) {
                if (s.properties().containsKey(name) || s.additionalProperties() != null
                        || (!self && s.unevaluatedProperties() != null)
                        || s.patternProperties().keySet().stream().anyMatch(p -> matches(p, name))) {
                    names.add(name);
                }
            }
        }
        if (value instanceof JsonArray array) {
            List<JsonValue> elements = array.elements();
            for (int i = 0; i < elements.size(); i++) {
                if (i < s.prefixItems().size() || s.items() != null || (!self && s.unevaluatedItems() != null)
                        || (s.contains() != null && valid(elements.get(i), s.contains(), depth + 1))) {
                    indexes.add(i);
                }
            }
        }
        List<Schema> inPlace = new ArrayList<>(s.allOf());
        inPlace.addAll(s.anyOf());
        inPlace.addAll(s.oneOf());
        if (s.ref() != null) {
            index.target(s).ifPresent(inPlace::add);
        }
        if (value instanceof JsonObject object) {
            s.dependentSchemas().forEach((name, schema) -> {
                if (object.members().containsKey(name)) {
                    inPlace.add(schema);
                }
            });
        }
        if (s.ifSchema() != null) {
            inPlace.add(s.ifSchema());
            Schema branch = valid(value, s.ifSchema(), depth + 1) ? s.thenSchema() : s.elseSchema();
            if (branch != null) {
                inPlace.add(branch);
            }
        }
        for (Schema each : inPlace) {
            if (valid(value, each, depth + 1)) {
                evaluated(value, each, depth + 1, false, names, indexes);
            }
        }
    }
}
