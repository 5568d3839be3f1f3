package io.busgen.runtime.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double the way the Infrahub system writes one: the shortest digits that read back to the same double,
 * positional when {@code 1e-5 <= |x| < 1e16} (always with a fractional part: {@code 100.0}, {@code -0.0},
 * {@code 0.00001}), scientific otherwise, with a {@code .} only when there is more than one digit and a signed,
 * unpadded exponent ({@code 1e+16}, {@code 6.02214076e+23}, {@code 1e-6}).
 */
public final class WireNumbers {

    private static final RoundingMode[] CANDIDATES = {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};

    private WireNumbers() {}

    /**
     * The Infrahub text of a finite double.
     *
     * @param value the number
     * @return its text as Infrahub writes it ({@code 1.0}, {@code 1e+20})
     * @throws IllegalArgumentException for NaN and the infinities, which JSON cannot hold
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no representation for " + value);
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        ShortestDecimal shortest = shortest(value);
        String digits = shortest.digits;
        int exponent = shortest.exponent; // value = d.ddd * 10^exponent
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (value < 0) {
            out.append('-');
        }
        if (exponent >= -5 && exponent < 16) {
            if (exponent >= 0) {
                if (digits.length() <= exponent + 1) {
                    out.append(digits).append("0".repeat(exponent + 1 - digits.length())).append(".0");
                } else {
                    out.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
                }
            } else {
                out.append("0.").append("0".repeat(-exponent - 1)).append(digits);
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return out.toString();
    }

    /** Significant digits (no trailing zeros) and decimal exponent of the shortest round-tripping decimal. */
    private record ShortestDecimal(String digits, int exponent) {}

    private static ShortestDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(Math.abs(value));
        double magnitude = Math.abs(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : CANDIDATES) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (candidate.doubleValue() == magnitude && (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                BigDecimal stripped = best.stripTrailingZeros();
                String digits = stripped.unscaledValue().toString();
                int exponent = digits.length() - 1 - stripped.scale();
                return new ShortestDecimal(digits, exponent);
            }
        }
        throw new AssertionError("17 significant digits always round-trip a double: " + value);
    }
}
