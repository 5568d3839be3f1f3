package io.busgen.generator.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean": the known word nearest to a misspelt one. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate nearest to {@code word}, when it is near enough to be a likely typo: at most one edit for short
     * words and up to three for long ones (a swap of neighbouring letters counts as one edit), or a word it begins
     * (an abbreviation of three letters or more); case is ignored.
     */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() >= 3) {
            Optional<String> completion = candidates.stream()
                    .filter(known -> known.toLowerCase(Locale.ROOT).startsWith(lower))
                    .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                    .findFirst();
            if (completion.isPresent()) {
                return completion;
            }
        }
        return candidates.stream()
                .map(known -> Map.entry(known, distance(lower, known.toLowerCase(Locale.ROOT))))
                .filter(entry -> entry.getValue() <= Math.max(1, Math.min(3, entry.getKey().length() / 3)))
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
