package io.busgen.generator.asyncapi;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValues;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** How a document is written: YAML or JSON, always the same bytes for the same document. */
public enum DocumentFormat {
    YAML, JSON;

    private static final YAMLFactory YAML_FACTORY = YAMLFactory.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            // A string that reads as a number ("10", "1234") keeps its quotes, or it comes back a number.
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    /** The document as text, ending with a line break. */
    public String write(JsonValue document) {
        if (this == JSON) {
            return JsonValues.toPrettyJson(document) + "\n";
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = YAML_FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(document, generator);
        }
        return out.toString();
    }

    private static void write(JsonValue value, JsonGenerator generator) {
        if (value instanceof JsonObject object) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                generator.writeName(member.getKey());
                write(member.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (value instanceof JsonArray array) {
            generator.writeStartArray();
            for (JsonValue element : array.elements()) {
                write(element, generator);
            }
            generator.writeEndArray();
        } else if (value instanceof JsonString string) {
            generator.writeString(string.value());
        } else if (value instanceof JsonNumber number) {
            String lexeme = number.lexeme();
            if (lexeme.matches("-?(0|[1-9][0-9]*)")) {
                generator.writeNumber(new java.math.BigInteger(lexeme));
            } else if (lexeme.matches("-?(0|[1-9][0-9]*)\\.[0-9]+")) {
                generator.writeNumber(new BigDecimal(lexeme));
            } else {
                // 1E2 is a string to YAML 1.1 readers: write an exponent with a fraction, which every YAML reads
                generator.writeNumber(number.value());
            }
        } else if (value instanceof JsonBoolean bool) {
            generator.writeBoolean(bool.value());
        } else {
            generator.writeNull();
        }
    }

    /**
     * A catalogue file's text as busgen's own catalogues are written: two-space indent, {@code "key": value}, an
     * array of scalars on one line, a line break at the end.
     */
    public static String catalogueFile(JsonValue value) {
        return JsonValues.toCatalogueJson(value) + "\n";
    }
}
