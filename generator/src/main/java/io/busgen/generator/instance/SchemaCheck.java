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
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaIndex;
import io.busgen.runtime.internal.EcmaRegex;
import io.busgen.runtime.internal.Formats;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<String, Pattern> patterns = new HashMap<>();

    SchemaCheck(SchemaIndex index, boolean assertFormats) {
        this.index = index;
        this.assertFormats = assertFormats;
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
        if (schema.ref() != null) {
            Schema target = index.target(schema).orElse(null);
            if (target == null || !valid(value, target, depth + 1)) {
                return false;
            }
        }
        if (!schema.types().isEmpty() && schema.types().stream().noneMatch(t -> hasType(value, t))) {
            return false;
        }
        if (schema.enumValues() != null
                && schema.enumValues().stream().noneMatch(e -> JsonValues.sameValue(e, value))) {
            return false;
        }
        if (schema.constValue() != null && !JsonValues.sameValue(schema.constValue(), value)) {
            return false;
        }
        if (value instanceof JsonNumber number && !number(number.value(), schema)) {
            return false;
        }
        if (value instanceof JsonString string && !string(string.value(), schema)) {
            return false;
        }
        if (value instanceof JsonArray array && !array(array.elements(), schema, depth)) {
            return false;
        }
        if (value instanceof JsonObject object && !object(object.members(), schema, depth)) {
            return false;
        }
        return applicators(value, schema, depth);
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

    private static boolean number(BigDecimal value, Schema s) {
        return (s.minimum() == null || value.compareTo(s.minimum()) >= 0)
                && (s.maximum() == null || value.compareTo(s.maximum()) <= 0)
                && (s.exclusiveMinimum() == null || value.compareTo(s.exclusiveMinimum()) > 0)
                && (s.exclusiveMaximum() == null || value.compareTo(s.exclusiveMaximum()) < 0)
                && (s.multipleOf() == null || isMultiple(value, s.multipleOf()));
    }

    static boolean isMultiple(BigDecimal value, BigDecimal divisor) {
        return value.remainder(divisor).signum() == 0;
    }

    private boolean string(String value, Schema s) {
        int length = value.codePointCount(0, value.length());
        return (s.minLength() == null || length >= s.minLength())
                && (s.maxLength() == null || length <= s.maxLength())
                && (s.pattern() == null || matches(s.pattern(), value))
                && formatHolds(s.format(), value);
    }

    /** Whether a string meets its {@code format}: always when formats are annotations. */
    boolean formatHolds(@Nullable String format, String value) {
        return !assertFormats || format == null || Formats.isValid(format, value);
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

    private boolean array(List<JsonValue> items, Schema s, int depth) {
        for (int i = 0; i < items.size(); i++) {
            Schema itemSchema = i < s.prefixItems().size() ? s.prefixItems().get(i) : s.items();
            if (itemSchema != null && !valid(items.get(i), itemSchema, depth + 1)) {
                return false;
            }
        }
        if ((s.minItems() != null && items.size() < s.minItems())
                || (s.maxItems() != null && items.size() > s.maxItems())) {
            return false;
        }
        if (s.uniqueItems()) {
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    if (JsonValues.sameValue(items.get(i), items.get(j))) {
                        return false;
                    }
                }
            }
        }
        if (s.contains() != null) {
            int matches = 0;
            for (JsonValue item : items) {
                matches += valid(item, s.contains(), depth + 1) ? 1 : 0;
            }
            int minimum = s.minContains() != null ? s.minContains() : 1;
            if (matches < minimum || (s.maxContains() != null && matches > s.maxContains())) {
                return false;
            }
        }
        return true;
    }

    private boolean object(Map<String, JsonValue> members, Schema s, int depth) {
        for (Map.Entry<String, JsonValue> member : members.entrySet()) {
            String name = member.getKey();
            Schema declared = s.properties().get(name);
            if (declared != null && !valid(member.getValue(), declared, depth + 1)) {
                return false;
            }
            boolean matched = false;
            for (Map.Entry<String, Schema> pattern : s.patternProperties().entrySet()) {
                if (matches(pattern.getKey(), name)) {
                    matched = true;
                    if (!valid(member.getValue(), pattern.getValue(), depth + 1)) {
                        return false;
                    }
                }
            }
            if (declared == null && !matched && s.additionalProperties() != null
                    && !valid(member.getValue(), s.additionalProperties(), depth + 1)) {
                return false;
            }
            if (s.propertyNames() != null && !valid(new JsonString(name, member.getValue().location()),
                    s.propertyNames(), depth + 1)) {
                return false;
            }
        }
        for (String required : s.required()) {
            if (!members.containsKey(required)) {
                return false;
            }
        }
        for (Map.Entry<String, List<String>> dependency : s.dependentRequired().entrySet()) {
            if (members.containsKey(dependency.getKey()) && !members.keySet().containsAll(dependency.getValue())) {
                return false;
            }
        }
        return (s.minProperties() == null || members.size() >= s.minProperties())
                && (s.maxProperties() == null || members.size() <= s.maxProperties());
    }

    private boolean applicators(JsonValue value, Schema s, int depth) {
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, Schema> dependency : s.dependentSchemas().entrySet()) {
                if (object.members().containsKey(dependency.getKey())
                        && !valid(value, dependency.getValue(), depth + 1)) {
                    return false;
                }
            }
        }
        for (Schema each : s.allOf()) {
            if (!valid(value, each, depth + 1)) {
                return false;
            }
        }
        if (!s.anyOf().isEmpty() && s.anyOf().stream().noneMatch(b -> valid(value, b, depth + 1))) {
            return false;
        }
        if (!s.oneOf().isEmpty() && s.oneOf().stream().filter(b -> valid(value, b, depth + 1)).count() != 1) {
            return false;
        }
        if (s.not() != null && valid(value, s.not(), depth + 1)) {
            return false;
        }
        if (s.ifSchema() != null) {
            Schema branch = valid(value, s.ifSchema(), depth + 1) ? s.thenSchema() : s.elseSchema();
            return branch == null || valid(value, branch, depth + 1);
        }
        return true;
    }
}
