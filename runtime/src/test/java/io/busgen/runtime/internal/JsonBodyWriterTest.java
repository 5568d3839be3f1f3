package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.runtime.PlainJson;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBodyWriterTest {

    private static String written(JsonBodyWriter writer) {
        return new String(writer.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void escapesStringsAsUpstreamDoes() {
        String text = "quote\" back\\ slash/ \b\f\n\r\t \u0001\u001f\u007f é日本 😀";
        assertThat(JsonBodyWriter.quote(text))
                .isEqualTo("\"quote\\\" back\\\\ slash/ \\b\\f\\n\\r\\t \\u0001\\u001f\u007f é日本 😀\"");
    }

    @Test
    void aNumberBeyondADoubleReadsBackAsTheSameValue() {
        // Written with an exponent, read as a decimal beyond a double's range (busgen keeps it exactly), and written
        // back so that it reads as that decimal again, not as an integer: free-form values round-trip.
        for (String written : List.of("-1" + "0".repeat(402) + "e0", "1e400", "-2.5E+999", "1" + "0".repeat(320)
                + ".5")) {
            Object first = PlainJson.parse("[" + written + "]");
            String encoded = new String(new JsonBodyWriter().plainValue(first).toByteArray(), StandardCharsets.UTF_8);

            assertThat(PlainJson.parse(encoded)).as(written + " written as " + encoded).isEqualTo(first);
        }
        assertThat(new String(new JsonBodyWriter().value(new java.math.BigDecimal("-1" + "0".repeat(402)))
                .toByteArray(), StandardCharsets.UTF_8)).isEqualTo("-1" + "0".repeat(402) + "E0");
    }

    @Test
    void writesNonAsciiAsRawUtf8() {
        byte[] bytes = new JsonBodyWriter().value("é😀").toByteArray();
        assertThat(bytes).containsExactly('"', 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80, '"');
    }

    @Test
    void keepsALoneSurrogateAsAnEscape() {
        assertThat(JsonBodyWriter.quote("a\ud800b")).isEqualTo("\"a\\ud800b\"");
    }

    @Test
    void placesCommasInObjectsAndArrays() {
        JsonBodyWriter out = new JsonBodyWriter(16);
        out.beginObject().name(FieldName.of("a")).value(1).name(FieldName.of("b")).beginArray().value(true)
                .beginObject().endObject().nullValue().beginArray().endArray().endArray()
                .name("c").value(2.5).endObject();
        assertThat(written(out)).isEqualTo("{\"a\":1,\"b\":[true,{},null,[]],\"c\":2.5}");
    }

    @Test
    void writesPlainValuesInTheirOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", List.of(1L, 12345678901234567890.0, new BigInteger("12345678901234567890")));
        map.put("a", Arrays.asList(null, false, "s"));
        assertThat(written(new JsonBodyWriter().plainValue(map)))
                .isEqualTo("{\"z\":[1,1.2345678901234567e+19,12345678901234567890],\"a\":[null,false,\"s\"]}");
    }

    @Test
    void growsPastItsInitialCapacity() {
        String longText = "x".repeat(10_000);
        assertThat(written(new JsonBodyWriter(16).value(longText))).hasSize(10_002);
    }
}
