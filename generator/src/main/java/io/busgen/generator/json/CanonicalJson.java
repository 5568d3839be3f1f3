package io.busgen.generator.json;

import io.busgen.generator.json.JsonValue.JsonNumber;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * RFC 8785, the JSON Canonicalization Scheme: the one text of a JSON value that schema fingerprints hash. Beside
 * {@link JsonValues#toJson}, which keeps a document's member order and number lexemes, this sorts members and writes
 * numbers as ECMAScript does.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    /** A number that RFC 8785 cannot write: beyond the range of an IEEE double. */
    public static final class NumberOutOfRange extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final transient JsonNumber number;

        NumberOutOfRange(JsonNumber number) {
            super("the number " + number.lexeme() + " is beyond the range of an IEEE double");
            this.number = number;
        }

        /** The number, with its location. */
        public JsonNumber number() {
            return number;
        }
    }

    /**
     * The RFC 8785 (JCS) canonical form of a JSON value: no whitespace, object members sorted by their names as
     * UTF-16 code unit sequences, strings with the minimal escaping of ECMAScript's {@code JSON.stringify}, numbers
     * as ECMAScript writes the nearest IEEE double.
     *
     * @throws NumberOutOfRange when a number is beyond the range of a double
     */
    public static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        JsonValues.writeCompact(value, out, true, CanonicalJson::number);
        return out.toString();
    }

    /** A number as RFC 8785 writes it: the nearest IEEE double, as ECMAScript writes it. */
    private static String number(JsonNumber number) {
        double d = Double.parseDouble(number.value().toString());
        if (Double.isInfinite(d)) {
            throw new NumberOutOfRange(number);
        }
        return number(d);
    }

    /**
     * ECMAScript's {@code Number.prototype.toString()} of a finite double: the shortest decimal digits that read back
     * as the same double (the nearest such when several have that length), written without exponent from 1e-6
     * up to but excluding 1e21, and as {@code d.ddde+n} / {@code d.ddde-n} outside; {@code -0} is {@code 0}.
     */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("RFC 8785 has no form for " + value);
        }
        if (value == 0) {
            return "0";
        }
        if (value < 0) {
            return "-" + number(-value);
        }
        BigDecimal shortest = shortestDigits(value).stripTrailingZeros();
        // value = s * 10^(n - k), where s has k digits
        String s = shortest.unscaledValue().toString();
        int k = s.length();
        int n = k - shortest.scale();
        if (k <= n && n <= 21) {
            return s + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return s.substring(0, n) + "." + s.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + s;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? s : s.charAt(0) + "." + s.substring(1);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    private static final List<RoundingMode> CANDIDATE_ROUNDINGS =
            List.of(RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING);

    /**
     * The decimal with the fewest significant digits that reads back as {@code value} (positive and finite); among
     * those of that length, the nearest to {@code value}. Such a decimal of p digits exists exactly when the
     * rounding of {@code value} to p digits downwards or upwards reads back as {@code value}, and the nearest is one
     * of these two. ({@link Double#toString} is not always shortest on Java 17: it writes 2.0E-3 as 0.0020.)
     */
    private static BigDecimal shortestDigits(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : CANDIDATE_ROUNDINGS) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (Double.parseDouble(candidate.toString()) != value) {
                    continue;
                }
                if (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        throw new IllegalStateException("17 significant digits always identify a double: " + value);
    }
}
