package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Where the JDK types a format could be held in ({@code UUID}, {@code LocalDate}, {@code OffsetDateTime},
 * {@code OffsetTime}, {@code Duration}, {@code URI}) and busgen's format checks ({@link Formats}) disagree: what a
 * generator mapping formats to Java types must narrow, normalise, or leave a {@code String}. The strings rejected by a
 * JDK type are every string of the JSON Schema Test Suite's {@code optional/format} files that busgen's check accepts
 * and that type does not (draft 2020-12, as vendored under {@code generator/src/test/resources}), and the cases a
 * seeded random search found.
 */
class FormatsAndJavaTypesTest {

    private static void acceptedByTheFormatRejectedByJava(String format, Function<String, ?> java, String... values) {
        for (String value : values) {
            assertThat(Formats.isValid(format, value)).as(format + " " + value).isTrue();
            assertThatThrownBy(() -> java.apply(value)).as(format + " " + value).isInstanceOf(RuntimeException.class);
        }
    }

    private static URI uri(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void offsetDateTimeHoldsNoLeapSecondNorMoreThanNanosecondsNorAnOffsetBeyondEighteenHours() {
        acceptedByTheFormatRejectedByJava("date-time", OffsetDateTime::parse, "1998-12-31T23:59:60Z",
                "1998-12-31T15:59:60.123-08:00", "1985-04-12T00:59:59.999999999999999Z", "2024-01-01T10:00:00+23:59");
        acceptedByTheFormatRejectedByJava("time", OffsetTime::parse, "23:59:60Z", "23:59:60+00:00", "01:29:60+01:30",
                "23:29:60+23:30", "15:59:60-08:00", "00:29:60-23:30", "08:30:06+23:00");
    }

    @Test
    void offsetDateTimeWritesAnotherTextThanItRead() {
        assertThat(OffsetDateTime.parse("2024-01-01T10:00:00+00:00")).hasToString("2024-01-01T10:00Z");
        assertThat(OffsetDateTime.parse("1963-06-19t08:30:06.5z")).hasToString("1963-06-19T08:30:06.500Z");
        assertThat(OffsetTime.parse("08:30:06.5Z")).hasToString("08:30:06.500Z");
    }

    @Test
    void durationHoldsNoYearsMonthsOrWeeksAndWritesDaysAsHours() {
        acceptedByTheFormatRejectedByJava("duration", Duration::parse, "P4Y", "P1M", "P2W", "P1Y2M3DT4H5M6S",
                "P1Y2M3D", "P1M2D", "P10Y10M10DT10H10M10S", "P1Y2M",
                "P999999999999999999999999999999999999999999999999999999999999999999999999999999D");
        assertThat(Duration.parse("P1DT2H")).hasToString("PT26H");
        assertThat(Duration.parse("P0D")).hasToString("PT0S");
    }

    @Test
    void localDateAgreesWithTheDateFormatOnTheSuitesCases() {
        for (String value : List.of("1963-06-19", "2020-01-31", "2021-02-28", "2020-02-29", "2020-03-31",
                "2020-04-30", "2020-12-31", "0000-01-01", "9999-12-31")) {
            assertThat(Formats.isValid("date", value)).isTrue();
            assertThat(LocalDate.parse(value)).hasToString(value);
        }
        for (String value : List.of("2021-02-29", "2020-04-31", "2020-13-01", "1963-6-19", "06/19/1963")) {
            assertThat(Formats.isValid("date", value)).isFalse();
        }
    }

    @Test
    void uuidAcceptsWhatTheFormatDoesNotAndWritesLowerCase() {
        assertThat(Formats.isValid("uuid", "1-2-3-4-5")).isFalse();
        assertThat(UUID.fromString("1-2-3-4-5")).hasToString("00000001-0002-0003-0004-000000000005");
        assertThat(UUID.fromString("2EB8AA08-AA98-11EA-B4AA-73B441D16380"))
                .hasToString("2eb8aa08-aa98-11ea-b4aa-73b441d16380");
    }

    @Test
    void javaNetUriRejectsUrisTheUriFormatAccepts() {
        acceptedByTheFormatRejectedByJava("uri", FormatsAndJavaTypesTest::uri, "a:", "a:#x", "http://",
                "x+y.z-w://", "http://[v1.fe]/", "http://[vF.x:y]/");
    }

    /**
     * Seeded random strings over the URI characters: every one the {@code uri} format accepts and {@code java.net.URI}
     * rejects is of a kind above (an empty path with nothing but a fragment, an empty authority, an IPvFuture host).
     */
    @Test
    void everyUriJavaRejectsIsOfAKnownKind() {
        Pattern known = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:(#.*)?|[A-Za-z][A-Za-z0-9+.-]*://|.*\\[v.*");
        Random random = new Random(20261203);
        String alphabet = "abcAZ09-._~!$&'()*+,;=:@/?#[]%";
        List<String> rejected = new ArrayList<>();
        List<String> unknownKind = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            StringBuilder value = new StringBuilder(List.of("http://", "a:", "x+y.z-w://", "http://[v").get(
                    random.nextInt(4)));
            for (int n = random.nextInt(14); n > 0; n--) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                value.append(c);
                if (c == '%' && random.nextInt(3) > 0) {
                    value.append("4f");
                }
            }
            String text = value.toString();
            if (Formats.isValid("uri", text)) {
                try {
                    new URI(text);
                } catch (URISyntaxException e) {
                    rejected.add(text);
                    if (!known.matcher(text).matches()) {
                        unknownKind.add(text);
                    }
                }
            }
        }
        assertThat(rejected).isNotEmpty();
        assertThat(unknownKind).isEmpty();
    }
}
