package io.busgen.runtime.internal;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeException.Reason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reading and writing the values a catalogue maps to JDK types ({@code x-java-type}, {@code catalog.json}'s
 * {@code javaTypes}): {@code uuid} strings as {@link UUID}, {@code date} strings as {@link LocalDate}, numbers as
 * {@link BigDecimal} and integers as {@link BigInteger}.
 *
 * <p>A string of a mapped format is refused unless the format holds ({@link Formats}), with the message the
 * validators give for {@code format}; the validators assert the format of such a field whatever the
 * {@code ValidationOptions} say, so that validation and decoding agree. A value is written in its canonical form:
 * {@code UUID.toString()} (lower case), {@code LocalDate.toString()}, an integer's digits, and a decimal in plain
 * notation with its scale ({@code 1.50} stays {@code 1.50}), in scientific notation only when its scale is negative or
 * it has more than {@value #MAX_LEADING_ZEROS} zeros after the point ({@link #decimalText}).
 */
public final class MappedValues {

    /** The most digits of an integer a {@link BigInteger} field holds: longer ones are refused as beyond a limit. */
    public static final int MAX_INTEGER_DIGITS = 1000;

    /** The most zeros between the point and the first digit a decimal is written with in plain notation. */
    static final int MAX_LEADING_ZEROS = 20;

    private MappedValues() {}

    /**
     * A {@code uuid} string.
     *
     * @param parser the parser, on the value
     * @return the UUID
     * @throws DecodeException when the value is not a string or not a valid uuid
     */
    public static UUID readUuid(JsonParser parser) {
        return UUID.fromString(formatted(parser, "uuid", "a string"));
    }

    /**
     * A {@code uuid} string or null.
     *
     * @param parser the parser, on the value
     * @return the UUID, or null
     * @throws DecodeException when the value is neither
     */
    public static @Nullable UUID readNullableUuid(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null
                : UUID.fromString(formatted(parser, "uuid", "a string or null"));
    }

    /**
     * A {@code date} string (RFC 3339 full-date).
     *
     * @param parser the parser, on the value
     * @return the date
     * @throws DecodeException when the value is not a string or not a valid date
     */
    public static LocalDate readLocalDate(JsonParser parser) {
        return LocalDate.parse(formatted(parser, "date", "a string"));
    }

    /**
     * A {@code date} string or null.
     *
     * @param parser the parser, on the value
     * @return the date, or null
     * @throws DecodeException when the value is neither
     */
    public static @Nullable LocalDate readNullableLocalDate(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null
                : LocalDate.parse(formatted(parser, "date", "a string or null"));
    }

    private static String formatted(JsonParser parser, String format, String expected) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw JsonReading.wrongType(parser, expected);
        }
        String text = parser.getString();
        if (!Formats.isValid(format, text)) {
            DecodeException trial = DecodeContext.failed(parser, Reason.INVALID_VALUE);
            if (trial != null) {
                throw trial;
            }
            throw new DecodeException(Reason.INVALID_VALUE, JsonReading.pointerOfValue(parser),
                    formatMessage(format));
        }
        return text;
    }

    /**
     * The message of a value that is not of its format, as the validators word it.
     *
     * @param format the format's name
     * @return the message
     */
    static String formatMessage(String format) {
        return "must be a valid " + format;
    }

    /**
     * A number, exactly as written.
     *
     * @param parser the parser, on the value
     * @return the decimal, with the scale of its text ({@code 1.50} has scale 2)
     * @throws DecodeException when the value is not a number, or its exponent is beyond what a decimal can hold
     */
    public static BigDecimal readBigDecimal(JsonParser parser) {
        return decimal(parser, "a number");
    }

    /**
     * A number ({@link #readBigDecimal}) or null.
     *
     * @param parser the parser, on the value
     * @return the decimal, or null
     * @throws DecodeException when the value is neither
     */
    public static @Nullable BigDecimal readNullableBigDecimal(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : decimal(parser, "a number or null");
    }

    private static BigDecimal decimal(JsonParser parser, String expected) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw JsonReading.wrongType(parser, expected);
        }
        return JsonReading.readDecimal(parser);
    }

    /**
     * An integer: a number without fraction (or whose fraction is zero: {@code 1.0}, {@code 1e3}) of at most
     * {@value #MAX_INTEGER_DIGITS} digits.
     *
     * @param parser the parser, on the value
     * @return the integer
     * @throws DecodeException when the value is not an integer, or has more digits
     */
    public static BigInteger readBigInteger(JsonParser parser) {
        return integer(parser, "an integer");
    }

    /**
     * An integer ({@link #readBigInteger}) or null.
     *
     * @param parser the parser, on the value
     * @return the integer, or null
     * @throws DecodeException when the value is neither
     */
    public static @Nullable BigInteger readNullableBigInteger(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : integer(parser, "an integer or null");
    }

    private static BigInteger integer(JsonParser parser, String expected) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw JsonReading.wrongType(parser, expected);
        }
        BigDecimal value = JsonReading.readDecimal(parser);
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw JsonReading.wrongType(parser, expected);
        }
        if (!fitsBigInteger(value)) {
            DecodeException trial = DecodeContext.failed(parser, Reason.LIMIT_EXCEEDED);
            if (trial != null) {
                throw trial;
            }
            throw new DecodeException(Reason.LIMIT_EXCEEDED, JsonReading.pointerOfValue(parser),
                    BIG_INTEGER_MESSAGE + Validation.describe(value));
        }
        return value.signum() == 0 ? BigInteger.ZERO : value.toBigIntegerExact();
    }

    /** The start of the message for an integer of too many digits; the number follows. */
    static final String BIG_INTEGER_MESSAGE = "limit: an integer field holds at most " + MAX_INTEGER_DIGITS
            + " digits, not ";

    /**
     * Whether an integral decimal has at most {@value #MAX_INTEGER_DIGITS} digits (zero has one).
     *
     * @param integral the value, without a fraction
     * @return whether a {@link BigInteger} field holds it
     */
    static boolean fitsBigInteger(BigDecimal integral) {
        return integral.signum() == 0 || (long) integral.precision() - integral.scale() <= MAX_INTEGER_DIGITS;
    }

    /**
     * The text a decimal field's value is written as: plain notation with the value's scale ({@code 1.50},
     * {@code 1000}, {@code 0.001}), so that a number read from plain notation is written as it was read; scientific
     * notation ({@code 1E+3}, {@code 1.5E-30}) when the scale is negative (the number was read with an exponent) or the
     * plain text would have more than {@value #MAX_LEADING_ZEROS} zeros after the point. Either text reads back as
     * an equal decimal, scale included.
     *
     * @param value the decimal
     * @return its JSON text
     */
    public static String decimalText(BigDecimal value) {
        int scale = value.scale();
        if (scale >= 0 && (long) scale - value.precision() <= MAX_LEADING_ZEROS) {
            return value.toPlainString();
        }
        return value.toString(); // with an exponent here: the scale is negative, or the adjusted exponent below -6
    }
}
