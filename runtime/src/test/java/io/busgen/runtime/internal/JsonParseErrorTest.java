package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Every kind of parse failure Jackson reports, in busgen's words: one row per kind, with the exact position and
 * message. A row that fails after a Jackson upgrade names the kind whose wording or position Jackson changed.
 */
class JsonParseErrorTest {

    private static final JsonFactory STRICT = JsonFactory.builder()
            .errorReportConfiguration(ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(MessageText.EXCERPT_LIMIT).maxRawContentLength(0).build())
            .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, true)
            .build();

    static Stream<Arguments> syntax() {
        return Stream.of(
                // close markers
                arguments("[}", "1:2 SYNTAX expected ']' to close the array opened at 1:1, found '}'"),
                arguments("{\"a\":1]", "1:7 SYNTAX expected '}' to close the object opened at 1:1, found ']'"),
                arguments("{\n  \"a\": [1,\n   2}", "3:5 SYNTAX expected ']' to close the array opened at 2:8,"
                        + " found '}'"),
                arguments("[1]]", "1:4 SYNTAX unexpected ']': there is no open array to close"),
                arguments("}", "1:1 SYNTAX unexpected '}': there is no open object to close"),
                // end of input
                arguments("{", "1:2 SYNTAX unexpected end of input: the object opened at 1:1 is not closed"),
                arguments("[", "1:2 SYNTAX unexpected end of input: the array opened at 1:1 is not closed"),
                arguments("{\"a\":", "1:6 SYNTAX unexpected end of input: the object opened at 1:1 is not closed"),
                arguments("[1,\n\n", "3:1 SYNTAX unexpected end of input: the array opened at 1:1 is not closed"),
                arguments("[1.5e", "1:6 SYNTAX unexpected end of input: the array opened at 1:1 is not closed"),
                arguments("{\"a\": \"abc", "1:11 SYNTAX unexpected end of input: the string opened at 1:7 is not"
                        + " closed"),
                arguments("[\"\\u12", "1:7 SYNTAX unexpected end of input: the string opened at 1:2 is not closed"),
                arguments("{\"ab", "1:5 SYNTAX unexpected end of input in a property name: the object opened at 1:1"
                        + " is not closed"),
                arguments("-", "1:2 SYNTAX unexpected end of input: the value is not complete"),
                // unexpected characters
                arguments("[1,}", "1:4 SYNTAX unexpected character '}': expected a value"),
                arguments("[,1]", "1:2 SYNTAX unexpected character ',': expected a value"),
                arguments("[.5]", "1:2 SYNTAX unexpected character '.': expected a value"),
                arguments("[1 2]", "1:4 SYNTAX unexpected character '2': expected ',' or ']' after an array element"),
                arguments("{\"a\":1 \"b\":2}", "1:8 SYNTAX unexpected character '\"': expected ',' or '}' after an"
                        + " object member"),
                arguments("{\"a\" 1}", "1:6 SYNTAX unexpected character '1': expected ':' after the property name"),
                arguments("123abc", "1:4 SYNTAX unexpected character 'a' after the JSON value"),
                arguments("[\u00a0]", "1:2 SYNTAX unexpected character U+00A0: expected a value"),
                arguments("[\ufeff]", "1:2 SYNTAX unexpected character U+FEFF: expected a value"),
                arguments("{\"é\":[1 é]}", "1:10 SYNTAX unexpected character 'é': expected ',' or ']' after an array"
                        + " element"),
                arguments("[1 \ud83d\ude00]", "1:4 SYNTAX unexpected character '\ud83d\ude00': expected ',' or ']'"
                        + " after an array element"),
                arguments("[\ud83d\ude00]", "1:2 SYNTAX unexpected character '\ud83d\ude00': expected a value"),
                arguments("{é:1}", "1:2 SYNTAX unexpected character 'é': expected a property name in double quotes"),
                arguments("[é]", "1:2 SYNTAX unexpected 'é': expected a value (a string is written in double quotes)"),
                // unquoted names, single quotes, trailing commas, comments
                arguments("{a:1}", "1:2 SYNTAX unexpected character 'a': expected a property name in double quotes"),
                arguments("{1:2}", "1:2 SYNTAX unexpected character '1': expected a property name in double quotes"),
                arguments("{'a':1}", "1:2 SYNTAX unexpected character \"'\": expected a property name in double"
                        + " quotes"),
                arguments("['a']", "1:2 SYNTAX unexpected character \"'\": strings are in double quotes"),
                arguments("[1,]", "1:4 SYNTAX unexpected ']' after ',': JSON allows no trailing comma"),
                arguments("{\"a\":1,}", "1:8 SYNTAX unexpected '}' after ',': JSON allows no trailing comma"),
                arguments("// note\n[1]", "1:1 SYNTAX unexpected character '/': JSON has no comments"),
                // tokens
                arguments("[tru]", "1:2 SYNTAX unexpected 'tru': expected a value (true, false and null are written"
                        + " in full, in lower case)"),
                arguments("[True]", "1:2 SYNTAX unexpected 'True': expected a value (true, false and null are"
                        + " written in full, in lower case)"),
                arguments("{\"a\": pending}", "1:7 SYNTAX unexpected 'pending': expected a value (a string is"
                        + " written in double quotes)"),
                arguments("[ghp_Secret123abcdefghijklmnopqrstuvwxyz]", "1:2 SYNTAX unexpected"
                        + " 'ghp_Secret123abcdefg...': expected a value (a string is written in double quotes)"),
                arguments("[1] x", "1:5 SYNTAX unexpected 'x' after the JSON value"),
                // numbers
                arguments("[01]", "1:3 SYNTAX invalid number: a leading zero is not allowed (write 7, not 07)"),
                arguments("[-01]", "1:4 SYNTAX invalid number: a leading zero is not allowed (write 7, not 07)"),
                arguments("[1.]", "1:4 SYNTAX invalid number: expected a digit after '.', found ']'"),
                arguments("[1e]", "1:4 SYNTAX invalid number: expected a digit after the exponent's 'e', found ']'"),
                arguments("[-]", "1:3 SYNTAX invalid number: expected a digit after '-', found ']'"),
                arguments("[+1]", "1:3 SYNTAX invalid number: a JSON number has no '+' sign"),
                arguments("[0x10]", "1:3 SYNTAX invalid number: JSON has no hexadecimal numbers"),
                arguments("[NaN]", "1:2 SYNTAX NaN is not a JSON number: JSON has no NaN or infinities"),
                arguments("[1, -Infinity]", "1:5 SYNTAX -Infinity is not a JSON number: JSON has no NaN or"
                        + " infinities"),
                // strings
                arguments("[\"a\tb\"]", "1:4 SYNTAX control character U+0009 in a string: write it escaped, as \\t"),
                arguments("[\"a\nb\"]", "1:4 SYNTAX control character U+000A in a string: write it escaped, as \\n"),
                arguments("{\"\u0001\":1}", "1:3 SYNTAX control character U+0001 in a property name: write it"
                        + " escaped, as \\u0001"),
                arguments("[1]\u0000", "1:4 SYNTAX control character U+0000 between values: only spaces, tabs and"
                        + " line breaks may stand there"),
                arguments("[\"\\x\"]", "1:4 SYNTAX invalid escape '\\x' in a string: write \\\", \\\\, \\/, \\b,"
                        + " \\f, \\n, \\r, \\t or \\u and four hex digits"),
                arguments("{\"a\\ud800b\":1}", "1:10 SYNTAX half of a surrogate pair in a property name, not a"
                        + " character: escape a character beyond U+FFFF as a pair (\\ud83d\\ude00)"),
                // Found by MalformedJsonMessagesFuzzTest (seed 20261214, case 2264): the low half alone in a name.
                arguments("{\"a\\ude00b\":1}", "1:10 SYNTAX half of a surrogate pair in a property name, not a"
                        + " character: escape a character beyond U+FFFF as a pair (\\ud83d\\ude00)"),
                arguments("[\"\\u12G4\"]", "1:7 SYNTAX invalid escape: expected four hex digits after \\u, found"
                        + " 'G'"),
                // duplicate keys, when the reader refuses them
                arguments("{\"a\":1,\"a\":2}", "1:11 DUPLICATE_PROPERTY duplicate property \"a\": each property may"
                        + " appear once"));
    }

    @ParameterizedTest
    @MethodSource("syntax")
    void eachKindOfMalformedJsonHasItsOwnMessage(String input, String expected) {
        assertThat(describe(STRICT, input.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    static Stream<Arguments> utf8() {
        return Stream.of(
                arguments(new byte[] {'[', '"', (byte) 0xFF, '"', ']'}, "1:3 INVALID_UTF8 byte 0xFF cannot start a"
                        + " character"),
                arguments(new byte[] {'[', '"', (byte) 0x80, '"', ']'}, "1:3 INVALID_UTF8 byte 0x80 cannot start a"
                        + " character"),
                arguments(new byte[] {'[', '"', (byte) 0xC3, '"', ']'}, "1:4 INVALID_UTF8 byte 0x22 cannot continue"
                        + " a character"),
                arguments(new byte[] {'[', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ']'}, "1:3 INVALID_UTF8 a"
                        + " surrogate (U+D800 to U+DFFF) is not a character"),
                arguments(new byte[] {'[', '"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"', ']'},
                        "1:3 INVALID_UTF8 a code point beyond U+10FFFF"));
    }

    @ParameterizedTest
    @MethodSource("utf8")
    void invalidUtf8SaysWhichByte(byte[] input, String expected) {
        assertThat(describe(STRICT, input)).isEqualTo(expected);
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                arguments(StreamReadConstraints.builder().maxNestingDepth(3).build(), "[[[[1]]]]",
                        "1:5 LIMIT objects and arrays nest deeper than 3 levels"),
                arguments(StreamReadConstraints.builder().maxNumberLength(5).build(), "[1234567]",
                        "1:9 LIMIT a number is longer than 5 characters"),
                arguments(StreamReadConstraints.builder().maxStringLength(5).build(), "[\"1234567\"]",
                        "1:11 LIMIT a string is longer than 5 characters"),
                arguments(StreamReadConstraints.builder().maxNameLength(5).build(), "{\"1234567\":1}",
                        "1:11 LIMIT a property name is longer than 5 characters"),
                arguments(StreamReadConstraints.builder().maxTokenCount(3).build(), "[1,2,3,4]",
                        "1:7 LIMIT the text has more than 3 JSON tokens"));
    }

    @ParameterizedTest
    @MethodSource("limits")
    void eachLimitSaysWhatWasTooLarge(StreamReadConstraints constraints, String input, String expected) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        assertThat(describe(factory, input.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @Test
    void aTextSourceCountsColumnsInCharactersAndSaysTheSame() {
        assertThat(describeText("[}")).isEqualTo("1:2 SYNTAX expected ']' to close the array opened at 1:1, found '}'");
        assertThat(describeText("{\"é\":[1 é]}")).isEqualTo("1:9 SYNTAX unexpected character 'é': expected ',' or"
                + " ']' after an array element");
        assertThat(describeText("  \"abc")).isEqualTo("1:7 SYNTAX unexpected end of input: the string opened at 1:3"
                + " is not closed");
        assertThat(describeText("[-")).isEqualTo("1:3 SYNTAX unexpected end of input: the array opened at 1:1 is not"
                + " closed");
    }

    private static String describe(JsonFactory factory, byte[] input) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), input)) {
            return describe(parser, input);
        }
    }

    private static String describeText(String input) {
        try (JsonParser parser = STRICT.createParser(ObjectReadContext.empty(), input)) {
            return describe(parser, null);
        }
    }

    private static String describe(JsonParser parser, byte @Nullable [] input) {
        try {
            while (parser.nextToken() != null) {
                parser.getString(); // numbers are checked for length when read
            }
        } catch (JacksonException e) {
            JsonParseError error = JsonParseError.of(e, parser, input);
            return error.position() + " " + error.kind() + " " + error.message();
        }
        return fail("parsed without a failure");
    }
}
