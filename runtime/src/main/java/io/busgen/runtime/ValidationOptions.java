package io.busgen.runtime;

/**
 * What a validation asserts and how much work it may do, so that hostile input gets an answer in bounded time.
 *
 * @param assertFormats whether {@code format} keywords are assertions (they are annotations by default); the
 *     formats asserted are listed in {@code docs/validators.md}
 * @param regexStepsPerCharacter the step budget of a {@code pattern} or {@code patternProperties} check that cannot
 *     run on the linear-time engine (one with a lookaround or a backreference; see {@code docs/runtime.md}): such a
 *     check of a string of {@code n} characters may read a character {@code regexStepsPerCharacter × (n + }{@value
 *     #BUDGET_BASE_CHARACTERS}{@code )} times. When the budget is spent, the string is rejected with a violation of
 *     its own, keyword {@value Validator#BUDGET_KEYWORD}. Checks on the linear-time engine need no budget.
 */
public record ValidationOptions(boolean assertFormats, int regexStepsPerCharacter) {

    /** The characters every budget counts on top of the string's own, so that short strings get some room. */
    public static final int BUDGET_BASE_CHARACTERS = 1000;

    /**
     * Formats are annotations; 100 regex steps per character, which is what a lookaround or backreference pattern
     * that does not backtrack badly needs many times over (see {@code docs/benchmarks.md} for what a spent budget
     * costs).
     */
    public static final ValidationOptions DEFAULTS = new ValidationOptions(false, 100);

    /**
     * Options, checked.
     *
     * @param assertFormats whether {@code format} keywords are assertions
     * @param regexStepsPerCharacter the step budget of a backtracking pattern check, per character
     * @throws IllegalArgumentException when the budget is below 1
     */
    public ValidationOptions {
        if (regexStepsPerCharacter < 1) {
            throw new IllegalArgumentException("regexStepsPerCharacter must be at least 1, not "
                    + regexStepsPerCharacter);
        }
    }

    /**
     * These options, asserting formats or not.
     *
     * @param formats whether {@code format} keywords are assertions
     * @return the options: these very ones when they already say so
     */
    public ValidationOptions withAssertFormats(boolean formats) {
        return formats == assertFormats ? this : new ValidationOptions(formats, regexStepsPerCharacter);
    }

    /**
     * These options, with another regex step budget.
     *
     * @param steps the budget per character, at least 1
     * @return the new options
     */
    public ValidationOptions withRegexStepsPerCharacter(int steps) {
        return new ValidationOptions(assertFormats, steps);
    }

    /**
     * The steps a backtracking pattern check may take on a string of {@code length} characters.
     *
     * @param length the string's length
     * @return {@code regexStepsPerCharacter × (length + }{@value #BUDGET_BASE_CHARACTERS}{@code )}
     */
    public long regexStepBudget(int length) {
        return (long) regexStepsPerCharacter * ((long) length + BUDGET_BASE_CHARACTERS);
    }
}
