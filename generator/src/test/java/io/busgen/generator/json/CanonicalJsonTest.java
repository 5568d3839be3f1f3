package io.busgen.generator.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.busgen.generator.source.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The RFC 8785 (JCS) writer ({@link CanonicalJson}), against the RFC's own examples. */
class CanonicalJsonTest {

    private static String canonical(String json) {
        Problems problems = new Problems();
        JsonValue value = LocatedJsonReader.read("test.json", json, problems).orElseThrow();
        assertThat(problems.isEmpty()).isTrue();
        return CanonicalJson.write(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, 0",
            "-0, 0",
            "-0.0, 0",
            "3, 3",
            "3.0, 3",
            "1.50, 1.5",
            "0.5, 0.5",
            "-4.50, -4.5",
            "2e-3, 0.002",
            "2.0E-3, 0.002",
            "100, 100",
            "1E2, 100",
            "0.000001, 0.000001",
            "1e-6, 0.000001",
            "1e-7, 1e-7",
            "0.00000012, 1.2e-7",
            "1e21, 1e+21",
            "1E+21, 1e+21",
            "1e20, 100000000000000000000",
            "1E30, 1e+30",
            "0.000000000000000000000000001, 1e-27",
            "123456789012345680000, 123456789012345680000",
            "333333333.3333333, 333333333.3333333",
            "333333333.33333329, 333333333.3333333",
            "9007199254740993, 9007199254740992",
            "1e-400, 0",
    })
    void writesNumbersAsEcmaScriptDoes(String json, String expected) {
        assertThat(canonical(json)).isEqualTo(expected);
    }

    /** RFC 8785, Appendix B: IEEE 754 bit patterns and their JSON form. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2",
    })
    void writesTheRfcNumberSamples(String bits, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertThat(CanonicalJson.number(value)).isEqualTo(expected);
    }

    @Test
    void findsShorterDigitsThanDoubleToString() {
        // Java 17's Double.toString writes 2.0E-3 as "0.0020".
        assertThat(CanonicalJson.number(2.0E-3)).isEqualTo("0.002");
        assertThat(CanonicalJson.number(1.0E23)).isEqualTo("1e+23");
        assertThat(CanonicalJson.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    }

    @Test
    void refusesWhatRfc8785CannotWrite() {
        assertThatThrownBy(() -> canonical("[1e400]")).isInstanceOf(CanonicalJson.NumberOutOfRange.class)
                .hasMessageContaining("1e400");
        assertThatThrownBy(() -> CanonicalJson.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sortsMembersByUtf16CodeUnits() {
        // RFC 8785, section 3.2.3: U+1F600 is written as the surrogates D83D DE00, which sort before U+FB33.
        String json = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";
        assertThat(canonical(json)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void sortsNestedObjectsAndKeepsArrayOrder() {
        assertThat(canonical("{ \"b\": [3, {\"z\": 1, \"a\": 2}, 1], \"a\": {\"y\": null, \"x\": true},"
                + " \"B\": false, \"\": \"empty\" }"))
                .isEqualTo("{\"\":\"empty\",\"B\":false,\"a\":{\"x\":true,\"y\":null},\"b\":[3,{\"a\":2,\"z\":1},1]}");
        assertThat(canonical("[ ]")).isEqualTo("[]");
        assertThat(canonical("{ }")).isEqualTo("{}");
    }

    @Test
    void escapesStringsAsJcsDoes() {
        String json = "[\"quote \\\" backslash \\\\ slash \\/ controls \\b\\f\\n\\r\\t\\u0001\\u001F delete \\u007f"
                + " accents \\u00e9 \u00e9 euro \\u20AC emoji \\uD83D\\uDE00 line sep \\u2028\"]";
        assertThat(canonical(json)).isEqualTo("[\"quote \\\" backslash \\\\ slash / controls \\b\\f\\n\\r\\t\\u0001"
                + "\\u001f delete \u007f accents \u00e9 \u00e9 euro \u20ac emoji \ud83d\ude00 line sep \u2028\"]");
    }

    @Test
    void writesTheRfcExample() {
        // RFC 8785, section 3.2.2.
        String json = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        assertThat(canonical(json)).isEqualTo("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,"
                + "1e+30,4.5,0.002,1e-27],\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }
}
