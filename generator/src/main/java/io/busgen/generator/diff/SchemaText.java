package io.busgen.generator.diff;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.Keyword;
import io.busgen.generator.schema.Schema;
import io.busgen.runtime.internal.JsonStrings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A location-free text of a keyword's value, for keywords the diff has no rule of its own for: two values are the same
 * when their texts are. Member order and the order of {@code required} do not count. Documentation is left out: what
 * the diff judges as documentation ({@code title}, {@code description}, {@code examples}, {@code deprecated},
 * {@code x-enum-descriptions}) and what is no part of the wire contract ({@code $comment}, {@code x-java-name}).
 */
final class SchemaText {

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
        if (schema.isBooleanSchema()) {
            out.append(schema.booleanValue());
        }
        for (Keyword keyword : schema.keywords()) {
            if (KeywordComparison.judgement(keyword) == KeywordComparison.Judgement.DOCUMENTATION
                    || keyword.meaning() == Keyword.Meaning.DOCUMENTATION) {
                continue;
            }
            Object value = schema.value(keyword);
            out.append(keyword).append('=');
            write(keyword == Keyword.REQUIRED ? sorted((List<?>) value) : value, out);
            out.append(';');
        }
        out.append('}');
    }
}
