package io.busgen.generator.instance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Readable strings made to match an ECMA-262 pattern, for example values: {@code ^[A-Z]{2}-[0-9]{4}$} gives
 * {@code AB-1234}. A character class gives letters, then digits, then other printable characters from its own set,
 * in order ({@code [a-z]+} gives {@code abc}, {@code \d{3}} gives {@code 123}); a repeated character is repeated three
 * times where its quantifier allows; a repeated group appears as often as its quantifier requires; an alternation
 * takes its first alternative, and the others in later candidates.
 *
 * <p>It reads literals, escapes, classes, {@code .}, groups ({@code (..)}, {@code (?:..)}, {@code (?<name>..)}),
 * alternation, anchors and quantifiers; a pattern with a lookaround, a backreference, a Unicode property or a word
 * boundary gives no candidate. The strings are candidates only, deterministic for a pattern: the caller checks each
 * against the pattern and the rest of the schema, so a construct read too simply costs a candidate, never a wrong
 * value.
 */
final class PatternSamples {

    /** Longer candidates are not made: a pattern that needs more is left to the schema's examples. */
    static final int MAX_LENGTH = 4_096;
    private static final int MAX_NESTING = 64;
    private static final int PREFERRED_REPEATS = 3;
    private static final String READABLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890-_ .:/@";

    /** A piece of the pattern that makes text. */
    private sealed interface Node {}

    /** One character: the readable characters it may be, in the order they are used. */
    private record Chars(int[] choices) implements Node {}

    /** Alternatives, each a sequence. */
    private record Alternation(List<List<Node>> alternatives) implements Node {}

    /** A repeated node; {@code max} is -1 for no limit. */
    private record Repeat(Node node, int min, int max) implements Node {}

    /** Thrown while reading a construct that is not read here. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super(null, null, false, false);
        }
    }

    private final String source;
    private int pos;
    private int depth;

    private PatternSamples(String source) {
        this.source = source;
    }

    /**
     * Candidate strings for {@code pattern}, the most readable first, made to fit the length bounds where the pattern
     * allows; empty when the pattern has a construct that is not read here.
     */
    static List<String> of(String pattern, int minLength, @Nullable Integer maxLength) {
        Node root;
        try {
            PatternSamples reader = new PatternSamples(pattern);
            root = reader.alternation();
            if (reader.pos != pattern.length()) {
                return List.of();
            }
        } catch (Unreadable e) {
            return List.of();
        }
        Set<String> candidates = new LinkedHashSet<>();
        int alternatives = Math.max(1, widestAlternation(root, 0));
        for (int choice = 0; choice < Math.min(alternatives, 8); choice++) {
            Writer preferred = new Writer(choice, false, 0, 0);
            String text = preferred.write(root);
            if (text != null) {
                candidates.add(text);
                int length = text.codePointCount(0, text.length());
                if (length < minLength) {
                    String longer = new Writer(choice, false, minLength - length, 0).write(root);
                    if (longer != null) {
                        candidates.add(longer);
                    }
                }
            }
            String shortest = new Writer(choice, true, 0, 0).write(root);
            if (shortest != null) {
                candidates.add(shortest);
                int length = shortest.codePointCount(0, shortest.length());
                if (length < minLength && (maxLength == null || minLength <= maxLength)) {
                    String filled = new Writer(choice, true, minLength - length, 0).write(root);
                    if (filled != null) {
                        candidates.add(filled);
                    }
                }
            }
        }
        // Others of the first one's shape, for values that must differ (uniqueItems): each class's next characters.
        for (int offset = 1; offset <= 2; offset++) {
            String shifted = new Writer(0, false, 0, offset).write(root);
            if (shifted != null) {
                candidates.add(shifted);
            }
        }
        return List.copyOf(candidates);
    }

