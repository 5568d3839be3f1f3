package io.busgen.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeException.Reason;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.ValidationException;
import io.busgen.runtime.Validator;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of hostile input fails with a typed error and a pointer: never a stack overflow or out of memory. */
class HostileInputTest {

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static DecodeException decodingFails(byte[] body, DecodeOptions options) {
        DecodeException error = catchThrowableOfType(DecodeException.class,
                () -> CheckGeneratorRun.ADAPTER.decode(body, options));
        assertThat(error).as("decoding must fail").isNotNull();
        return error;
    }

    /** A valid check.generator.run body with {@code variables} set to the given JSON. */
    private static String withVariables(String variables) {
        return "{\"generator_definition\":{\"definition_id\":\"d\",\"definition_name\":\"n\",\"query_name\":\"q\","
                + "\"convert_query_response\":false,\"query_models\":[],\"repository_id\":\"r\",\"class_name\":\"c\","
                + "\"file_path\":\"f\",\"parameters\":{},\"group_id\":\"g\"},\"commit\":\"c\",\"repository_id\":\"r\","
                + "\"repository_name\":\"n\",\"repository_kind\":\"k\",\"branch_name\":\"b\",\"target_id\":\"t\","
                + "\"target_name\":\"t\",\"query\":\"q\",\"variables\":" + variables + ",\"validator_id\":\"v\","
                + "\"context\":{\"branch\":{\"name\":\"main\"},\"account\":{\"account_id\":\"a\",\"auth_type\":\"api\"}}}";
    }

    @Test
    void theBaseBodyIsValid() {
        assertThat(CheckGeneratorRun.ADAPTER.fromJson(withVariables("{\"a\":[1]}")).variables())
                .containsKey("a");
    }

