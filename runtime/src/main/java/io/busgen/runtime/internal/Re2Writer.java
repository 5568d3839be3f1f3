package io.busgen.runtime.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes an ECMA-262 syntax tree as an RE2/J pattern with the same matches, when RE2/J can express it: RE2/J runs in
 * time linear in its input, whatever the pattern.
 *
 * <p>Every character set is written as explicit code point ranges (worked out from the same java.util.regex classes
 * the backtracking translation uses, so both engines agree on {@code \s}, {@code \p{..}} and the rest), every group
 * as {@code (?:..)}, {@code ^} as {@code \A}, {@code $} as {@code \z}; {@code \b} and {@code \B} are RE2's ASCII word
 * boundaries, as in ECMA-262. RE2/J reads its input by code points, as the {@code u} flag does.
 *
 * <p>What RE2/J cannot express, and so runs on java.util.regex with a step budget: lookarounds and backreferences
 * (they need backtracking), repetition counts above {@value #LARGEST_COUNT} (RE2's limit), patterns whose compiled
 * program would exceed {@value #LARGEST_PROGRAM} instructions (counts multiply), and a lone surrogate written as a
 * literal (RE2/J's literal-prefix search would find it inside a surrogate pair).
 */
final class Re2Writer {

    /** RE2's largest repetition count. */
    static final int LARGEST_COUNT = 1000;
    /** The largest program written, counting each character set, assertion and group once per copy. */
    static final long LARGEST_PROGRAM = 20_000;

    /** The RE2 text, or why there is none. */
    record Result(@Nullable String re2, @Nullable String reason) {}

    private final StringBuilder out = new StringBuilder();
    private @Nullable String reason;

    private Re2Writer() {}

    static Result write(RegexNode.Group tree) {
        Re2Writer writer = new Re2Writer();
        long size = writer.node(tree);
        if (writer.reason == null && size > LARGEST_PROGRAM) {
            writer.reason = "its repetition counts multiply to more than " + LARGEST_PROGRAM + " steps per character";
        }
        return writer.reason == null ? new Result(writer.out.toString(), null) : new Result(null, writer.reason);
    }

    /** Writes a node; its size (program instructions, roughly). */
    private long node(RegexNode node) {
        if (reason != null) {
            return 0;
        }
        if (node instanceof RegexNode.Chars chars) {
            if (chars.set().isSingle() && chars.set().hasSurrogate()) {
                reason = "it has a lone surrogate as a literal";
                return 0;
            }
            out.append(chars.set().toRe2());
            return 1;
        }
        if (node instanceof RegexNode.Assertion assertion) {
            out.append(switch (assertion.kind()) {
                case BEGIN -> "\\A";
                case END -> "\\z";
                case WORD_BOUNDARY -> "\\b";
                case NOT_WORD_BOUNDARY -> "\\B";
            });
            return 1;
        }
        if (node instanceof RegexNode.BackReference) {
            reason = "it has a backreference";
            return 0;
        }
        if (node instanceof RegexNode.Group group) {
            return group(group);
        }
        return repeat((RegexNode.Repeat) node);
    }

    private long group(RegexNode.Group group) {
        if (group.kind().isLookaround()) {
            reason = "it has a lookaround";
            return 0;
        }
        long size = 1;
        out.append("(?:");
        List<List<RegexNode>> alternatives = group.alternatives();
        for (int i = 0; i < alternatives.size(); i++) {
            if (i > 0) {
                out.append('|');
            }
            for (RegexNode node : alternatives.get(i)) {
                size += node(node);
            }
        }
        out.append(')');
        return size + alternatives.size();
    }

    private long repeat(RegexNode.Repeat repeat) {
        if (repeat.min() > LARGEST_COUNT || repeat.max() > LARGEST_COUNT) {
            reason = "it repeats more than " + LARGEST_COUNT + " times";
            return 0;
        }
        long size = Math.min(node(repeat.node()), LARGEST_PROGRAM + 1); // no overflow below
        long min = repeat.min();
        long max = repeat.max();
        if (!repeat.bounded()) {
            out.append(min == 0 ? "*" : min == 1 ? "+" : "{" + min + ",}");
        } else {
            out.append('{').append(min).append(',').append(max).append('}');
        }
        long copies = repeat.bounded() ? Math.max(max, 1) : min + 1;
        return size * copies + 1;
    }
}
