package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegexHazardsTest {

    private static final String NESTED = " with nothing to tell the repetitions apart, which backtracking regex engines"
            + " can take exponential time on; rewrite it without nested quantifiers (e.g. (a+)+ as a+) or bound the"
            + " repetition (e.g. {1,64})";
    private static final String ALIKE = " can start with the same character, which backtracking regex engines can take"
            + " exponential time on; rewrite it so that the alternatives cannot start alike (e.g. (a|ab)+ as (ab?)+)"
            + " or bound the repetition (e.g. {1,64})";

    static Stream<Arguments> hazards() {
        return Stream.of(
                Arguments.of("^(a+)+$", "the pattern \"^(a+)+$\" nests the quantifier \"a+\" in the repeated \"(a+)+\""
                        + NESTED),
                Arguments.of("(x+x+)+y", "the pattern \"(x+x+)+y\" nests the quantifier \"x+\" in the repeated"
                        + " \"(x+x+)+\"" + NESTED),
                Arguments.of("^(\\w+\\s?)*$", "the pattern \"^(\\w+\\s?)*$\" nests the quantifier \"\\w+\" in the"
                        + " repeated \"(\\w+\\s?)*\"" + NESTED),
                Arguments.of("(?:a*)*b", "the pattern \"(?:a*)*b\" nests the quantifier \"a*\" in the repeated"
                        + " \"(?:a*)*\"" + NESTED),
                Arguments.of("^(a|aa)+$", "the pattern \"^(a|aa)+$\" repeats \"(a|aa)+\", whose alternatives \"a\" and"
                        + " \"aa\"" + ALIKE),
                Arguments.of("(\\w|\\d)+", "the pattern \"(\\w|\\d)+\" repeats \"(\\w|\\d)+\", whose alternatives"
                        + " \"\\w\" and \"\\d\"" + ALIKE),
                Arguments.of("(?:x|y|\\p{L}z){2,5}", "the pattern \"(?:x|y|\\p{L}z){2,5}\" repeats"
                        + " \"(?:x|y|\\p{L}z){2,5}\", whose alternatives \"x\" and \"\\p{L}z\"" + ALIKE));
    }

    @ParameterizedTest
    @MethodSource
    void hazards(String pattern, String message) {
        assertThat(EcmaRegex.hazard(pattern)).contains(message);
    }

    static Stream<String> safe() {
        return Stream.of("^[a-z]+$", "a+a+", "\\s+$", "[a-z]+[0-9]", "^([a-z0-9]+\\.)+[a-z]{2,}$", "(a{2})+",
                "(a|b)+", "(?:ab|cd)*", "(a+)?", "(?:a+b)+", "(?:a|b)?c", "", "(?=a+)b");
    }

    @ParameterizedTest
    @MethodSource
    void safe(String pattern) {
        assertThat(EcmaRegex.hazard(pattern)).isEmpty();
    }

    @Test
    void anInvalidPatternHasNoHazard() {
        assertThat(EcmaRegex.hazard("(a+")).isEmpty();
        assertThat(EcmaRegex.hazard("\\p{Emoji}(a+)+")).isEmpty();
    }
}
