package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.runtime.internal.EcmaPattern.Outcome;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing of the two engines: random ECMA-262 patterns (from a grammar of the constructs RE2/J runs)
 * against random short strings, where the linear-time engine must give java.util.regex's answer on the translation.
 * Seeded; replay a failure with {@code -Dbusgen.regexFuzz.seed=N} (and {@code -Dbusgen.regexFuzz.patterns=N}).
 */
class EcmaPatternFuzzTest {

    private static final long SEED = Long.getLong("busgen.regexFuzz.seed", 20_260_301L);
    private static final int PATTERNS = Integer.getInteger("busgen.regexFuzz.patterns", 3000);
    private static final int INPUTS = 25;
    private static final String[] CHARACTERS = {"a", "b", "x", "0", "9", " ", "_", "-", "\n", "\u00E9", "\u00A0",
        "\u2028", "\u03A9", new String(Character.toChars(0x1F600)), "\uD83D", "\uDE00", "A"};
    private static final String[] ATOMS = {"a", "b", "x", "0", " ", "\u00E9", "\\u{1F600}", ".", "\\d", "\\D", "\\w",
        "\\W", "\\s", "\\S", "[ab]", "[^a]", "[a-x]", "[\\d_]", "[^\\s]", "[^]", "[\\u{1F600}-\\u{1F601}]",
        "\\p{L}", "\\P{Lu}", "\\p{Nd}", "\\n", "\\u2028", "[\\w-]", "\\/"};
    private static final String[] ASSERTIONS = {"^", "$", "\\b", "\\B"};
    private static final String[] QUANTIFIERS = {"*", "+", "?", "{0,2}", "{1,}", "{2}", "*?", "+?", "{1,3}"};

    @Test
    void theLinearEngineAgreesWithJavaUtilRegex() {
        Random random = new Random(SEED);
        int linear = 0;
        for (int p = 0; p < PATTERNS; p++) {
            String pattern = sequence(random, 3);
            EcmaPattern compiled = EcmaPattern.compile(pattern);
            if (compiled.backtrackingReason().isPresent()) {
                continue;
            }
            linear++;
            java.util.regex.Pattern java = EcmaRegex.compile(pattern);
            for (int i = 0; i < INPUTS; i++) {
                StringBuilder input = new StringBuilder();
                int length = random.nextInt(10);
                for (int c = 0; c < length; c++) {
                    input.append(CHARACTERS[random.nextInt(CHARACTERS.length)]);
                }
                boolean expected = java.matcher(input).find();
                assertThat(compiled.test(input, Long.MAX_VALUE))
                        .as("/%s/u on \"%s\" (seed %d, pattern %d)", pattern, escape(input), SEED, p)
                        .isEqualTo(expected ? Outcome.MATCH : Outcome.NO_MATCH);
            }
        }
        assertThat(linear).as("patterns on the linear-time engine").isGreaterThan(PATTERNS * 9 / 10);
    }

    private static String sequence(Random random, int depth) {
        StringBuilder out = new StringBuilder();
        int terms = random.nextInt(4);
        for (int t = 0; t < terms; t++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                out.append(ASSERTIONS[random.nextInt(ASSERTIONS.length)]);
                continue;
            }
            if (kind == 1 && depth > 0) {
                out.append(random.nextBoolean() ? "(" : "(?:").append(sequence(random, depth - 1));
                while (random.nextInt(3) == 0) {
                    out.append('|').append(sequence(random, depth - 1));
                }
                out.append(')');
            } else {
                out.append(ATOMS[random.nextInt(ATOMS.length)]);
            }
            if (random.nextInt(3) == 0) {
                out.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
            }
        }
        if (depth == 3 && random.nextInt(4) == 0) {
            out.append('|').append(sequence(random, 2));
        }
        return out.toString();
    }

    private static String escape(CharSequence input) {
        StringBuilder out = new StringBuilder();
        input.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u{%X}", c)
                : String.valueOf((char) c)));
        return out.toString();
    }
}
