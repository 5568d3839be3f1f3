package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.busgen.runtime.ValidationOptions;
import io.busgen.runtime.internal.EcmaPattern.Outcome;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EcmaPatternTest {

    private static final long PLENTY = Long.MAX_VALUE;

    static Stream<Arguments> matches() {
        return EcmaRegexTest.matches();
    }

    /** Every case of the translation's own test gives the same answer through EcmaPattern, on either engine. */
    @ParameterizedTest(name = "/{0}/u on \"{1}\" finds: {2}")
    @MethodSource
    void matches(String pattern, String input, boolean expected) {
        EcmaPattern compiled = EcmaPattern.compile(pattern);
        assertThat(compiled.test(input, PLENTY)).as(compiled.backtrackingReason().orElse("linear"))
                .isEqualTo(expected ? Outcome.MATCH : Outcome.NO_MATCH);
    }

    static Stream<String> linear() {
        return Stream.of("", "abc", "^a.b$", "(x+x+)+y", "^(a+)+$", "^(a|aa)+$", "[a-z]+[0-9]", "\\s+$",
                "^\\p{Letter}+$", "\\bfoo\\B", "[^]", "[]", "^\\u{1F600}*$", "^\\uD83D\\uDE00$", "(?<name>a)b",
                "a{1000}", "(?:a{100}){100}", "^[\\s\\S]{0,1000}$", "\\p{Script=Greek}\\P{Lu}");
    }

    @ParameterizedTest
    @MethodSource
    void linear(String pattern) {
        assertThat(EcmaPattern.compile(pattern).backtrackingReason()).isEmpty();
    }

    static Stream<Arguments> backtracking() {
        return Stream.of(
                Arguments.of("(?=a)b", "it has a lookaround"),
                Arguments.of("(?<!a)b", "it has a lookaround"),
                Arguments.of("^(a)\\1$", "it has a backreference"),
                Arguments.of("a{1001}", "it repeats more than 1000 times"),
                Arguments.of("(?:a{1000}){21}",
                        "its repetition counts multiply to more than 20000 steps per character"),
                Arguments.of("^\\uD83D$", "it has a lone surrogate as a literal"),
                Arguments.of("[\\uDE00]", "it has a lone surrogate as a literal"));
    }

    @ParameterizedTest
    @MethodSource
    void backtracking(String pattern, String reason) {
        assertThat(EcmaPattern.compile(pattern).backtrackingReason()).contains(reason);
    }

    /** RE2/J's literal-prefix search must not find a lone surrogate inside a pair: such literals backtrack. */
    @Test
    void aLoneSurrogateNeverMatchesHalfOfAPair() {
        String grinning = new String(Character.toChars(0x1F600));
        assertThat(EcmaPattern.compile("\\uDE00").test(grinning, PLENTY)).isEqualTo(Outcome.NO_MATCH);
        assertThat(EcmaPattern.compile("\\uDE00").test("\uDE00", PLENTY)).isEqualTo(Outcome.MATCH);
        assertThat(EcmaPattern.compile("[\\uD800-\\uDFFF]").test(grinning, PLENTY)).isEqualTo(Outcome.NO_MATCH);
        assertThat(EcmaPattern.compile("[\\uD800-\\uDFFF]").test("a\uD83D", PLENTY)).isEqualTo(Outcome.MATCH);
    }

    /** Unicode properties on RE2/J are the JDK's sets, code point for code point (sampled). */
    @Test
    void propertiesAgreeWithJavaUtilRegex() {
        for (String property : new String[] {"\\p{L}", "\\p{Lowercase}", "\\P{Assigned}", "\\p{sc=Greek}",
                "\\p{White_Space}", "\\p{Nd}", "\\p{Cased_Letter}", "\\p{Alphabetic}", "\\s", "\\S", "."}) {
            String pattern = "^" + property + "$";
            EcmaPattern linear = EcmaPattern.compile(pattern);
            assertThat(linear.backtrackingReason()).isEmpty();
            java.util.regex.Pattern java = EcmaRegex.compile(pattern);
            for (int c = 0; c <= Character.MAX_CODE_POINT; c += c < 0x3000 ? 1 : 61) {
                String one = new String(Character.toChars(c));
                boolean expected = java.matcher(one).find();
                assertThat(linear.test(one, PLENTY)).as(pattern + " on U+%04X", c)
                        .isEqualTo(expected ? Outcome.MATCH : Outcome.NO_MATCH);
            }
        }
    }

    @Test
    void aBacktrackingCheckStopsWhenItsBudgetIsSpent() {
        EcmaPattern pattern = EcmaPattern.compile("^(?=a)(a+)+$");
        String hostile = "a".repeat(2000) + "!"; // quadratic on java.util.regex
        long before = EcmaPattern.budgetsSpent();
        assertThat(pattern.test(hostile, 100_000)).isEqualTo(Outcome.BUDGET_SPENT);
        assertThat(EcmaPattern.budgetsSpent()).isEqualTo(before + 1);
        assertThat(pattern.test("aaa", 100_000)).isEqualTo(Outcome.MATCH);
        assertThat(pattern.test("aa!", 100_000)).isEqualTo(Outcome.NO_MATCH);
    }

    @Test
    void aStackOverflowIsASpentBudget() {
        EcmaPattern pattern = EcmaPattern.compile("^(?=a)(a|aa)+$");
        assertThat(pattern.test("a".repeat(200_000), PLENTY)).isEqualTo(Outcome.BUDGET_SPENT);
    }

    @Test
    void aSpentBudgetIsReportedOnceToTheWholeValidation() {
        EcmaPattern pattern = EcmaPattern.compile("^(?=x)(x+x+)+y");
        Violations out = Violations.recording(ValidationOptions.DEFAULTS.withRegexStepsPerCharacter(10));
        String hostile = "x".repeat(3000);
        // from inside a discarding branch (anyOf, not, ...), twice: one violation on the recording collector
        assertThat(pattern.find(hostile, out.discarding(), "/name", "s.json#/pattern")).isTrue();
        assertThat(pattern.find(hostile, out, "/name", "s.json#/pattern")).isTrue();
        assertThat(out.list()).singleElement().satisfies(v -> {
            assertThat(v.keyword()).isEqualTo("pattern-budget");
            assertThat(v.instanceLocation()).isEqualTo("/name");
            assertThat(v.schemaLocation()).isEqualTo("s.json#/pattern");
            assertThat(v.message()).isEqualTo("could not be checked against the pattern \"^(?=x)(x+x+)+y\" within 10"
                    + " steps per character (the pattern needs backtracking: it has a lookaround); the string is"
                    + " rejected");
        });
    }

    @Test
    void theBudgetIsLinearInTheInput() {
        assertThat(ValidationOptions.DEFAULTS.regexStepBudget(0)).isEqualTo(100L * 1000);
        assertThat(ValidationOptions.DEFAULTS.withRegexStepsPerCharacter(3).regexStepBudget(Integer.MAX_VALUE))
                .isEqualTo(3L * (Integer.MAX_VALUE + 1000L));
        assertThatThrownBy(() -> ValidationOptions.DEFAULTS.withRegexStepsPerCharacter(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regexStepsPerCharacter");
    }

    /** Nesting deep enough to overflow a recursive compiler is refused with a message, never a stack overflow. */
    @Test
    void deepNestingIsAMessageNotAStackOverflow() {
        String shallow = "(".repeat(100) + "a" + ")".repeat(100);
        assertThat(EcmaRegex.problem(shallow)).isEmpty();
        assertThat(EcmaPattern.compile(shallow).test("xa", PLENTY)).isEqualTo(Outcome.MATCH);
        String deep = "(".repeat(20_000) + "a" + ")".repeat(20_000);
        assertThat(EcmaRegex.problem(deep)).contains("unsupported ECMA-262 pattern \"" + "(".repeat(40) + "...\": it"
                + " nests groups too deeply to compile; flatten it");
        assertThat(EcmaRegex.hazard(deep)).isEmpty();
    }

    @Test
    void refusesWhatEcmaRegexRefuses() {
        assertThatThrownBy(() -> EcmaPattern.compile("(a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid ECMA-262 regular expression \"(a\"");
        assertThatThrownBy(() -> EcmaPattern.compile("\\p{Emoji}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unsupported ECMA-262");
    }
}
