package io.busgen.runtime.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The body as Infrahub reads it when a key appears twice in one object: the last value counts, at the first one's
 * position. Typed decoding reads a body as a stream and cannot take back a value it has refused; when it fails on
 * a body with duplicate keys, it decodes this rewritten body instead, so that it and the validator (which reads the
 * last value) agree. Numbers are copied as written.
 */
final class Deduplication {

    private static final JsonFactory WRITER = new JsonFactory();

    /** A number as written in the body. */
    private record Lexeme(String text) {}

    private Deduplication() {}

    /**
     * The body without duplicate keys, or null when it has none.
     *
     * @param parser a parser on the body's first token
     */
    static byte @Nullable [] rewrite(JsonParser parser) {
        boolean[] duplicates = {false};
        Object value = read(parser, duplicates);
        if (!duplicates[0]) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = WRITER.createGenerator(ObjectWriteContext.empty(), out)) {
            write(generator, value);
        }
        return out.toByteArray();
    }

    private static @Nullable Object read(JsonParser parser, boolean[] duplicates) {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, @Nullable Object> members = new LinkedHashMap<>();
                for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                    parser.nextToken();
                    int size = members.size();
                    members.put(name, read(parser, duplicates));
                    duplicates[0] |= members.size() == size;
                }
                return members;
            }
            case START_ARRAY: {
                List<@Nullable Object> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(read(parser, duplicates));
                }
                return elements;
            }
            case VALUE_STRING:
                return parser.getString();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Lexeme(parser.getString());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    private static void write(JsonGenerator out, @Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> member : map.entrySet()) {
                out.writeName((String) member.getKey());
                write(out, member.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object element : list) {
                write(out, element);
            }
            out.writeEndArray();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Lexeme number) {
            out.writeNumber(number.text());
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else {
            out.writeNull();
        }
    }
}
