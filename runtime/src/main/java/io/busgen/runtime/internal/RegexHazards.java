package io.busgen.runtime.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the shapes that backtracking regex engines (java.util.regex, JavaScript's, most JSON Schema validators) can
 * take exponential time on: a repetition inside a repeated group where what follows it can match the same characters
 * ({@code (a+)+}, {@code (x+x+)+y}, {@code (\w+\s?)+}), and a repeated group whose alternatives can start with the
 * same character ({@code (a|aa)+}, {@code (\w|\d)+}). busgen runs such patterns in linear time, but a schema is read by
 * other tools too. The check is by first characters, so {@code ([a-z]+\.)+} (the dot separates the repetitions) is
 * not reported.
 */
final class RegexHazards {

    private final String source;
    private @Nullable String found;

    private RegexHazards(String source) {
        this.source = source;
    }

    /** The first hazard of a valid pattern, described with a fix. */
    static Optional<String> of(String source, RegexNode.Group tree) {
        RegexHazards hazards = new RegexHazards(source);
        hazards.walk(tree, CodePointSet.EMPTY, null);
        return Optional.ofNullable(hazards.found);
    }

    private void walk(RegexNode node, CodePointSet follow, RegexNode.@Nullable Repeat repeated) {
        if (found != null) {
            return;
        }
        if (node instanceof RegexNode.Group group) {
            for (List<RegexNode> alternative : group.alternatives()) {
                sequence(alternative, group.kind().isLookaround() ? CodePointSet.EMPTY : follow, repeated);
            }
        } else if (node instanceof RegexNode.Repeat repeat) {
            boolean repeats = !repeat.bounded() || repeat.max() > 1;
            if (!repeats) {
                walk(repeat.node(), follow, repeated);
                return;
            }
            if (repeated != null && repeat.min() != repeat.max() && first(repeat.node()).intersects(follow)) {
                found = "the pattern " + EcmaRegex.quote(source) + " nests the quantifier " + quote(repeat)
                        + " in the repeated " + quote(repeated) + " with nothing to tell the repetitions apart,"
                        + " which backtracking regex engines can take exponential time on; rewrite it without nested"
                        + " quantifiers (e.g. (a+)+ as a+) or bound the repetition (e.g. {1,64})";
                return;
            }
            if (repeat.node() instanceof RegexNode.Group group && !group.kind().isLookaround()) {
                overlap(repeat, group);
                if (found != null) {
                    return;
                }
            }
            walk(repeat.node(), first(repeat.node()).union(follow), repeat);
        }
    }

    private void sequence(List<RegexNode> nodes, CodePointSet follow, RegexNode.@Nullable Repeat repeated) {
        CodePointSet after = follow;
        for (int i = nodes.size() - 1; i >= 0; i--) {
            RegexNode node = nodes.get(i);
            walk(node, after, repeated);
            after = nullable(node) ? first(node).union(after) : first(node);
        }
    }

    private void overlap(RegexNode.Repeat repeat, RegexNode.Group group) {
        List<List<RegexNode>> alternatives = group.alternatives();
        for (int i = 0; i < alternatives.size(); i++) {
            for (int j = i + 1; j < alternatives.size(); j++) {
                if (first(alternatives.get(i)).intersects(first(alternatives.get(j)))) {
                    found = "the pattern " + EcmaRegex.quote(source) + " repeats " + quote(repeat)
                            + ", whose alternatives " + quote(alternatives.get(i)) + " and "
                            + quote(alternatives.get(j)) + " can start with the same character, which backtracking"
                            + " regex engines can take exponential time on; rewrite it so that the alternatives"
                            + " cannot start alike (e.g. (a|ab)+ as (ab?)+) or bound the repetition (e.g. {1,64})";
                    return;
                }
            }
        }
    }

    private String quote(RegexNode node) {
        return EcmaRegex.quote(source.substring(node.start(), node.end()));
    }

    private String quote(List<RegexNode> alternative) {
        return alternative.isEmpty() ? "\"\"" : EcmaRegex.quote(source.substring(alternative.get(0).start(),
                alternative.get(alternative.size() - 1).end()));
    }

    /** The code points a node's matches can start with. */
    private static CodePointSet first(RegexNode node) {
        if (node instanceof RegexNode.Chars chars) {
            return chars.set();
        }
        if (node instanceof RegexNode.BackReference) {
            return CodePointSet.ALL;
        }
        if (node instanceof RegexNode.Group group) {
            if (group.kind().isLookaround()) {
                return CodePointSet.EMPTY;
            }
            CodePointSet first = CodePointSet.EMPTY;
            for (List<RegexNode> alternative : group.alternatives()) {
                first = first.union(first(alternative));
            }
            return first;
        }
        if (node instanceof RegexNode.Repeat repeat) {
            return repeat.max() == 0 ? CodePointSet.EMPTY : first(repeat.node());
        }
        return CodePointSet.EMPTY; // an assertion
    }

    private static CodePointSet first(List<RegexNode> sequence) {
        CodePointSet first = CodePointSet.EMPTY;
        for (RegexNode node : sequence) {
            first = first.union(first(node));
            if (!nullable(node)) {
                break;
            }
        }
        return first;
    }

    /** Whether a node can match the empty string. */
    private static boolean nullable(RegexNode node) {
        if (node instanceof RegexNode.Chars) {
            return false;
        }
        if (node instanceof RegexNode.Group group) {
            if (group.kind().isLookaround()) {
                return true;
            }
            return group.alternatives().stream().anyMatch(a -> a.stream().allMatch(RegexHazards::nullable));
        }
        if (node instanceof RegexNode.Repeat repeat) {
            return repeat.min() == 0 || nullable(repeat.node());
        }
        return true; // assertions and backreferences
    }
}
