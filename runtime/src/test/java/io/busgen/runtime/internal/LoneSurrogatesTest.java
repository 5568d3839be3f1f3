package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.JsonTree;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One rule for keys and values: an escaped surrogate must be half of a pair. */
class LoneSurrogatesTest {

    private static int find(String json) {
        return LoneSurrogates.find(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pairsAndOtherEscapesPass() {
        assertThat(find("{\"a\":\"\\ud83d\\ude00\",\"\\uD83D\\uDE00\":\"\\u00e9\\n\\\\\"}")).isEqualTo(-1);
        assertThat(find("\"\\\\ud800\"")).as("an escaped backslash, then text").isEqualTo(-1);
        assertThat(find("\"\\\\\\\\ud800\"")).isEqualTo(-1);
        assertThat(find("")).isEqualTo(-1);
        assertThat(find("\\")).isEqualTo(-1);
        assertThat(find("\"\\u12\"")).as("a malformed escape is the parser's to refuse").isEqualTo(-1);
    }

    @Test
    void loneHalvesAreFoundAtTheirBackslash() {
        assertThat(find("\"\\ud800\"")).isEqualTo(1);
        assertThat(find("\"\\udc00\"")).isEqualTo(1);
        assertThat(find("\"abcdefghij\\ud800x\"")).isEqualTo(11);
        assertThat(find("\"\\ud800\\u0041\"")).as("a high half before a non-surrogate").isEqualTo(1);
        assertThat(find("\"\\ud800\\ud800\\udc00\"")).as("two highs, then a low").isEqualTo(1);
        assertThat(find("\"\\ud83d\\ude00\\ude00\"")).as("a pair, then a low").isEqualTo(13);
        assertThat(find("\"\\\\\\ud800\"")).as("after an escaped backslash").isEqualTo(3);
        assertThat(find("\"\\ud800")).as("at the very end").isEqualTo(1);
    }

    @Test
    void theWordScanFindsWhatAByteScanFinds() {
        Random random = new Random(Long.getLong("busgen.fuzz.seed", 20261203L));
        String[] pieces = {"a", "\\\\", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\n", "\\u0041", "é", "\"", " "};
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String json = text.toString();
            assertThat(find(json)).as(json).isEqualTo(byteByByte(json.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aLoneHalfIsFoundAtEveryOffsetOfTheSixteenAndEightByteSteps() {
        for (int offset = 0; offset < 40; offset++) {
            String before = "x".repeat(offset);
            for (String after : new String[] {"", "y", "y".repeat(7), "y".repeat(8), "y".repeat(16), "y".repeat(23)}) {
                assertThat(find(before + "\\udc00" + after)).as(offset + " then " + after.length()).isEqualTo(offset);
                assertThat(find(before + "\\u0041" + after)).isEqualTo(-1);
            }
        }
    }

    /** The same rule, one byte at a time, written independently of the word scan. */
    private static int byteByByte(byte[] body) {
        int i = 0;
        while (i < body.length) {
            if (body[i] != '\\' || i + 1 >= body.length) {
                i++;
                continue;
            }
            if (body[i + 1] != 'u' || i + 5 >= body.length) {
                i += 2;
                continue;
            }
            int unit = Integer.parseInt(new String(body, i + 2, 4, StandardCharsets.US_ASCII), 16);
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                return i;
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                boolean pair = i + 11 < body.length && body[i + 6] == '\\' && body[i + 7] == 'u'
                        && Integer.parseInt(new String(body, i + 8, 4, StandardCharsets.US_ASCII), 16) >= 0xDC00
                        && Integer.parseInt(new String(body, i + 8, 4, StandardCharsets.US_ASCII), 16) <= 0xDFFF;
                if (!pair) {
                    return i;
                }
                i += 12;
            } else {
                i += 6;
            }
        }
        return -1;
    }

    @Test
    void keysAndValuesAreRefusedAlike() {
        for (String json : new String[] {"{\"k\":\"\\ud800\"}", "{\"\\ud800\":\"v\"}"}) {
            DecodeException error = catchThrowableOfType(DecodeException.class, () -> JsonTree.parse(json));
            assertThat(error).as(json).isNotNull();
            assertThat(error.reason()).isEqualTo(DecodeException.Reason.MALFORMED_JSON);
            assertThat(error.getMessage()).matches("malformed JSON at line 1, column \\d+: \\\\ud800 is half of a"
                    + " surrogate pair, not a character; .*");
        }
        assertThat(JsonTree.parse("{\"\\ud83d\\ude00\":\"\\ud83d\\ude00\"}"))
                .isEqualTo(Map.of("😀", "😀"));
    }
}
