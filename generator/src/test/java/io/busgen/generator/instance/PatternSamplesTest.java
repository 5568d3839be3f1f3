package io.busgen.generator.instance;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.runtime.internal.EcmaRegex;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Strings made from patterns: readable, matching, fitted to length bounds, and none where a construct is not read. */
class PatternSamplesTest {

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "^[A-Z]{2}-[0-9]{4}$ => AB-1234",
        "^[a-z]+$ => abc",
        "^\\d{3}$ => 123",
        "^(tea|coffee)-[0-9]{2,3}$ => tea-123",
        "^v?[0-9]+(\\.[0-9]+){2}$ => v123.123.123",
        "^[^\\s@]+@[^\\s@]+\\.[a-z]{2,}$ => abc@abc.abc",
        "^(?:[a-f0-9]{2}:){2}[a-f0-9]{2}$ => ab:ab:ab",
        "^(?<year>\\d{4})-\\d{2}$ => 1234-12",
        "^\\u0041\\x42\\u{43}$ => ABC",
        "^[\\w-]+$ => abc",
        "^[^a-z]+$ => ABC",
        "order\\.placed => order.placed",
        "^.{2,4}$ => abc",
        "^[+-]?[0-9]*$ => -123",
    })
    void theFirstCandidateIsReadableAndMatches(String pattern, String expected) {
        List<String> candidates = PatternSamples.of(pattern, 0, null);

        assertThat(candidates).isNotEmpty();
        assertThat(candidates.get(0)).isEqualTo(expected);
        assertThat(EcmaRegex.compile(pattern).matcher(candidates.get(0)).find()).as(pattern).isTrue();
    }

    @Test
    void aMinimumLengthIsReachedByRepeatingWhatMayRepeat() {
        List<String> candidates = PatternSamples.of("^T[0-9]+$", 6, null);

        assertThat(candidates).contains("T123", "T12345");
    }

    @Test
    void aMaximumLengthIsMetByTheFewestRepeats() {
        assertThat(PatternSamples.of("^[a-z]+-[0-9]*$", 0, 2)).contains("abc-123", "a-");
    }

    @Test
    void otherAlternativesAndOtherCharactersFollowTheFirstCandidate() {
        List<String> candidates = PatternSamples.of("^(red|green)-[a-z]{2}$", 0, null);

        assertThat(candidates).startsWith("red-ab").contains("green-ab", "red-bc");
        assertThat(candidates).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"^(?=.*[0-9])[a-z0-9]{8}$", "^(?!admin)", "(a)\\1", "\\bword\\b", "^\\p{Lu}+$",
        "(?<=a)b", "\\k<x>(?<x>a)"})
    void aConstructThatIsNotReadGivesNoCandidate(String pattern) {
        assertThat(PatternSamples.of(pattern, 0, null)).isEmpty();
    }

    @Test
    void hugeOrDeepPatternsGiveNoCandidateRatherThanFailing() {
        assertThat(PatternSamples.of("^a{100000}$", 0, null)).isEmpty();
        assertThat(PatternSamples.of("(".repeat(10_000) + "a" + ")".repeat(10_000), 0, null)).isEmpty();
        assertThat(PatternSamples.of("((a{1000}){1000}){1000}", 0, null)).isEmpty();
        assertThat(PatternSamples.of("[", 0, null)).isEmpty();
        assertThat(PatternSamples.of("a{2,x}", 0, null)).isEmpty();
        assertThat(PatternSamples.of("\\", 0, null)).isEmpty();
    }
}
