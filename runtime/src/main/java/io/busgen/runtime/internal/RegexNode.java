package io.busgen.runtime.internal;

import java.util.List;

/**
 * The syntax tree of a valid ECMA-262 pattern, as {@link EcmaRegex} reads it: what the linear-time engine is written
 * from ({@link Re2Writer}) and what the hazard check reads ({@link RegexHazards}). Each node knows where it is in the
 * pattern ({@code start} to {@code end}, char indices), so that messages can quote it.
 */
sealed interface RegexNode {

    int start();

    int end();

    /** One code point of a set: a literal, {@code .}, a class or a class escape. */
    record Chars(CodePointSet set, int start, int end) implements RegexNode {}

    /** {@code ^}, {@code $}, {@code \b} or {@code \B}. */
    record Assertion(AssertionKind kind, int start, int end) implements RegexNode {}

    /** A backreference, {@code \1} or {@code \k<name>}. */
    record BackReference(int start, int end) implements RegexNode {}

    /** A group or lookaround: alternatives, each a sequence of nodes. The root is a group too. */
    record Group(GroupKind kind, List<List<RegexNode>> alternatives, int start, int end) implements RegexNode {}

    /** A quantified node; {@code max} is {@link #UNBOUNDED} for no limit. */
    record Repeat(RegexNode node, long min, long max, int start, int end) implements RegexNode {

        static final long UNBOUNDED = -1;

        boolean bounded() {
            return max != UNBOUNDED;
        }
    }

    enum AssertionKind { BEGIN, END, WORD_BOUNDARY, NOT_WORD_BOUNDARY }

    enum GroupKind {
        ROOT, GROUP, CAPTURE, LOOKAHEAD, NEGATIVE_LOOKAHEAD, LOOKBEHIND, NEGATIVE_LOOKBEHIND;

        boolean isLookaround() {
            return this != ROOT && this != GROUP && this != CAPTURE;
        }
    }
}