    @Test
    void aHundredThousandNestedArraysHitTheNestingLimit() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        DecodeException inFreeForm = decodingFails(utf8(withVariables("{\"deep\":" + deep + "}")),
                DecodeOptions.DEFAULTS);
        assertThat(inFreeForm.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(inFreeForm.pointer()).startsWith("/variables/deep/0/0/0");
        assertThat(inFreeForm.getMessage()).contains("deeper than 64 levels (DecodeOptions.maxNestingDepth)");

        DecodeException inUnknownKey = catchThrowableOfType(DecodeException.class,
                () -> SendEchoRequest.ADAPTER.decode(utf8("{\"message\":\"m\",\"unknown\":" + deep + "}")));
        assertThat(inUnknownKey.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    }

    @Test
    void utf16AndUtf32BodiesAreRefusedAsNotUtf8() {
        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE, java.nio.charset.Charset.forName("UTF-32"))) {
            byte[] body = "{\"message\":\"m\"}".getBytes(charset);
            DecodeException error = catchThrowableOfType(DecodeException.class,
                    () -> SendEchoRequest.ADAPTER.decode(body));
            assertThat(error).as(charset.name()).isNotNull();
            assertThat(error.reason()).isEqualTo(Reason.INVALID_UTF8);
            assertThat(SendEchoRequest.VALIDATOR.validate(body)).as(charset.name()).singleElement()
                    .satisfies(v -> assertThat(v.message()).matches("invalid UTF-8 at line 1, column [12]: the body"
                            + " is UTF-16 or UTF-32 text, not UTF-8 \\(the content encoding of every message\\)"));
        }
    }

    @Test
    void utf8sByteOrderMarkIsSkippedAsInfrahubSkipsIt() {
        // Parsers take bodies as UTF-8 without detecting their encoding, and skip the mark that opens one (Python's
        // json.loads does); errors are still located in the body's bytes, the mark's three counted.
        byte[] text = "{\"message\":\"m\"}".getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        assertThat(SendEchoRequest.ADAPTER.decode(marked).message()).isEqualTo("m");
        assertThat(SendEchoRequest.VALIDATOR.validate(marked)).isEmpty();
        byte[] broken = java.util.Arrays.copyOf(marked, marked.length - 1);
        assertThat(catchThrowableOfType(DecodeException.class, () -> SendEchoRequest.ADAPTER.decode(broken)).reason())
                .isEqualTo(Reason.MALFORMED_JSON);
        byte[] loneHalf = concat(java.util.Arrays.copyOf(marked, 3), utf8("{\"message\":\"\\udc00\"}"));
        assertThat(catchThrowableOfType(DecodeException.class, () -> SendEchoRequest.ADAPTER.decode(loneHalf))
                .getMessage()).startsWith("malformed JSON at line 1, column 16: \\udc00 is half of a surrogate pair");
        byte[] markAlone = java.util.Arrays.copyOf(marked, 3);
        assertThat(catchThrowableOfType(DecodeException.class, () -> SendEchoRequest.ADAPTER.decode(markAlone))
                .getMessage()).isEqualTo("malformed JSON at line 1, column 4: the body holds no JSON value, only"
                        + " UTF-8's byte order mark");
        // Without the mark, a body is read as UTF-8 all the same: a lone 0xEF is invalid UTF-8, not another encoding.
        byte[] lone = utf8("{\"message\":\"\u00ff\"}");
        lone[lone.length - 4] = (byte) 0xEF;
        assertThat(catchThrowableOfType(DecodeException.class, () -> SendEchoRequest.ADAPTER.decode(lone)).reason())
                .isEqualTo(Reason.INVALID_UTF8);
    }

    @Test
    void aLimitIsReportedAsALimitNotAsASchemaViolation() {
        String deep = "[".repeat(65) + "]".repeat(65);
        List<io.busgen.runtime.Violation> violations = SendEchoRequest.VALIDATOR.validate(
                utf8("{\"message\":" + deep + "}"));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.keyword()).isEqualTo(io.busgen.runtime.Validator.LIMIT_KEYWORD);
            assertThat(v.message()).isEqualTo("limit: the body nests objects and arrays deeper than 64 levels"
                    + " (DecodeOptions.maxNestingDepth)");
        });
    }

    @Test
    void aHundredThousandNestedObjectsHitTheNestingLimit() {
        String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        DecodeException error = decodingFails(utf8(withVariables(deep)), DecodeOptions.DEFAULTS);
        assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(error.pointer()).startsWith("/variables/a/a/a");
    }

    @Test
    void aHundredMegabyteBodyIsRefusedBeforeParsing() {
        byte[] body = new byte[100 << 20];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        DecodeException error = decodingFails(body, DecodeOptions.DEFAULTS);
        assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(error.pointer()).isEmpty();
        assertThat(error.getMessage()).isEqualTo("limit: the body has 104857600 bytes, more than 16777216 (DecodeOptions.maxBodyBytes)");
    }

    @Test
    void aLongStringHitsTheStringLimit() {
        DecodeException error = decodingFails(utf8(withVariables("{}").replace("\"commit\":\"c\"",
                "\"commit\":\"" + "x".repeat(101) + "\"")), DecodeOptions.DEFAULTS.withMaxStringLength(100));
        assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(error.pointer()).isEqualTo("/commit");
    }

    @Test
    void aLongNumberHitsTheNumberLimit() {
        DecodeException error = decodingFails(utf8(withVariables("{\"n\":" + "9".repeat(1_001) + "}")),
                DecodeOptions.DEFAULTS);
        assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(error.pointer()).isEqualTo("/variables/n");
    }

    @Test
    void aLargeCollectionHitsTheCollectionLimit() {
        DecodeOptions three = DecodeOptions.DEFAULTS.withMaxCollectionSize(3);
        DecodeException list = decodingFails(utf8(withVariables("{}").replace("\"query_models\":[]",
                "\"query_models\":[\"a\",\"b\",\"c\",\"d\"]")), three);
        assertThat(list.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(list.pointer()).isEqualTo("/generator_definition/query_models/3");

        DecodeException object = decodingFails(utf8(withVariables("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}")), three);
        assertThat(object.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(object.pointer()).isEqualTo("/variables/d");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = utf8("{\"message\":\"ab\"}");
        body[12] = (byte) 0xff;
        DecodeException error = catchThrowableOfType(DecodeException.class, () -> SendEchoRequest.ADAPTER.decode(body));
        assertThat(error.reason()).isEqualTo(Reason.INVALID_UTF8);
        assertThat(error.getMessage()).isEqualTo("invalid UTF-8 at line 1, column 13: byte 0xFF cannot start a"
                + " character");
    }

    @Test
    void trailingDataIsRefused() {
        DecodeException error = catchThrowableOfType(DecodeException.class,
                () -> SendEchoRequest.ADAPTER.decode(utf8("{\"message\":\"m\"} {}")));
        assertThat(error.reason()).isEqualTo(Reason.TRAILING_DATA);
        assertThat(error.pointer()).isEmpty();
    }

    @Test
    void anUnknownRoutingKeyIsRefused() {
        DecodeException error = catchThrowableOfType(DecodeException.class, () -> InfrahubCatalog.INSTANCE
                .decodeMessage(Envelope.of("send.echo.reply", 5, null, null, null, null, utf8("{}"))));
        assertThat(error.reason()).isEqualTo(Reason.UNKNOWN_ROUTING_KEY);
        assertThat(error.pointer()).isEmpty();
    }

    @Test
    void aContentTypeOtherThanJsonOrAnEncodingOtherThanUtf8IsRefused() {
        byte[] body = utf8("{\"message\":\"m\"}");
        DecodeException type = catchThrowableOfType(DecodeException.class, () -> SendEchoRequest.ADAPTER
                .fromEnvelope(new Envelope("send.echo.request", 5, "text/plain", "utf-8", null, null, null, null,
                        body)));
        assertThat(type.reason()).isEqualTo(Reason.UNSUPPORTED_CONTENT);
        DecodeException encoding = catchThrowableOfType(DecodeException.class, () -> SendEchoRequest.ADAPTER
                .fromEnvelope(new Envelope("send.echo.request", 5, "application/json", "gzip", null, null, null,
                        null, body)));
        assertThat(encoding.reason()).isEqualTo(Reason.UNSUPPORTED_CONTENT);
        assertThat(encoding.getMessage()).isEqualTo("content encoding \"gzip\" is not supported: busgen reads utf-8");
    }

    @Test
    void aDuplicateKeyTakesTheLastValueUnlessStrict() {
        byte[] body = utf8("{\"message\":\"first\",\"message\":\"last\"}");
        assertThat(SendEchoRequest.ADAPTER.decode(body).message()).isEqualTo("last");

        DecodeException strict = catchThrowableOfType(DecodeException.class, () -> SendEchoRequest.ADAPTER
                .decode(body, DecodeOptions.DEFAULTS.withRejectDuplicateProperties(true)));
        assertThat(strict.reason()).isEqualTo(Reason.DUPLICATE_PROPERTY);
        assertThat(strict.pointer()).isEqualTo("/message");
    }

    @Test
    void aDuplicateKeyReplacesAnEarlierValueOfTheWrongTypeInEveryPath() {
        // The last value counts for the validator's tree; typed decoding must not fail on the value it replaces.
        byte[] body = utf8("{\"message\":1,\"message\":\"b\"}");
        assertThat(SendEchoRequest.VALIDATOR.validate(body)).isEmpty();
        assertThat(SendEchoRequest.ADAPTER.decode(body).message()).isEqualTo("b");
        assertThat(SendEchoRequest.decodeValidated(body).message()).isEqualTo("b");

        byte[] nested = utf8(withVariables("{}").replace("\"branch\":{\"name\":\"main\"}",
                "\"branch\":{\"name\":null,\"name\":\"main\"},\"branch\":{\"name\":\"dev\"}"));
        assertThat(CheckGeneratorRun.VALIDATOR.validate(nested)).isEmpty();
        assertThat(CheckGeneratorRun.ADAPTER.decode(nested).context().branch().name()).isEqualTo("dev");
    }

    @Test
    void aDuplicateObjectMissingARequiredPropertyIsReplacedToo() {
        // Found by BodyMutationFuzzTest (seed 7, case 1766): an empty "context" before the real one.
        byte[] body = utf8(withVariables("{}").replace("\"context\":{", "\"context\":{},\"context\":{"));
        assertThat(CheckGeneratorRun.VALIDATOR.validate(body)).isEmpty();
        assertThat(CheckGeneratorRun.decodeValidated(body).context().branch().name()).isEqualTo("main");
    }

    @Test
    void aDuplicateKeyDoesNotHideDataAfterTheBody() {
        // Found by BodyMutationFuzzTest (seed 7, case 1833): the body read again must still be the whole body.
        byte[] body = utf8("{\"meta\":9223372036854775808,\"meta\":{\"request_id\":\"\"},\"message\":\"a\"} x");
        assertThat(SendEchoRequest.VALIDATOR.validate(body)).singleElement()
                .satisfies(v -> assertThat(v.keyword()).isEqualTo(Validator.PARSE_KEYWORD));
        assertThat(catchThrowableOfType(io.busgen.runtime.ValidationException.class,
                () -> SendEchoRequest.decodeValidated(body))).isNotNull();
        assertThat(catchThrowableOfType(DecodeException.class, () -> SendEchoRequest.ADAPTER.decode(body)))
                .isNotNull();
    }

    @Test
    void aDuplicateKeyWhoseLastValueIsWrongFailsInEveryPath() {
        byte[] body = utf8("{\"message\":\"a\",\"message\":1}");
        assertThat(SendEchoRequest.VALIDATOR.validate(body)).singleElement()
                .satisfies(v -> assertThat(v.instanceLocation()).isEqualTo("/message"));
        DecodeException error = catchThrowableOfType(DecodeException.class,
                () -> SendEchoRequest.ADAPTER.decode(body));
        assertThat(error.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(error.pointer()).isEqualTo("/message");
    }

    @Test
    void aDuplicateKeyKeepsNumbersAsWrittenWhenTheBodyIsReadAgain() {
        byte[] body = utf8("{\"meta\":{\"retry_count\":\"x\",\"retry_count\":1.0e0},\"message\":\"m\"}");
        assertThat(SendEchoRequest.ADAPTER.decode(body).meta().retryCount()).isEqualTo(1L);
    }

    @Test
    void aLoneSurrogateEscapeIsRefusedInValuesAsInKeys() {
        for (String body : List.of("{\"message\":\"\\ud800\"}", "{\"message\":\"m\",\"\\udc00\":1}")) {
            DecodeException error = catchThrowableOfType(DecodeException.class,
                    () -> SendEchoRequest.ADAPTER.decode(utf8(body)));
            assertThat(error).as(body).isNotNull();
            assertThat(error.reason()).isEqualTo(Reason.MALFORMED_JSON);
            assertThat(SendEchoRequest.VALIDATOR.validate(utf8(body))).singleElement()
                    .satisfies(v -> assertThat(v.message()).isEqualTo(error.getMessage()));
        }
        assertThat(SendEchoRequest.ADAPTER.decode(utf8("{\"message\":\"\\ud83d\\ude00\"}")).message())
                .isEqualTo("😀");
    }

    @Test
    void aLoneSurrogateAfterAValueOfTheWrongTypeIsRefusedWhereTheReadingMeetsIt() {
        // The parser checks the rule where it decodes the escape, as it checks every other rule of JSON's syntax:
        // decode stops at the first fault in reading order; a validating decode reads on and meets the lone half.
        byte[] body = utf8("{\"meta\":{\"correlation_id\":5},\"message\":\"x\\udc00\"}");
        String malformed = "malformed JSON at line 1, column 42: \\udc00 is half of a surrogate pair, not a character;"
                + " escape a character beyond U+FFFF as a pair (\\ud83d\\ude00)";
        DecodeException decoding = catchThrowableOfType(DecodeException.class,
                () -> SendEchoRequest.ADAPTER.decode(body));
        assertThat(decoding.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(decoding.pointer()).isEqualTo("/meta/correlation_id");
        ValidationException validating = catchThrowableOfType(ValidationException.class,
                () -> SendEchoRequest.ADAPTER.decodeValidated(body, SendEchoRequest.VALIDATOR));
        assertThat(validating.violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo(malformed));
        assertThat(SendEchoRequest.VALIDATOR.validate(body)).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo(malformed));
    }

    @Test
    void anExpirationThatIsNotANumberIsRefused() {
        DecodeException error = catchThrowableOfType(DecodeException.class, () -> SendEchoRequest.ADAPTER
                .fromEnvelope(Envelope.of("send.echo.request", 5, null, null, null, "soon",
                        utf8("{\"message\":\"m\"}"))));
        assertThat(error.reason()).isEqualTo(Reason.INVALID_ENVELOPE);
    }
}
