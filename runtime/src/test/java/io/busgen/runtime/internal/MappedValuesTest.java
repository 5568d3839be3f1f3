package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.busgen.runtime.DecodeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Reading and writing values held as JDK types: what is refused (located, worded as the validators word it), and how
 * a value is written back. */
class MappedValuesTest {

    /** Reads the value of member {@code a} of {@code {"a": <json>}}. */
    private static <T> T read(String json, Function<JsonParser, T> reader) {
        try (JsonParser parser = JsonFactory.builder().build().createParser(ObjectReadContext.empty(),
                "{\"a\":" + json + "}")) {
            parser.nextToken();
            parser.nextToken();
            parser.nextToken();
            return reader.apply(parser);
        }
    }

    private static DecodeException refused(String json, Function<JsonParser, ?> reader) {
        return catchThrowableOfType(DecodeException.class, () -> read(json, reader));
    }

    @Test
    void aStringNotOfItsFormatIsRefusedAtItsPointerWithTheValidatorsWords() {
        DecodeException notUuid = refused("\"0f8fad5b\"", MappedValues::readUuid);
        assertThat(notUuid.reason()).isEqualTo(DecodeException.Reason.INVALID_VALUE);
        assertThat(notUuid.pointer()).isEqualTo("/a");
        assertThat(notUuid.getMessage()).contains("must be a valid uuid");
        // UUID.fromString alone would take this one: the format check comes first.
        assertThat(refused("\"1-2-3-4-5\"", MappedValues::readUuid).getMessage()).contains("must be a valid uuid");
        assertThat(refused("\"2023-02-29\"", MappedValues::readLocalDate).getMessage())
                .contains("must be a valid date");
        assertThat(refused("\"2024-1-31\"", MappedValues::readNullableLocalDate).pointer()).isEqualTo("/a");
        DecodeException number = refused("5", MappedValues::readUuid);
        assertThat(number.reason()).isEqualTo(DecodeException.Reason.WRONG_TYPE);
        assertThat(number.getMessage()).contains("must be a string, not");
        assertThat(refused("null", MappedValues::readUuid).reason()).isEqualTo(DecodeException.Reason.NULL_VALUE);
    }

    @Test
    void valuesOfTheirFormatAreRead() {
        assertThat(read("\"0F8FAD5B-D9CB-469F-A165-70867728950E\"", MappedValues::readUuid))
                .isEqualTo(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
        assertThat(read("\"2000-02-29\"", MappedValues::readLocalDate)).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(read("null", MappedValues::readNullableUuid)).isNull();
        assertThat(read("null", MappedValues::readNullableBigDecimal)).isNull();
    }

    @Test
    void integersAreReadWhateverTheirNotationUpToTheirDigitLimit() {
        assertThat(read("1.0", MappedValues::readBigInteger)).isEqualTo(BigInteger.ONE);
        assertThat(read("1e3", MappedValues::readBigInteger)).isEqualTo(BigInteger.valueOf(1000));
        assertThat(read("-0", MappedValues::readBigInteger)).isEqualTo(BigInteger.ZERO);
        assertThat(read("0e999999", MappedValues::readBigInteger)).isEqualTo(BigInteger.ZERO);
        assertThat(read("123456789012345678901234567890", MappedValues::readBigInteger))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(read("1e999", MappedValues::readBigInteger)).isEqualTo(BigInteger.TEN.pow(999));
        DecodeException tooLong = refused("1e1000", MappedValues::readBigInteger);
        assertThat(tooLong.reason()).isEqualTo(DecodeException.Reason.LIMIT_EXCEEDED);
        assertThat(tooLong.pointer()).isEqualTo("/a");
        assertThat(tooLong.getMessage()).startsWith("limit: an integer field holds at most 1000 digits, not ");
        assertThat(refused("1.5", MappedValues::readBigInteger).reason())
                .isEqualTo(DecodeException.Reason.WRONG_TYPE);
        assertThat(refused("\"1\"", MappedValues::readBigDecimal).reason())
                .isEqualTo(DecodeException.Reason.WRONG_TYPE);
    }

    @Test
    void aDecimalReadFromPlainNotationIsWrittenAsItWasRead() {
        for (String lexeme : List.of("0", "1", "-1", "1.50", "10.00", "1000", "0.000001", "0.0000001",
                "123456789012345678901234567890.123456789", "0.000000000000000000001", "-12.5e0")) {
            BigDecimal read = read(lexeme, MappedValues::readBigDecimal);
            String written = MappedValues.decimalText(read);
            assertThat(new BigDecimal(written)).as(lexeme).isEqualTo(read); // scale included
            if (!lexeme.contains("e")) {
                assertThat(written).as(lexeme).isEqualTo(lexeme);
            }
        }
    }

    @Test
    void aDecimalReadWithAnExponentOrManyLeadingZerosIsWrittenInScientificNotationAndReadsBackEqual() {
        assertThat(MappedValues.decimalText(new BigDecimal("1e3"))).isEqualTo("1E+3");
        assertThat(MappedValues.decimalText(new BigDecimal("1.5e-30"))).isEqualTo("1.5E-30");
        assertThat(MappedValues.decimalText(new BigDecimal("1e-5"))).isEqualTo("0.00001");
        assertThat(MappedValues.decimalText(new BigDecimal("-0.0"))).isEqualTo("0.0");
        assertThat(MappedValues.decimalText(new BigDecimal("1e-999999999"))).isEqualTo("1E-999999999");
        for (String lexeme : List.of("1e3", "1.5E-30", "2e-30", "9.99e+400", "1e-999999999")) {
            BigDecimal value = new BigDecimal(lexeme);
            assertThat(new BigDecimal(MappedValues.decimalText(value))).as(lexeme).isEqualTo(value);
        }
    }

    @Test
    void theWriterWritesTheDecimalText() {
        JsonBodyWriter out = new JsonBodyWriter();
        out.beginArray().decimal(new BigDecimal("1.50")).decimal(new BigDecimal("1e3")).endArray();
        assertThat(new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("[1.50,1E+3]");
    }
}