    private static int widestAlternation(Node node, int depth) {
        if (depth > MAX_NESTING) {
            return 1;
        }
        if (node instanceof Alternation alternation) {
            int widest = alternation.alternatives().size();
            for (List<Node> sequence : alternation.alternatives()) {
                for (Node each : sequence) {
                    widest = Math.max(widest, widestAlternation(each, depth + 1));
                }
            }
            return widest;
        }
        if (node instanceof Repeat repeat) {
            return widestAlternation(repeat.node(), depth + 1);
        }
        return 1;
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    /**
     * Writes one candidate: which alternative to take, whether to repeat as few times as allowed, how many more
     * repeats to spread, and which of a class's characters to start from.
     */
    private static final class Writer {
        private final int choice;
        private final boolean fewest;
        private int extra;
        private final int offset;
        private final StringBuilder out = new StringBuilder();

        Writer(int choice, boolean fewest, int extra, int offset) {
            this.choice = choice;
            this.fewest = fewest;
            this.extra = extra;
            this.offset = offset;
        }

        @Nullable String write(Node root) {
            return write(root, 0) ? out.toString() : null;
        }

        private boolean write(Node node, int depth) {
            if (depth > MAX_NESTING || out.length() > MAX_LENGTH) {
                return false;
            }
            if (node instanceof Chars chars) {
                out.appendCodePoint(chars.choices()[offset % chars.choices().length]);
                return true;
            }
            if (node instanceof Alternation alternation) {
                List<List<Node>> alternatives = alternation.alternatives();
                for (Node each : alternatives.get(choice < alternatives.size() ? choice : 0)) {
                    if (!write(each, depth + 1)) {
                        return false;
                    }
                }
                return true;
            }
            Repeat repeat = (Repeat) node;
            long count = repeat.min();
            if (!fewest) {
                long preferred = repeat.node() instanceof Chars ? PREFERRED_REPEATS : Math.max(repeat.min(), 0);
                count = Math.max(repeat.min(), repeat.max() < 0 ? preferred : Math.min(preferred, repeat.max()));
            }
            if (extra > 0) {
                long room = repeat.max() < 0 ? extra : Math.max(0, repeat.max() - count);
                long added = Math.min(room, extra);
                count += added;
                extra -= (int) added;
            }
            if (count > MAX_LENGTH) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (repeat.node() instanceof Chars chars) {
                    out.appendCodePoint(chars.choices()[(i + offset) % chars.choices().length]);
                } else if (!write(repeat.node(), depth + 1)) {
                    return false;
                }
                if (out.length() > MAX_LENGTH) {
                    return false;
                }
            }
            return true;
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    private Node alternation() throws Unreadable {
        if (++depth > MAX_NESTING) {
            throw new Unreadable();
        }
        List<List<Node>> alternatives = new ArrayList<>();
        List<Node> sequence = new ArrayList<>();
        alternatives.add(sequence);
        while (pos < source.length() && source.charAt(pos) != ')') {
            char c = source.charAt(pos);
            if (c == '|') {
                pos++;
                sequence = new ArrayList<>();
                alternatives.add(sequence);
                continue;
            }
            Node atom = atom();
            if (atom != null) {
                sequence.add(quantified(atom));
            }
        }
        depth--;
        return new Alternation(alternatives);
    }

    /** The next atom, or null for an anchor. */
    private @Nullable Node atom() throws Unreadable {
        int c = source.codePointAt(pos);
        pos += Character.charCount(c);
        switch (c) {
            case '^', '$' -> {
                return null;
            }
            case '.' -> {
                return chars(cp -> cp != '\n' && cp != '\r' && cp != 0x2028 && cp != 0x2029);
            }
            case '[' -> {
                return characterClass();
            }
            case '(' -> {
                if (source.startsWith("?:", pos)) {
                    pos += 2;
                } else if (source.startsWith("?<", pos) && !source.startsWith("?<=", pos)
                        && !source.startsWith("?<!", pos)) {
                    int close = source.indexOf('>', pos);
                    if (close < 0) {
                        throw new Unreadable();
                    }
                    pos = close + 1;
                } else if (source.startsWith("?", pos)) {
                    throw new Unreadable(); // a lookaround
                }
                Node group = alternation();
                if (pos >= source.length() || source.charAt(pos) != ')') {
                    throw new Unreadable();
                }
                pos++;
                return group;
            }
            case '\\' -> {
                return escape(false).chars();
            }
            case '*', '+', '?', ')', '|' -> throw new Unreadable();
            default -> {
                return new Chars(new int[] {c});
            }
        }
    }

    private Node quantified(Node atom) throws Unreadable {
        if (pos >= source.length()) {
            return atom;
        }
        char c = source.charAt(pos);
        Node repeated;
        switch (c) {
            case '*' -> repeated = new Repeat(atom, 0, -1);
            case '+' -> repeated = new Repeat(atom, 1, -1);
            case '?' -> repeated = new Repeat(atom, 0, 1);
            case '{' -> {
                int close = source.indexOf('}', pos);
                if (close < 0) {
                    throw new Unreadable();
                }
                String bounds = source.substring(pos + 1, close);
                int comma = bounds.indexOf(',');
                try {
                    int min = Integer.parseInt(comma < 0 ? bounds : bounds.substring(0, comma));
                    int max = comma < 0 ? min : comma == bounds.length() - 1 ? -1
                            : Integer.parseInt(bounds.substring(comma + 1));
                    repeated = new Repeat(atom, min, max);
                } catch (NumberFormatException e) {
                    throw new Unreadable();
                }
                pos = close;
            }
            default -> {
                return atom;
            }
        }
        pos++;
        if (pos < source.length() && source.charAt(pos) == '?') {
            pos++; // lazy: the same strings match
        }
        return repeated;
    }

    private Node characterClass() throws Unreadable {
        boolean negated = pos < source.length() && source.charAt(pos) == '^';
        if (negated) {
            pos++;
        }
        List<IntPredicate> members = new ArrayList<>();
        while (pos < source.length() && source.charAt(pos) != ']') {
            int low;
            IntPredicate member;
            if (source.charAt(pos) == '\\') {
                pos++;
                Escaped escaped = escape(true);
                if (escaped.set() != null) {
                    members.add(escaped.set());
                    continue;
                }
                low = escaped.codePoint();
            } else {
                low = source.codePointAt(pos);
                pos += Character.charCount(low);
            }
            if (pos + 1 < source.length() && source.charAt(pos) == '-' && source.charAt(pos + 1) != ']') {
                pos++;
                int high;
                if (source.charAt(pos) == '\\') {
                    pos++;
                    Escaped escaped = escape(true);
                    if (escaped.set() != null) {
                        throw new Unreadable();
                    }
                    high = escaped.codePoint();
                } else {
                    high = source.codePointAt(pos);
                    pos += Character.charCount(high);
                }
                int from = low;
                int to = high;
                member = cp -> cp >= from && cp <= to;
            } else {
                int only = low;
                member = cp -> cp == only;
            }
            members.add(member);
        }
        if (pos >= source.length()) {
            throw new Unreadable();
        }
        pos++;
        IntPredicate any = cp -> members.stream().anyMatch(m -> m.test(cp));
        return chars(negated ? any.negate() : any);
    }

    /** What an escape stands for: a set (a class escape such as {@code \d}) or one code point. */
    private record Escaped(@Nullable IntPredicate set, int codePoint) {
        static Escaped of(int codePoint) {
            return new Escaped(null, codePoint);
        }

        Chars chars() throws Unreadable {
            return set != null ? PatternSamples.chars(set) : new Chars(new int[] {codePoint});
        }
    }

    /** Reads an escape after its backslash. */
    private Escaped escape(boolean inClass) throws Unreadable {
        if (pos >= source.length()) {
            throw new Unreadable();
        }
        int c = source.codePointAt(pos);
        pos += Character.charCount(c);
        return switch (c) {
            case 'd' -> new Escaped(PatternSamples::isDigit, -1);
            case 'D' -> new Escaped(cp -> !isDigit(cp), -1);
            case 'w' -> new Escaped(PatternSamples::isWordCharacter, -1);
            case 'W' -> new Escaped(cp -> !isWordCharacter(cp), -1);
            case 's' -> new Escaped(PatternSamples::isSpace, -1);
            case 'S' -> new Escaped(cp -> !isSpace(cp), -1);
            case 'n' -> Escaped.of('\n');
            case 'r' -> Escaped.of('\r');
            case 't' -> Escaped.of('\t');
            case 'f' -> Escaped.of('\f');
            case 'v' -> Escaped.of(0x0b);
            case '0' -> Escaped.of(0);
            case 'b' -> {
                if (!inClass) {
                    throw new Unreadable(); // a word boundary
                }
                yield Escaped.of('\b');
            }
            case 'x' -> Escaped.of(hex(2));
            case 'u' -> Escaped.of(unicodeEscape());
            case 'c' -> {
                if (pos >= source.length()) {
                    throw new Unreadable();
                }
                yield Escaped.of(source.charAt(pos++) % 32);
            }
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new Unreadable(); // \p, \k, \B, a backreference
                }
                yield Escaped.of(c);
            }
        };
    }

