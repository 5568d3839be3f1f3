package io.busgen.generator.diff;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.Schema;
import io.busgen.runtime.internal.JsonStrings;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A location-free text of a keyword's value, for keywords the diff has no rule of its own for: two values are the same
 * when their texts are. Member order and the order of {@code required} do not count. Documentation ({@code title},
 * {@code description}, {@code examples}, {@code $comment}, {@code deprecated}) is left out, as it is from the schema
 * fingerprint.
 */
final class SchemaText {

    private static final Set<String> LEFT_OUT =
            Set.of("location", "title", "description", "examples", "comment", "deprecated");

    private SchemaText() {}

    static String of(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(@Nullable Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Schema schema) {
            writeSchema(schema, out);
        } else if (value instanceof JsonValue json) {
            out.append(JsonValues.toJson(json));
        } else if (value instanceof BigDecimal number) {
            out.append(number.stripTrailingZeros().toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            // Member order means nothing inside the keywords compared this way (a record's field order is compared
            // on its own), so members are written sorted.
            out.append('{');
            new TreeMap<>(map).forEach((k, v) -> {
                out.append(JsonStrings.quote(String.valueOf(k))).append(':');
                write(v, out);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            list.forEach(element -> {
                write(element, out);
                out.append(',');
            });
            out.append(']');
        } else if (value instanceof String text) {
            out.append(JsonStrings.quote(text));
        } else {
            out.append(value);
        }
    }

    private static List<String> sorted(List<?> names) {
        return names.stream().map(String::valueOf).sorted().toList();
    }

    private static void writeSchema(Schema schema, StringBuilder out) {
        out.append('{');
        for (RecordComponent component : Schema.class.getRecordComponents()) {
            if (LEFT_OUT.contains(component.getName())) {
                continue;
            }
            Object member;
            try {
                member = component.getAccessor().invoke(schema);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of a schema", e);
            }
            boolean absent = member == null || member instanceof List<?> l && l.isEmpty()
                    || member instanceof Map<?, ?> m && m.isEmpty() || Boolean.FALSE.equals(member);
            if (!absent) {
                out.append(component.getName()).append('=');
                write(component.getName().equals("required") ? sorted((List<?>) member) : member, out);
                out.append(';');
            }
        }
        out.append('}');
    }
}
