package io.busgen.runtime.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable set of Unicode code points (U+0000 to U+10FFFF, surrogates included), as sorted disjoint ranges: what
 * one ECMA-262 character, class or class escape matches.
 */
final class CodePointSet {

    static final int MAX = Character.MAX_CODE_POINT;
    static final CodePointSet EMPTY = new CodePointSet(new int[0]);
    static final CodePointSet ALL = new CodePointSet(new int[] {0, MAX});

    /** Sets of java.util.regex class contents, worked out once per JVM. */
    private static final Map<String, CodePointSet> OF_JAVA_CLASS = new ConcurrentHashMap<>();

    /** {@code [lo0, hi0, lo1, hi1, ...]}, inclusive, sorted, disjoint and not adjacent. */
    private final int[] ranges;

    private CodePointSet(int[] ranges) {
        this.ranges = ranges;
    }

    static CodePointSet of(int codePoint) {
        return range(codePoint, codePoint);
    }

    static CodePointSet range(int from, int to) {
        return new CodePointSet(new int[] {from, to});
    }

    /** The set of {@code lo, hi} pairs, in any order, overlapping or not. */
    static CodePointSet ofRanges(int... pairs) {
        CodePointSet set = EMPTY;
        for (int i = 0; i < pairs.length; i += 2) {
            set = set.union(range(pairs[i], pairs[i + 1]));
        }
        return set;
    }

    /**
     * The code points a java.util.regex class {@code [contents]} matches, found by asking java.util.regex about every
     * code point (so the set is exactly the running JDK's); cached, as it takes some tens of milliseconds.
     */
    static CodePointSet ofJavaClass(String contents) {
        return OF_JAVA_CLASS.computeIfAbsent(contents, CodePointSet::scan);
    }

    private static CodePointSet scan(String contents) {
        Matcher matcher = Pattern.compile("[" + contents + "]").matcher("");
        StringBuilder one = new StringBuilder(2);
        int[] found = new int[16];
        int size = 0;
        int start = -1;
        for (int c = 0; c <= MAX + 1; c++) {
            boolean in = false;
            if (c <= MAX) {
                one.setLength(0);
                one.appendCodePoint(c);
                in = matcher.reset(one).matches();
            }
            if (in && start < 0) {
                start = c;
            } else if (!in && start >= 0) {
                if (size + 2 > found.length) {
                    found = Arrays.copyOf(found, found.length * 2);
                }
                found[size++] = start;
                found[size++] = c - 1;
                start = -1;
            }
        }
        return new CodePointSet(Arrays.copyOf(found, size));
    }

    boolean isEmpty() {
        return ranges.length == 0;
    }

    /** Whether the set is one code point. */
    boolean isSingle() {
        return ranges.length == 2 && ranges[0] == ranges[1];
    }

    /** The lowest code point; the set must not be empty. */
    int first() {
        return ranges[0];
    }

    boolean contains(int codePoint) {
        int i = Arrays.binarySearch(ranges, codePoint);
        return i >= 0 || (-i - 1) % 2 == 1;
    }

    CodePointSet union(CodePointSet other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        int[] all = new int[ranges.length + other.ranges.length];
        long[] keyed = new long[all.length / 2];
        int n = 0;
        for (int[] source : new int[][] {ranges, other.ranges}) {
            for (int i = 0; i < source.length; i += 2) {
                keyed[n++] = ((long) source[i] << 32) | source[i + 1];
            }
        }
        Arrays.sort(keyed);
        int size = 0;
        for (long key : keyed) {
            int lo = (int) (key >>> 32);
            int hi = (int) key;
            if (size > 0 && lo <= all[size - 1] + 1) {
                all[size - 1] = Math.max(all[size - 1], hi);
            } else {
                all[size++] = lo;
                all[size++] = hi;
            }
        }
        return new CodePointSet(Arrays.copyOf(all, size));
    }

    /** Every code point not in this set. */
    CodePointSet complement() {
        int[] out = new int[ranges.length + 2];
        int size = 0;
        int next = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            if (ranges[i] > next) {
                out[size++] = next;
                out[size++] = ranges[i] - 1;
            }
            next = ranges[i + 1] + 1;
        }
        if (next <= MAX) {
            out[size++] = next;
            out[size++] = MAX;
        }
        return new CodePointSet(Arrays.copyOf(out, size));
    }

    boolean intersects(CodePointSet other) {
        int i = 0;
        int j = 0;
        while (i < ranges.length && j < other.ranges.length) {
            if (ranges[i + 1] < other.ranges[j]) {
                i += 2;
            } else if (other.ranges[j + 1] < ranges[i]) {
                j += 2;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Whether any code point of the set is a surrogate (U+D800 to U+DFFF). */
    boolean hasSurrogate() {
        return intersects(range(Character.MIN_SURROGATE, Character.MAX_SURROGATE));
    }

    /** The set as an RE2 class of explicit ranges, such as {@code [\x{30}-\x{39}\x{5F}]}. */
    String toRe2() {
        if (isEmpty()) {
            return "[^\\x{0}-\\x{10FFFF}]";
        }
        StringBuilder out = new StringBuilder(ranges.length * 8 + 2).append('[');
        for (int i = 0; i < ranges.length; i += 2) {
            out.append(hex(ranges[i]));
            if (ranges[i + 1] != ranges[i]) {
                out.append('-').append(hex(ranges[i + 1]));
            }
        }
        return out.append(']').toString();
    }

    private static String hex(int c) {
        return "\\x{" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + "}";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodePointSet set && Arrays.equals(ranges, set.ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ranges);
    }

    @Override
    public String toString() {
        return toRe2();
    }
}
