package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.JsonTree;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One rule for keys and values, read or skipped: an escaped surrogate must be half of a pair. A body's parser checks
 * it where it decodes each escape ({@link BodyParserFactory}); these tests read bodies as {@link JsonTree} does.
 */
class LoneSurrogatesTest {

    private static final String REFUSAL = "malformed JSON at line 1, column (\\d+): \\\\u[0-9a-fA-F]{4} is half of a"
            + " surrogate pair, not a character; escape a character beyond U\\+FFFF as a pair \\(\\\\ud83d\\\\ude00\\)";

    /** The body was refused for another reason than a lone half. */
    private static final int REFUSED_OTHERWISE = -2;

    /**
     * The offset of the lone half's backslash the parser refuses; -1 when the body is read, {@link
     * #REFUSED_OTHERWISE} when it is refused for another reason.
     */
    private static int find(String json) {
        return refusedAt(() -> JsonTree.parse(json));
    }

    private static int refusedAt(Runnable read) {
        DecodeException error = catchThrowableOfType(DecodeException.class, read::run);
        if (error == null) {
            return -1;
        }
        if (!error.getMessage().contains("half of a surrogate pair")) {
            return REFUSED_OTHERWISE;
        }
        assertThat(error.reason()).isEqualTo(DecodeException.Reason.MALFORMED_JSON);
        java.util.regex.Matcher message = java.util.regex.Pattern.compile(REFUSAL).matcher(error.getMessage());
        assertThat(message.matches()).as(error.getMessage()).isTrue();
        return Integer.parseInt(message.group(1)) - 1;
    }

    @Test
    void pairsAndOtherEscapesPass() {
        assertThat(find("{\"a\":\"\\ud83d\\ude00\",\"\\uD83D\\uDE00\":\"\\u00e9\\n\\\\\"}")).isEqualTo(-1);
        assertThat(find("\"\\\\ud800\"")).as("an escaped backslash, then text").isEqualTo(-1);
        assertThat(find("\"\\\\\\\\ud800\"")).isEqualTo(-1);
        assertThat(find("\"\\u12\"")).as("a malformed escape is refused as any other").isEqualTo(REFUSED_OTHERWISE);
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
    void theParserRefusesWhatAByteScanFinds() {
        Random random = new Random(Long.getLong("busgen.fuzz.seed", 20261203L));
        String[] pieces = {"a", "\\\\", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\n", "\\u0041", "é", " "};
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String value = "\"" + text + "\"";
            String json = random.nextBoolean() ? value : "{" + value + ":" + value + "}";
            assertThat(find(json)).as(json).isEqualTo(byteByByte(json.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aLoneHalfIsLocatedAtEveryOffset() {
        for (int offset = 0; offset < 40; offset++) {
            String before = "\"" + "x".repeat(offset);
            for (String after : new String[] {"", "y", "y".repeat(7), "y".repeat(8), "y".repeat(16), "y".repeat(23)}) {
                assertThat(find(before + "\\udc00" + after + "\"")).as(offset + " then " + after.length())
                        .isEqualTo(offset + 1);
                assertThat(find(before + "\\ud800" + after + "\"")).isEqualTo(offset + 1);
                assertThat(find(before + "\\u0041" + after + "\"")).isEqualTo(-1);
            }
        }
    }

    @Test
    void aLoneHalfInAValueSkippedUnreadIsRefusedToo() {
        JsonCodec<Object> skipping = new JsonCodec<>() {
            @Override
            public Object read(tools.jackson.core.JsonParser parser) {
                JsonReading.skipValue(parser);
                return "skipped";
            }

            @Override
            public void write(JsonBodyWriter out, Object value) {
                throw new UnsupportedOperationException();
            }
        };
        byte[] lone = "{\"a\":[\"x\",{\"b\":\"\\udc00\"}]}".getBytes(StandardCharsets.UTF_8);
        assertThat(refusedAt(() -> BodyDecoder.decode(lone, skipping, io.busgen.runtime.DecodeOptions.DEFAULTS)))
                .isEqualTo(16);
        byte[] paired = "{\"a\":[\"x\",{\"b\":\"\\ud83d\\ude00\"}]}".getBytes(StandardCharsets.UTF_8);
        assertThat(BodyDecoder.decode(paired, skipping, io.busgen.runtime.DecodeOptions.DEFAULTS)).isEqualTo("skipped");
    }

    @Test
    void aLoneHalfOnALaterLineIsLocatedOnItAsTheParserCountsLines() {
        for (String lineBreak : new String[] {"\n", "\r\n", "\r"}) {
            DecodeException error = catchThrowableOfType(DecodeException.class, () -> JsonTree.parse(
                    "{" + lineBreak + "  \"a\": \"ok\"," + lineBreak + "  \"b\": \"x\\ud800\"" + lineBreak + "}"));
            assertThat(error.getMessage()).as(lineBreak.replace("\r", "CR").replace("\n", "LF"))
                    .startsWith("malformed JSON at line 3, column 10: \\ud800 is half of");
            DecodeException syntax = catchThrowableOfType(DecodeException.class, () -> JsonTree.parse(
                    "{" + lineBreak + "  \"a\": \"ok\"," + lineBreak + "  \"b\": x" + lineBreak + "}"));
            assertThat(syntax.getMessage()).as("a syntax error on the same line").startsWith("malformed JSON at line 3,");
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
