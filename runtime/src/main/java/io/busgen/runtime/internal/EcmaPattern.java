package io.busgen.runtime.internal;

import com.google.re2j.PatternSyntaxException;
import io.busgen.runtime.ValidationOptions;
import io.busgen.runtime.Validator;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A compiled ECMA-262 pattern (JSON Schema's {@code pattern} and {@code patternProperties}) whose check never hangs:
 * what generated validators call.
 *
 * <p>A pattern runs on RE2/J, in time linear in its input, whenever RE2/J can express it exactly (see
 * {@link Re2Writer}); that is every pattern without a lookaround or a backreference, short of huge repetition counts.
 * The others run on the java.util.regex translation of {@link EcmaRegex} with a step budget: every character read
 * counts, and a check that would read more than {@link ValidationOptions#regexStepBudget} characters (or recurse
 * deeper than the thread's stack allows) stops with {@link Outcome#BUDGET_SPENT}. Both engines give the ECMA-262
 * meaning the class Javadoc of {@link EcmaRegex} describes.
 */
public final class EcmaPattern {

    /** The keyword of the violation reported when a check spends its budget. */
    public static final String BUDGET_KEYWORD = Validator.BUDGET_KEYWORD;

    /** How a check ended. */
    public enum Outcome {
        /** The pattern matches somewhere in the input. */
        MATCH,
        /** The pattern matches nowhere in the input. */
        NO_MATCH,
        /** The backtracking engine spent its step budget before it could tell. */
        BUDGET_SPENT
    }

    private static final LongAdder BUDGETS_SPENT = new LongAdder();

    private final String source;
    private final com.google.re2j.@Nullable Pattern linear;
    private final @Nullable Pattern backtracking;
    private final @Nullable String backtrackingReason;

    private EcmaPattern(String source, com.google.re2j.@Nullable Pattern linear, @Nullable Pattern backtracking,
            @Nullable String backtrackingReason) {
        this.source = source;
        this.linear = linear;
        this.backtracking = backtracking;
        this.backtrackingReason = backtrackingReason;
    }

    /**
     * Compiles an ECMA-262 pattern.
     *
     * @param ecmaPattern the pattern, as a schema's {@code pattern} holds it
     * @return the compiled pattern, on RE2/J when it can run there
     * @throws IllegalArgumentException naming the construct when the pattern is invalid or cannot be translated (the
     *     same as {@link EcmaRegex#compile})
     */
    public static EcmaPattern compile(String ecmaPattern) {
        EcmaRegex.Parsed parsed = EcmaRegex.parse(ecmaPattern);
        Pattern java = EcmaRegex.compileJava(ecmaPattern, parsed.java());
        try {
            Re2Writer.Result re2 = Re2Writer.write(parsed.tree());
            if (re2.re2() == null) {
                return new EcmaPattern(ecmaPattern, null, java, re2.reason());
            }
            return new EcmaPattern(ecmaPattern, com.google.re2j.Pattern.compile(re2.re2()), null, null);
        } catch (PatternSyntaxException e) {
            return new EcmaPattern(ecmaPattern, null, java, "RE2/J refuses its translation: " + e.getMessage());
        } catch (StackOverflowError e) {
            return new EcmaPattern(ecmaPattern, null, java, "it nests groups too deeply for RE2/J");
        }
    }

    /**
     * The ECMA-262 source.
     *
     * @return the pattern as compiled
     */
    public String pattern() {
        return source;
    }

    /**
     * Why the pattern runs on the budgeted backtracking engine.
     *
     * @return the reason (a lookaround, a backreference, ...); empty when it runs in linear time
     */
    public Optional<String> backtrackingReason() {
        return Optional.ofNullable(backtrackingReason);
    }

    /**
     * How many checks, in this JVM, have spent their budget (a figure to monitor: each is a rejected string).
     *
     * @return the count since the JVM started
     */
    public static long budgetsSpent() {
        return BUDGETS_SPENT.sum();
    }

    /**
     * Whether the pattern matches somewhere in {@code input} (ECMA-262 {@code RegExp.prototype.test}), reading at most
     * {@code stepBudget} characters on the backtracking engine.
     *
     * @param input the string to search
     * @param stepBudget the most characters the backtracking engine may read; the linear engine needs none
     * @return how the check ended
     */
    public Outcome test(CharSequence input, long stepBudget) {
        if (linear != null) {
            return linear.matcher(input).find() ? Outcome.MATCH : Outcome.NO_MATCH;
        }
        Budgeted counted = new Budgeted(input, stepBudget);
        try {
            return java().matcher(counted).find() ? Outcome.MATCH : Outcome.NO_MATCH;
        } catch (BudgetSpent | StackOverflowError e) {
            BUDGETS_SPENT.increment();
            return Outcome.BUDGET_SPENT;
        }
    }

    /**
     * The check generated validators call: whether the pattern matches somewhere in {@code input}, with the budget of
     * {@code out}'s options. When the budget is spent, the violation {@value #BUDGET_KEYWORD} is reported at {@code
     * instanceLocation} on the validation as a whole (even from inside {@code anyOf} or {@code not}, so the instance is
     * invalid whatever the schema's logic), and the check counts as a match, so that no other violation follows from
     * it.
     *
     * @param input the string to search
     * @param out the validation's violations, and its options
     * @param instanceLocation the string's pointer
     * @param schemaLocation the location of the {@code pattern} keyword
     * @return false only when the pattern does not match
     */
    public boolean find(String input, Violations out, String instanceLocation, String schemaLocation) {
        Outcome outcome = test(input, out.options().regexStepBudget(input.length()));
        if (outcome == Outcome.BUDGET_SPENT) {
            reportBudgetSpent(out, instanceLocation, schemaLocation);
        }
        return outcome != Outcome.NO_MATCH;
    }

    /** Reports a spent budget ({@value #BUDGET_KEYWORD}) to the validation as a whole. */
    void reportBudgetSpent(Violations out, String instanceLocation, String schemaLocation) {
        out.budgetSpent(instanceLocation, schemaLocation, "could not be checked against the pattern "
                + EcmaRegex.quote(source) + " within " + out.options().regexStepsPerCharacter()
                + " steps per character (the pattern needs backtracking: " + backtrackingReason
                + "); the string is rejected");
    }

    private Pattern java() {
        if (backtracking == null) {
            throw new IllegalStateException("no backtracking pattern");
        }
        return backtracking;
    }

    @Override
    public String toString() {
        return source;
    }

    /** Thrown by {@link Budgeted} when the budget is spent; no stack trace, it is caught at once. */
    private static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent() {
            super("regex step budget spent", null, false, false);
        }
    }

    /** The input as java.util.regex reads it, one counted {@code charAt} at a time. */
    private static final class Budgeted implements CharSequence {
        private final CharSequence text;
        private long left;

        Budgeted(CharSequence text, long budget) {
            this.text = text;
            this.left = budget;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new BudgetSpent();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