    /** The code point of a <code>&#92;u</code> escape, read after the {@code u}: four hex digits, a pair, or braces. */
    private int unicodeEscape() throws Unreadable {
        if (pos < source.length() && source.charAt(pos) == '{') {
            int close = source.indexOf('}', pos);
            if (close < 0 || close - pos > 7) {
                throw new Unreadable();
            }
            try {
                int cp = Integer.parseInt(source.substring(pos + 1, close), 16);
                pos = close + 1;
                if (!Character.isValidCodePoint(cp)) {
                    throw new Unreadable();
                }
                return cp;
            } catch (NumberFormatException e) {
                throw new Unreadable();
            }
        }
        int unit = hex(4);
        if (Character.isHighSurrogate((char) unit) && source.startsWith("\\u", pos)) {
            pos += 2;
            int low = hex(4);
            if (Character.isLowSurrogate((char) low)) {
                return Character.toCodePoint((char) unit, (char) low);
            }
            throw new Unreadable();
        }
        return unit;
    }

    private int hex(int digits) throws Unreadable {
        if (pos + digits > source.length()) {
            throw new Unreadable();
        }
        try {
            int value = Integer.parseInt(source.substring(pos, pos + digits), 16);
            pos += digits;
            return value;
        } catch (NumberFormatException e) {
            throw new Unreadable();
        }
    }

    private static boolean isWordCharacter(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /** ECMA-262's white space and line terminators. */
    private static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0d) || cp == ' ' || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a)
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000 || cp == 0xfeff;
    }

    /**
     * The readable characters of a set, in the order they are used: its lower-case letters, else upper-case letters,
     * else digits, else other readable characters; else the first code point of the set.
     */
    private static Chars chars(IntPredicate set) throws Unreadable {
        for (String group : List.of("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "1234567890")) {
            int[] members = group.chars().filter(set).toArray();
            if (members.length > 0) {
                return new Chars(members);
            }
        }
        int[] others = READABLE.chars().filter(set).toArray();
        if (others.length > 0) {
            return new Chars(others);
        }
        for (int cp = 0x20; cp < 0x3000; cp++) {
            if (set.test(cp)) {
                return new Chars(new int[] {cp});
            }
        }
        throw new Unreadable();
    }
}
