package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "100.0, 100.0",
        "-0.0, -0.0",
        "0.0, 0.0",
        "0.00001, 0.00001",
        "2.5, 2.5",
        "1e16, 1e+16",
        "6.02214076e23, 6.02214076e+23",
        "1e-6, 1e-6",
        "1.5e-7, 1.5e-7",
        "1.2345678901234568e17, 1.2345678901234568e+17",
        "123456789.125, 123456789.125",
        "-1500, -1500.0",
        "9999999999999998, 9999999999999998.0",
        "0.002, 0.002",
        "1e23, 1e+23",
        "5e-324, 5e-324",
        "1.7976931348623157e308, 1.7976931348623157e+308",
        "0.1, 0.1",
        "3.14159, 3.14159",
    })
    void writesDoublesAsUpstreamDoes(double value, String expected) {
        assertThat(WireNumbers.format(value)).isEqualTo(expected);
    }

    @Test
    void theShortestDigitsReadBackToTheSameDouble() {
        SplittableRandom random = new SplittableRandom(20261127);
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue;
            }
            String text = WireNumbers.format(value);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(value);
            String digits = text.replaceFirst("^-", "").replaceFirst("e.*$", "").replace(".", "")
                    .replaceFirst("^0+", "").replaceFirst("0+$", "");
            assertThat(digits.length()).as(text).isLessThanOrEqualTo(17);
        }
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThatThrownBy(() -> WireNumbers.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WireNumbers.format(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
