package io.busgen.runtime.internal;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Translates the ECMA-262 regular expressions of JSON Schema's {@code pattern} and {@code patternProperties} into
 * {@link java.util.regex.Pattern}s with the same meaning.
 *
 * <p>Patterns are read as ECMA-262 patterns with the {@code u} (Unicode) flag, as JSON Schema 2020-12 recommends,
 * and with no other flag: they are not anchored (use {@link java.util.regex.Matcher#find()}), {@code ^} and {@code $}
 * only match at the ends of the input, matching is case-sensitive, and the input is read as code points (a match
 * never starts or ends inside a surrogate pair). The {@code u} grammar is strict, and whatever it rejects is rejected
 * here too: a lone <code>&#123;</code>, <code>&#125;</code> or {@code ]}; escapes other than the defined ones
 * ({@code \a}, {@code \-} outside a class, {@code \Q}, ...); octal escapes; a backreference to a group the pattern
 * does not have; a quantified assertion or lookaround; an unknown or wrongly cased Unicode property; a range out of
 * order or with a class escape as an end ({@code [\d-z]}).
 *
 * <p>Validators do not run these {@code Pattern}s directly: {@link EcmaPattern} runs a pattern on RE2/J, in linear
 * time, from the syntax tree read here when RE2/J can express it, and on this translation with a step budget
 * otherwise.
 *
 * <h2>What is translated</h2>
 * <table>
 * <caption>ECMA-262 constructs and the java.util.regex text they become</caption>
 * <tr><th>ECMA-262</th><th>Java</th><th>Why</th></tr>
 * <tr><td>{@code .}</td><td>{@code [^\n\r\x{2028}\x{2029}]}</td>
 *     <td>Java's {@code .} also excludes U+0085; ECMA's only the four line terminators.</td></tr>
 * <tr><td>{@code $}</td><td>{@code \z}</td>
 *     <td>Java's {@code $} also matches before a final line terminator.</td></tr>
 * <tr><td>{@code ^}</td><td>{@code ^}</td><td>Same (no multiline flag).</td></tr>
 * <tr><td>{@code \s}, {@code \S}, also in classes</td>
 *     <td>the ECMA white space set: U+0009&ndash;U+000D, U+0020, U+00A0, U+1680, U+2000&ndash;U+200A, U+2028,
 *         U+2029, U+202F, U+205F, U+3000, U+FEFF (or its complement)</td>
 *     <td>Java's {@code \s} is ASCII only.</td></tr>
 * <tr><td>{@code \b}, {@code \B}</td><td>lookarounds on {@code [A-Za-z0-9_]}</td>
 *     <td>Java 17's {@code \b} counts every Unicode letter and digit as a word character, ECMA's only the ASCII
 *         ones.</td></tr>
 * <tr><td>{@code \d \D \w \W}</td><td>unchanged</td><td>ASCII in both.</td></tr>
 * <tr><td>{@code \p{..}}, {@code \P{..}}, also in classes</td>
 *     <td>General_Category values (long and short names and the aliases {@code Combining_Mark}, {@code cntrl},
 *         {@code digit}, {@code punct}; alone or after {@code General_Category=} or {@code gc=}) become
 *         {@code \p{Lu}} and so on ({@code Cased_Letter} becomes {@code \p{Lu}\p{Ll}\p{Lt}});
 *         {@code Script=X} or {@code sc=X} (long name or four-letter alias, case-sensitive as in ECMA-262) becomes
 *         {@code \p{sc=X}}; the binary properties {@code ASCII}, {@code ASCII_Hex_Digit} ({@code AHex}),
 *         {@code Any}, {@code Assigned}, {@code Alphabetic} ({@code Alpha}), {@code Ideographic} ({@code Ideo}),
 *         {@code Lowercase} ({@code Lower}), {@code Uppercase} ({@code Upper}), {@code White_Space}
 *         ({@code space}), {@code Hex_Digit} ({@code Hex}), {@code Join_Control} ({@code Join_C}),
 *         {@code Noncharacter_Code_Point} ({@code NChar}), {@code Pattern_White_Space} ({@code Pat_WS}) and
 *         {@code Regional_Indicator} ({@code RI}) become Java properties or explicit code point sets</td>
 *     <td>The Unicode data is the running JDK's (Unicode 13 for Java 17), which may differ from a newer JavaScript
 *         engine's for characters whose properties changed since.</td></tr>
 * <tr><td><code>&#92;u{1F600}</code>, <code>&#92;uXXXX</code>, <code>&#92;uD83D&#92;uDE00</code>, {@code \xHH},
 *         {@code \0}, {@code \f \n \r \t \v}, {@code \cX}, {@code \/} and the escaped syntax characters</td>
 *     <td>the code point they denote, as {@code \x{..}}, escaped, or itself</td>
 *     <td>Two <code>&#92;u</code> escapes forming a surrogate pair are one code point; {@code \ca} is U+0001
 *         (Java's {@code \ca} would be {@code !}).</td></tr>
 * <tr><td>character classes</td><td>a class with every literal escaped</td>
 *     <td>An unescaped {@code [} or {@code &&} is literal in an ECMA class but a nested class or an intersection to
 *         Java; {@code [\b]} is U+0008; {@code [^]} (anything) becomes {@code [\x{0}-\x{10FFFF}]} and {@code []}
 *         (nothing) becomes {@code [^\x{0}-\x{10FFFF}]}.</td></tr>
 * <tr><td>groups, lookarounds, quantifiers</td><td>unchanged</td>
 *     <td>{@code (..)}, {@code (?:..)}, {@code (?=..)}, {@code (?!..)}, {@code (?<=..)}, {@code (?<!..)},
 *         {@code * + ? {n} {n,} {n,m}} and their lazy forms mean the same, except as below.</td></tr>
 * <tr><td>an unbounded repetition starting an alternative of a lookbehind: {@code (?<!\d+)},
 *         {@code (?<=(?:ab)*c)}</td>
 *     <td>its minimum: {@code (?<!\d)}, {@code (?<=c)}</td>
 *     <td>Where {@code x{n,}y} ends at the lookbehind's position, so does {@code x{n}y}; java.util.regex needs a
 *         bounded lookbehind.</td></tr>
 * <tr><td>{@code (?<name>..)}</td><td>{@code (?<name>..)} or {@code (..)}</td>
 *     <td>Java only accepts names matching {@code [a-zA-Z][a-zA-Z0-9]*}; other names (such as {@code first_name})
 *         are dropped. Groups are numbered the same in both.</td></tr>
 * <tr><td>{@code \1}, {@code \k<name>}</td><td>{@code (?:\1)}</td><td>Only where safe, see below.</td></tr>
 * </table>
 *
 * <p>The translation ends with a harmless {@code (?:X){0}}, where X is the raw supplementary character U+10000:
 * java.util.regex then tries matches at code point boundaries only and measures lookbehinds in code points (without
 * it, {@code (?<=\x{1F600})} never matches).
 *
 * <h2>What is refused</h2>
 * <p>{@link #compile} throws {@link IllegalArgumentException} (and {@link #problem} returns the reason) for invalid
 * ECMA-262 patterns, and for these valid ones, whose meaning java.util.regex cannot reproduce:
 * <ol>
 * <li>{@code \p{Script_Extensions=..}} and {@code \p{scx=..}}: java.util.regex has no Script_Extensions data.</li>
 * <li>The binary properties with no exact java.util.regex equivalent: {@code Bidi_Control}, {@code Bidi_Mirrored},
 *     {@code Case_Ignorable}, {@code Cased}, {@code Changes_When_Casefolded}, {@code Changes_When_Casemapped},
 *     {@code Changes_When_Lowercased}, {@code Changes_When_NFKC_Casefolded}, {@code Changes_When_Titlecased},
 *     {@code Changes_When_Uppercased}, {@code Dash}, {@code Default_Ignorable_Code_Point}, {@code Deprecated},
 *     {@code Diacritic}, {@code Emoji}, {@code Emoji_Component}, {@code Emoji_Modifier},
 *     {@code Emoji_Modifier_Base}, {@code Emoji_Presentation}, {@code Extended_Pictographic}, {@code Extender},
 *     {@code Grapheme_Base}, {@code Grapheme_Extend}, {@code IDS_Binary_Operator}, {@code IDS_Trinary_Operator},
 *     {@code ID_Continue}, {@code ID_Start}, {@code Logical_Order_Exception}, {@code Math}, {@code Pattern_Syntax},
 *     {@code Quotation_Mark}, {@code Radical}, {@code Sentence_Terminal}, {@code Soft_Dotted},
 *     {@code Terminal_Punctuation}, {@code Unified_Ideograph}, {@code Variation_Selector}, {@code XID_Continue},
 *     {@code XID_Start}, and their short aliases.</li>
 * <li>{@code \p{Script=X}} for a script the running JDK does not know (a script newer than its Unicode version,
 *     or {@code Katakana_Or_Hiragana}).</li>
 * <li>A backreference ({@code \1}, {@code \k<name>}) unless its group is closed earlier in the same alternative
 *     and is not inside {@code ?}, {@code *}, {@code +}, {@code {n,m}} (other than {@code {1}}), an alternation, a
 *     lookbehind or a negative lookaround, and the backreference is not inside a lookbehind. ECMA-262 lets a
 *     backreference to a group that did not take part in the match (or was reset when its quantifier repeated) match
 *     the empty string where java.util.regex fails, and ECMA lookbehinds match right to left, capturing
 *     differently.</li>
 * <li>A lookbehind that can match more than 1,000,000 code points or any number of them, other than through a
 *     repetition that starts one of its alternatives (above), such as {@code (?<=x\d+)}: java.util.regex adds up
 *     lookbehind lengths in {@code int}s that overflow, after which it silently gives wrong answers. Also a
 *     lookbehind java.util.regex cannot measure although it is bounded, such as {@code (?<=(?:a|bc){2})}.</li>
 * <li>A repetition count above 2147483647.</li>
 * <li>A capture group name used twice (ES2025 allows it in separate alternatives; java.util.regex does not).</li>
 * <li>Pattern modifiers such as {@code (?i:..)} and {@code (?-s:..)} (ES2025).</li>
 * </ol>
 */
public final class EcmaRegex {

    /** Java's spelling of ECMA's {@code \s} set, without brackets. */
    private static final String WHITE_SPACE = "\\x{9}-\\x{D}\\x{20}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}"
            + "\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";
    private static final String DOT = "[^\\x{A}\\x{D}\\x{2028}\\x{2029}]";
    private static final String ANYTHING = "[\\x{0}-\\x{10FFFF}]";
    private static final String NOTHING = "[^\\x{0}-\\x{10FFFF}]";
    private static final String WORD = "[A-Za-z0-9_]";
    private static final String WORD_BOUNDARY =
            "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";
    private static final String NOT_WORD_BOUNDARY =
            "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))";
    /**
     * An empty-matching suffix holding a raw supplementary character: java.util.regex then starts matches and runs
     * every lookbehind before it by code points rather than chars.
     */
    private static final String CODE_POINT_MODE = "(?:" + new String(Character.toChars(0x10000)) + "){0}";
    /** ECMA's {@code \s}. */
    static final CodePointSet WHITE_SPACE_SET = CodePointSet.ofRanges(0x9, 0xD, 0x20, 0x20, 0xA0, 0xA0, 0x1680, 0x1680,
            0x2000, 0x200A, 0x2028, 0x2029, 0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000, 0xFEFF, 0xFEFF);
    /** ECMA's {@code .}: anything but a line terminator. */
    static final CodePointSet DOT_SET = CodePointSet.ofRanges(0xA, 0xA, 0xD, 0xD, 0x2028, 0x2029).complement();
    static final CodePointSet DIGIT_SET = CodePointSet.range('0', '9');
    static final CodePointSet WORD_SET = CodePointSet.ofRanges('0', '9', 'A', 'Z', '_', '_', 'a', 'z');
    private static final String SYNTAX_CHARACTERS = "^$\\.*+?()[]{}|";
    private static final Pattern JAVA_GROUP_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    /** A width without limit. */
    private static final long UNBOUNDED = Long.MAX_VALUE;
    /** The longest lookbehind accepted, in code points (java.util.regex adds lookbehind lengths in ints). */
    private static final long LONGEST_LOOKBEHIND = 1_000_000;
    /** How the message of an invalid pattern starts (an unsupported one's starts otherwise). */
    private static final String INVALID = "invalid ECMA-262 regular expression ";

    /** General_Category names and aliases ECMA-262 accepts, to the Java class contents with that meaning. */
    private static final Map<String, String> GENERAL_CATEGORIES = generalCategories();
    /** Binary properties with an exact Java counterpart, to Java class contents. */
    private static final Map<String, String> BINARY_PROPERTIES = binaryProperties();
    /** The other binary properties ECMA-262 accepts. */
    private static final Set<String> UNSUPPORTED_BINARY_PROPERTIES = Set.of(
            "Bidi_Control", "Bidi_C", "Bidi_Mirrored", "Bidi_M", "Case_Ignorable", "CI", "Cased",
            "Changes_When_Casefolded", "CWCF", "Changes_When_Casemapped", "CWCM", "Changes_When_Lowercased", "CWL",
            "Changes_When_NFKC_Casefolded", "CWKCF", "Changes_When_Titlecased", "CWT", "Changes_When_Uppercased",
            "CWU", "Dash", "Default_Ignorable_Code_Point", "DI", "Deprecated", "Dep", "Diacritic", "Dia", "Emoji",
            "Emoji_Component", "EComp", "Emoji_Modifier", "EMod", "Emoji_Modifier_Base", "EBase",
            "Emoji_Presentation", "EPres", "Extended_Pictographic", "ExtPict", "Extender", "Ext", "Grapheme_Base",
            "Gr_Base", "Grapheme_Extend", "Gr_Ext", "IDS_Binary_Operator", "IDSB", "IDS_Trinary_Operator", "IDST",
            "ID_Continue", "IDC", "ID_Start", "IDS", "Logical_Order_Exception", "LOE", "Math", "Pattern_Syntax",
            "Pat_Syn", "Quotation_Mark", "QMark", "Radical", "Sentence_Terminal", "STerm", "Soft_Dotted", "SD",
            "Terminal_Punctuation", "Term", "Unified_Ideograph", "UIdeo", "Variation_Selector", "VS", "XID_Continue",
            "XIDC", "XID_Start", "XIDS");

    private EcmaRegex() {}

    /**
     * The {@link java.util.regex.Pattern} with the same meaning as an ECMA-262 pattern.
     *
     * @param ecmaPattern the pattern, as a schema's {@code pattern} holds it
     * @return the Java pattern
     * @throws IllegalArgumentException naming the construct when it cannot be translated or is invalid
     */
    public static Pattern compile(String ecmaPattern) {
        return compileJava(ecmaPattern, toJava(ecmaPattern));
    }

    /** Compiles the java.util.regex translation {@code java} of {@code ecmaPattern}. */
    static Pattern compileJava(String ecmaPattern, String java) {
        try {
            return Pattern.compile(java);
        } catch (PatternSyntaxException e) {
            String description = String.valueOf(e.getDescription());
            if (description.contains("Stack overflow")) {
                throw new IllegalArgumentException(tooDeep(ecmaPattern), e);
            }
            if (description.contains("Look-behind")) {
                throw new IllegalArgumentException("unsupported ECMA-262 construct in " + quote(ecmaPattern)
                        + ": a lookbehind whose length java.util.regex cannot work out (it needs an obvious maximum"
                        + " length inside (?<=...) and (?<!...))", e);
            }
            throw new IllegalArgumentException("unsupported ECMA-262 pattern " + quote(ecmaPattern)
                    + ": java.util.regex rejects its translation " + quote(java) + ": " + description, e);
        }
    }

    /**
     * Why a pattern cannot be compiled, for generation-time errors.
     *
     * @param ecmaPattern the pattern
     * @return empty when {@link #compile} would succeed, else the reason
     */
    public static Optional<String> problem(String ecmaPattern) {
        try {
            EcmaPattern.compile(ecmaPattern);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        } catch (StackOverflowError e) {
            return Optional.of(tooDeep(ecmaPattern));
        }
    }

    /**
     * Whether a pattern is a valid ECMA-262 regular expression (with the {@code u} flag), whether or not busgen can
     * run it: the {@code regex} format. Only the syntax is checked; nothing is compiled, so hostile strings cost time
     * linear in their length.
     *
     * @param ecmaPattern the pattern
     * @return whether ECMA-262 accepts it
     */
    static boolean isValidSyntax(String ecmaPattern) {
        try {
            new Translator(Objects.requireNonNull(ecmaPattern, "ecmaPattern"), true).parse();
            return true;
        } catch (IllegalArgumentException e) {
            // The translator throws invalid() at the first syntax error and unsupported() only after a whole parse.
            return !String.valueOf(e.getMessage()).startsWith(INVALID);
        }
    }

    /**
     * For a valid pattern, a shape that backtracking engines (java.util.regex, JavaScript's, most validators) can take
     * exponential time on, described with a fix: a quantifier nested in a repeated group with nothing to tell the
     * repetitions apart ({@code (a+)+}, {@code (x+x+)+y}), or a repeated group whose alternatives can start alike
     * ({@code (a|aa)+}, {@code (\\w|\\d)+}). busgen itself checks such patterns in linear time ({@link EcmaPattern});
     * this is advice for the schema's other readers.
     *
     * @param ecmaPattern the pattern
     * @return the hazard and its fix; empty when there is none, or the pattern is invalid
     */
    public static Optional<String> hazard(String ecmaPattern) {
        try {
            return RegexHazards.of(ecmaPattern, parse(ecmaPattern).tree());
        } catch (IllegalArgumentException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** The java.util.regex text and the syntax tree of an ECMA-262 pattern, before Java compiles it. */
    static Parsed parse(String ecmaPattern) {
        return new Translator(Objects.requireNonNull(ecmaPattern, "ecmaPattern"), false).parse();
    }

    /** The java.util.regex text for an ECMA-262 pattern, before Java compiles it. */
    static String toJava(String ecmaPattern) {
        return new Translator(Objects.requireNonNull(ecmaPattern, "ecmaPattern"), false).translate();
    }

    /** Why a pattern nesting too deeply for a recursive compiler is refused, quoting its first 40 code points. */
    private static String tooDeep(String ecmaPattern) {
        String start = ecmaPattern.codePointCount(0, ecmaPattern.length()) <= 40 ? ecmaPattern
                : ecmaPattern.substring(0, ecmaPattern.offsetByCodePoints(0, 40)) + "...";
        return "unsupported ECMA-262 pattern " + quote(start) + ": it nests groups too deeply to compile; flatten it";
    }

    /**
     * A pattern in double quotes, control characters and line separators escaped, for messages.
     *
     * @param pattern the pattern
     * @return the quoted pattern
     */
    public static String quote(String pattern) {
        StringBuilder quoted = new StringBuilder(pattern.length() + 2).append('"');
        pattern.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
                quoted.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    /** A code point as a java.util.regex literal that means itself inside and outside classes. */
    private static String literal(int c) {
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                return String.valueOf((char) c);
            }
            if (c > 0x20 && c < 0x7F) {
                return "\\" + (char) c; // a backslash before a non-letter is always a literal in Java
            }
        } else if (Character.isLetterOrDigit(c)) {
            return new String(Character.toChars(c));
        }
        return "\\x{" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + "}";
    }

    private static Map<String, String> generalCategories() {
        Map<String, String> map = new HashMap<>();
        String[][] categories = {
            {"LC", "Cased_Letter"}, {"Pe", "Close_Punctuation"}, {"Pc", "Connector_Punctuation"},
            {"Cc", "Control", "cntrl"}, {"Sc", "Currency_Symbol"}, {"Pd", "Dash_Punctuation"},
            {"Nd", "Decimal_Number", "digit"}, {"Me", "Enclosing_Mark"}, {"Pf", "Final_Punctuation"},
            {"Cf", "Format"}, {"Pi", "Initial_Punctuation"}, {"L", "Letter"}, {"Nl", "Letter_Number"},
            {"Zl", "Line_Separator"}, {"Ll", "Lowercase_Letter"}, {"M", "Mark", "Combining_Mark"},
            {"Sm", "Math_Symbol"}, {"Lm", "Modifier_Letter"}, {"Sk", "Modifier_Symbol"}, {"Mn", "Nonspacing_Mark"},
            {"N", "Number"}, {"Ps", "Open_Punctuation"}, {"C", "Other"}, {"Lo", "Other_Letter"},
            {"No", "Other_Number"}, {"Po", "Other_Punctuation"}, {"So", "Other_Symbol"},
            {"Zp", "Paragraph_Separator"}, {"Co", "Private_Use"}, {"P", "Punctuation", "punct"},
            {"Z", "Separator"}, {"Zs", "Space_Separator"}, {"Mc", "Spacing_Mark"}, {"Cs", "Surrogate"},
            {"S", "Symbol"}, {"Lt", "Titlecase_Letter"}, {"Cn", "Unassigned"}, {"Lu", "Uppercase_Letter"},
        };
        for (String[] names : categories) {
            String java = names[0].equals("LC") ? "\\p{Lu}\\p{Ll}\\p{Lt}" : "\\p{" + names[0] + "}";
            for (String name : names) {
                map.put(name, java);
            }
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> binaryProperties() {
        StringBuilder nonCharacters = new StringBuilder("\\x{FDD0}-\\x{FDEF}");
        for (int plane = 0; plane <= 0x10; plane++) {
            nonCharacters.append(literal(plane << 16 | 0xFFFE)).append('-').append(literal(plane << 16 | 0xFFFF));
        }
        String asciiHex = "0-9A-Fa-f";
        Map<String, String> map = new HashMap<>();
        String[][] properties = {
            {"\\x{0}-\\x{7F}", "ASCII"},
            {asciiHex, "ASCII_Hex_Digit", "AHex"},
            {"\\x{0}-\\x{10FFFF}", "Any"},
            {"\\P{Cn}", "Assigned"},
            {"\\p{IsAlphabetic}", "Alphabetic", "Alpha"},
            {"\\p{IsIdeographic}", "Ideographic", "Ideo"},
            {"\\p{IsLowercase}", "Lowercase", "Lower"},
            {"\\p{IsUppercase}", "Uppercase", "Upper"},
            {"\\p{IsWhite_Space}", "White_Space", "space"},
            {asciiHex + "\\x{FF10}-\\x{FF19}\\x{FF21}-\\x{FF26}\\x{FF41}-\\x{FF46}", "Hex_Digit", "Hex"},
            {"\\x{200C}\\x{200D}", "Join_Control", "Join_C"},
            {nonCharacters.toString(), "Noncharacter_Code_Point", "NChar"},
            {"\\x{9}-\\x{D}\\x{20}\\x{85}\\x{200E}\\x{200F}\\x{2028}\\x{2029}", "Pattern_White_Space", "Pat_WS"},
            {"\\x{1F1E6}-\\x{1F1FF}", "Regional_Indicator", "RI"},
        };
        for (String[] entry : properties) {
            for (int i = 1; i < entry.length; i++) {
                map.put(entry[i], entry[0]);
            }
        }
        return Map.copyOf(map);
    }

    private static long add(long a, long b) {
        return a > UNBOUNDED - b ? UNBOUNDED : a + b;
    }

    private static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > UNBOUNDED / b ? UNBOUNDED : a * b;
    }

    private enum Kind { ROOT, GROUP, CAPTURE, LOOKAHEAD, NEGATIVE_LOOKAHEAD, LOOKBEHIND, NEGATIVE_LOOKBEHIND }

    /** What the last term was, to check quantifiers. */
    private enum Last { NOTHING, ATOM, ASSERTION, QUANTIFIED }

    /** An open group. */
    private static final class Frame {
        final Kind kind;
        final int group;
        final int start;
        /** Where the group starts in the Java text. */
        final int outStart;
        int alternatives = 1;
        /** Capture groups certainly set, with their final value, when the current alternative reaches here. */
        final BitSet definite = new BitSet();
        /** The most code points the current alternative so far can match ({@code UNBOUNDED} for no limit). */
        long width;
        /** The most code points an earlier alternative can match. */
        long widest;
        /** Whether every term so far in the current alternative (if any) was a repetition cut to nothing. */
        boolean leading = true;
        /** The alternatives read so far, as syntax trees; the last is the current one. */
        final List<List<RegexNode>> branches = new ArrayList<>(List.of(new ArrayList<>()));

        Frame(Kind kind, int group, int start, int outStart) {
            this.kind = kind;
            this.group = group;
            this.start = start;
            this.outStart = outStart;
        }

        boolean isLookbehind() {
            return kind == Kind.LOOKBEHIND || kind == Kind.NEGATIVE_LOOKBEHIND;
        }

        List<RegexNode> branch() {
            return branches.get(branches.size() - 1);
        }
    }

    /** A backreference, checked once all groups are known. */
    private record BackReference(int at, String text, @Nullable Integer group, @Nullable String name, boolean safe) {}

    /** One element of a character class: a code point or a set (then {@code java} is its class contents). */
    private record ClassAtom(int codePoint, @Nullable String java, CodePointSet set) {}

    /** A character class or class escape: its java.util.regex text and its code points. */
    private record ClassItem(String java, CodePointSet set) {}

    /** A pattern read: its java.util.regex text and its syntax tree. */
    record Parsed(String java, RegexNode.Group tree) {}

    /** The translating state machine: one pass over the pattern's code points. */
    private static final class Translator {
        private final String source;
        private int pos;
        private final StringBuilder out = new StringBuilder();
        private final Deque<Frame> frames = new ArrayDeque<>();
        private final Map<String, Integer> groupNames = new HashMap<>();
        private final List<BackReference> backReferences = new ArrayList<>();
        private int groups;
        private Last last = Last.NOTHING;
        private BitSet lastContribution = new BitSet();
        private long lastWidth;
        /** Where the last atom starts in {@link #out}. */
        private int lastStart;
        private boolean lastLeading;
        private @Nullable IllegalArgumentException unsupported;
        /** Where the term being read starts in {@link #source}. */
        private int termStart;

        /**
         * Whether only the syntax matters ({@link #isValidSyntax}): then which groups are certainly set where (for
         * backreferences busgen can run) is not worked out, which costs time quadratic in the number of groups.
         */
        private final boolean syntaxOnly;

        Translator(String source, boolean syntaxOnly) {
            this.source = source;
            this.syntaxOnly = syntaxOnly;
        }

        String translate() {
            return parse().java();
        }

        Parsed parse() {
            frames.push(new Frame(Kind.ROOT, 0, 0, 0));
            while (pos < source.length()) {
                int at = pos;
                termStart = at;
                int c = next();
                switch (c) {
                    case '|' -> {
                        Frame alternated = frame();
                        alternated.alternatives++;
                        alternated.definite.clear();
                        alternated.widest = Math.max(alternated.widest, alternated.width);
                        alternated.width = 0;
                        alternated.leading = true;
                        alternated.branches.add(new ArrayList<>());
                        out.append('|');
                        last = Last.NOTHING;
                    }
                    case '(' -> openGroup(at);
                    case ')' -> closeGroup(at);
                    case '^' -> assertion("^", RegexNode.AssertionKind.BEGIN);
                    case '$' -> assertion("\\z", RegexNode.AssertionKind.END);
                    case '.' -> atom(DOT, DOT_SET);
                    case '[' -> {
                        ClassItem item = characterClass(at);
                        atom(item.java(), item.set());
                    }
                    case '\\' -> escape(at);
                    case '*' -> quantifier(at, "*", 0, null);
                    case '+' -> quantifier(at, "+", 1, null);
                    case '?' -> quantifier(at, "?", 0, BigInteger.ONE);
                    case '{' -> braceQuantifier(at);
                    case '}', ']' -> throw invalid(at, "a lone '" + (char) c + "' (write \\" + (char) c
                            + " for the character)");
                    default -> atom(literal(c), CodePointSet.of(c));
                }
            }
            if (frames.size() > 1) {
                throw invalid(frame().start, "the group is never closed (missing ')')");
            }
            for (BackReference reference : backReferences) {
                if (reference.name() != null && !groupNames.containsKey(reference.name())) {
                    throw invalid(reference.at(), reference.text() + " names no capture group");
                }
                if (reference.group() != null && reference.group() > groups) {
                    throw invalid(reference.at(), reference.text() + " refers to group " + reference.group()
                            + " but the pattern has " + (groups == 1 ? "1 group" : groups + " groups"));
                }
            }
            for (BackReference reference : backReferences) {
                if (!reference.safe()) {
                    unsupported(reference.at(), "the backreference " + reference.text() + " may refer to a group"
                            + " that is not set (or was captured differently) there: ECMA-262 then matches the empty"
                            + " string where java.util.regex fails, so busgen only accepts a backreference to a group"
                            + " closed earlier in the same alternative, outside ?, *, +, {n,m}, alternations,"
                            + " lookbehinds and negative lookarounds, and not itself inside a lookbehind");
                }
            }
            if (unsupported != null) {
                throw unsupported;
            }
            RegexNode.Group tree = new RegexNode.Group(RegexNode.GroupKind.ROOT, frame().branches, 0,
                    source.length());
            return new Parsed(out.append(CODE_POINT_MODE).toString(), tree);
        }

        private int next() {
            int c = source.codePointAt(pos);
            pos += Character.charCount(c);
            return c;
        }

        private boolean lookingAt(String text) {
            return source.startsWith(text, pos);
        }

        private Frame frame() {
            return Objects.requireNonNull(frames.peek());
        }

        private IllegalArgumentException invalid(int at, String what) {
            return new IllegalArgumentException(
                    INVALID + quote(source) + " at index " + at + ": " + what);
        }

        private void unsupported(int at, String what) {
            if (unsupported == null) {
                unsupported = new IllegalArgumentException(
                        "unsupported ECMA-262 construct in " + quote(source) + " at index " + at + ": " + what);
            }
        }

        /** An atom matching one code point of {@code set}. */
        private void atom(String java, CodePointSet set) {
            atom(java, 1, new RegexNode.Chars(set, termStart, pos));
        }

        private void atom(String java, long width, RegexNode node) {
            frame().branch().add(node);
            lastStart = out.length();
            out.append(java);
            last = Last.ATOM;
            lastContribution = new BitSet();
            term(width);
        }

        private void assertion(String java, RegexNode.AssertionKind kind) {
            frame().branch().add(new RegexNode.Assertion(kind, termStart, pos));
            out.append(java);
            last = Last.ASSERTION;
            term(0);
        }

        /** Records a term's width in the current alternative. */
        private void term(long width) {
            Frame frame = frame();
            lastLeading = frame.leading;
            lastWidth = width;
            frame.leading = false;
            frame.width = add(frame.width, width);
        }

        // ---- groups

        private void openGroup(int at) {
            int outStart = out.length();
            Kind kind;
            int group = 0;
            if (!lookingAt("?")) {
                kind = Kind.CAPTURE;
                group = ++groups;
                out.append('(');
            } else if (lookingAt("?:")) {
                pos += 2;
                kind = Kind.GROUP;
                out.append("(?:");
            } else if (lookingAt("?=")) {
                pos += 2;
                kind = Kind.LOOKAHEAD;
                out.append("(?=");
            } else if (lookingAt("?!")) {
                pos += 2;
                kind = Kind.NEGATIVE_LOOKAHEAD;
                out.append("(?!");
            } else if (lookingAt("?<=")) {
                pos += 3;
                kind = Kind.LOOKBEHIND;
                out.append("(?<=");
            } else if (lookingAt("?<!")) {
                pos += 3;
                kind = Kind.NEGATIVE_LOOKBEHIND;
                out.append("(?<!");
            } else if (lookingAt("?<")) {
                pos += 2;
                String name = groupName(at);
                kind = Kind.CAPTURE;
                group = ++groups;
                if (groupNames.putIfAbsent(name, group) != null) {
                    unsupported(at, "the capture group name <" + name + "> is used twice (ES2025 allows that in"
                            + " separate alternatives; java.util.regex does not)");
                }
                out.append(JAVA_GROUP_NAME.matcher(name).matches() ? "(?<" + name + ">" : "(");
            } else if (isModifierGroup()) {
                unsupported(at, "pattern modifiers such as (?i:...) (ES2025) are not supported");
                pos = source.indexOf(':', pos) + 1;
                kind = Kind.GROUP;
                out.append("(?:");
            } else {
                int end = Math.min(source.length(), pos + 2);
                throw invalid(at, "invalid group '(" + source.substring(pos, end) + "'");
            }
            frames.push(new Frame(kind, group, at, outStart));
            last = Last.NOTHING;
        }

        /** Whether the text after {@code (} reads {@code ?flags:} or {@code ?flags-flags:} (ES2025 modifiers). */
        private boolean isModifierGroup() {
            boolean dash = false;
            String seen = "";
            for (int i = pos + 1; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == ':') {
                    return !seen.isEmpty();
                } else if (c == '-' && !dash) {
                    dash = true;
                } else if ((c == 'i' || c == 'm' || c == 's') && seen.indexOf(c) < 0) {
                    seen += c;
                } else {
                    return false;
                }
            }
            return false;
        }

        private void closeGroup(int at) {
            if (frames.size() == 1) {
                throw invalid(at, "a ')' without a matching '('");
            }
            Frame closed = frames.pop();
            out.append(')');
            frame().branch().add(new RegexNode.Group(RegexNode.GroupKind.valueOf(closed.kind.name()),
                    closed.branches, closed.start, pos));
            BitSet contribution = new BitSet();
            if (!syntaxOnly) {
                switch (closed.kind) {
                    case GROUP, CAPTURE, LOOKAHEAD -> {
                        if (closed.alternatives == 1) {
                            contribution.or(closed.definite);
                        }
                        if (closed.kind == Kind.CAPTURE) {
                            contribution.set(closed.group);
                        }
                    }
                    default -> {
                        // negative lookarounds leave their groups unset; lookbehinds capture right to left
                    }
                }
            }
            frame().definite.or(contribution);
            long width = Math.max(closed.widest, closed.width);
            if (closed.isLookbehind() && width > LONGEST_LOOKBEHIND) {
                unsupported(closed.start, "a lookbehind that can match " + (width == UNBOUNDED ? "any number of"
                        : "more than " + LONGEST_LOOKBEHIND) + " characters, such as (?<=x\\d+) (java.util.regex"
                        + " sums lookbehind lengths in int arithmetic that overflows and then silently mismatches;"
                        + " an unbounded repetition that starts the lookbehind, as in (?<!\\d+), is fine)");
            }
            if (closed.kind == Kind.GROUP || closed.kind == Kind.CAPTURE) {
                last = Last.ATOM;
                lastContribution = contribution;
                lastStart = closed.outStart;
                term(width);
            } else {
                last = Last.ASSERTION; // with the u flag, no lookaround can be quantified
                term(0);
            }
        }

        /** Reads a group name after {@code <} up to and including {@code >}. */
        private String groupName(int at) {
            StringBuilder name = new StringBuilder();
            while (true) {
                if (pos >= source.length()) {
                    throw invalid(at, "the group name is never closed (missing '>')");
                }
                int c = next();
                if (c == '>') {
                    break;
                }
                if (c == '\\') {
                    int escapeAt = pos - 1;
                    if (pos >= source.length() || next() != 'u') {
                        throw invalid(escapeAt, "only \\u escapes are allowed in group names");
                    }
                    c = unicodeEscape(escapeAt);
                }
                boolean valid = name.length() == 0
                        ? c == '$' || c == '_' || Character.isUnicodeIdentifierStart(c)
                        : c == '$' || c == 0x200C || c == 0x200D
                                || (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
                if (!valid) {
                    throw invalid(at, "'" + new String(Character.toChars(c)) + "' cannot be part of a group name");
                }
                name.appendCodePoint(c);
            }
            if (name.length() == 0) {
                throw invalid(at, "empty group name");
            }
            return name.toString();
        }

        // ---- quantifiers

        private void braceQuantifier(int at) {
            int close = source.indexOf('}', pos);
            String body = close < 0 ? "" : source.substring(pos, close);
            int comma = body.indexOf(',');
            String low = comma < 0 ? body : body.substring(0, comma);
            String high = comma < 0 ? low : body.substring(comma + 1);
            if (!isDigits(low) || !(isDigits(high) || (comma >= 0 && high.isEmpty()))) {
                throw invalid(at, "a lone '{' (write \\{ for the character)");
            }
            pos = close + 1;
            BigInteger min = new BigInteger(low);
            BigInteger max = high.isEmpty() ? null : new BigInteger(high);
            if (max != null && min.compareTo(max) > 0) {
                throw invalid(at, "numbers out of order in the quantifier {" + body + "}");
            }
            BigInteger limit = BigInteger.valueOf(Integer.MAX_VALUE);
            if (min.compareTo(limit) > 0 || (max != null && max.compareTo(limit) > 0)) {
                unsupported(at, "the quantifier {" + body + "} counts beyond " + Integer.MAX_VALUE
                        + ", java.util.regex's limit");
                min = min.min(limit);
                max = max == null ? null : max.min(limit);
            }
            String java = "{" + min + (comma < 0 ? "" : "," + (max == null ? "" : max)) + "}";
            quantifier(at, java, min.intValueExact(), max);
        }

        private static boolean isDigits(String text) {
            if (text.isEmpty()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private void quantifier(int at, String java, int min, @Nullable BigInteger max) {
            if (last == Last.ASSERTION) {
                throw invalid(at, "an assertion or lookaround cannot be quantified (u flag)");
            }
            if (last != Last.ATOM) {
                throw invalid(at, "nothing to repeat before '" + source.substring(at, pos) + "'");
            }
            Frame frame = frame();
            // In a lookbehind, x{n,} that starts an alternative matches where x{n} does (the extra repetitions
            // are to the left), and Java cannot measure the unbounded form.
            boolean cut = frame.isLookbehind() && lastLeading && max == null;
            boolean lazy = lookingAt("?");
            if (lazy) {
                pos++;
            }
            List<RegexNode> branch = frame.branch();
            RegexNode quantified = branch.remove(branch.size() - 1);
            branch.add(new RegexNode.Repeat(quantified, min, max == null ? RegexNode.Repeat.UNBOUNDED : max.longValue(),
                    quantified.start(), pos));
            if (cut && min == 0) {
                // x{0}, kept (with its group numbers) in a never-failing assertion Java counts as zero-width
                String atom = out.substring(lastStart);
                out.setLength(lastStart);
                out.append("(?!(?!)").append(atom).append(')');
            } else if (!(cut && min == 1)) { // x{1} is x, which Java can measure where it cannot measure (x){1}
                out.append(cut ? "{" + min + "}" : java).append(lazy ? "?" : "");
            }
            if (!(min == 1 && BigInteger.ONE.equals(max)) && !syntaxOnly) {
                frame.definite.andNot(lastContribution);
            }
            long repeated;
            if (cut) {
                repeated = multiply(lastWidth, min);
            } else if (max == null) {
                repeated = lastWidth == 0 ? 0 : UNBOUNDED;
            } else {
                repeated = multiply(lastWidth, max.bitLength() > 62 ? UNBOUNDED : max.longValue());
            }
            if (frame.width != UNBOUNDED) {
                frame.width = add(frame.width - lastWidth, repeated);
            }
            frame.leading = cut && min == 0;
            last = Last.QUANTIFIED;
        }

        // ---- escapes outside classes

        private void escape(int at) {
            if (pos >= source.length()) {
                throw invalid(at, "'\\' at the end of the pattern");
            }
            int c = next();
            switch (c) {
                case 'b' -> assertion(WORD_BOUNDARY, RegexNode.AssertionKind.WORD_BOUNDARY);
                case 'B' -> assertion(NOT_WORD_BOUNDARY, RegexNode.AssertionKind.NOT_WORD_BOUNDARY);
                case 'd' -> atom("\\d", DIGIT_SET);
                case 'D' -> atom("\\D", DIGIT_SET.complement());
                case 'w' -> atom("\\w", WORD_SET);
                case 'W' -> atom("\\W", WORD_SET.complement());
                case 's' -> atom("[" + WHITE_SPACE + "]", WHITE_SPACE_SET);
                case 'S' -> atom("[^" + WHITE_SPACE + "]", WHITE_SPACE_SET.complement());
                case 'p', 'P' -> {
                    String contents = property(at, c);
                    CodePointSet set = CodePointSet.ofJavaClass(contents);
                    atom(c == 'p' ? "[" + contents + "]" : "[^" + contents + "]", c == 'p' ? set : set.complement());
                }
                case 'k' -> namedBackReference(at);
                case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> numberedBackReference(at);
                default -> {
                    int escaped = characterEscape(at, c, false);
                    atom(literal(escaped), CodePointSet.of(escaped));
                }
            }
        }

        private void numberedBackReference(int at) {
            int start = pos - 1;
            while (pos < source.length() && source.charAt(pos) >= '0' && source.charAt(pos) <= '9') {
                pos++;
            }
            String digits = source.substring(start, pos);
            BigInteger number = new BigInteger(digits);
            int group = number.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE
                    : number.intValueExact();
            backReference(at, "\\" + digits, group, null);
        }

        private void namedBackReference(int at) {
            if (!lookingAt("<")) {
                throw invalid(at, "\\k must be followed by <name>");
            }
            pos++;
            String name = groupName(at);
            backReference(at, "\\k<" + name + ">", groupNames.get(name), name);
        }

        private void backReference(int at, String text, @Nullable Integer group, @Nullable String name) {
            boolean safe = group != null && group <= groups;
            boolean inLookbehind = false;
            BitSet definite = new BitSet();
            for (Frame open : syntaxOnly ? List.<Frame>of() : frames) {
                definite.or(open.definite);
                inLookbehind |= open.isLookbehind();
            }
            safe = safe && definite.get(group) && !inLookbehind;
            backReferences.add(new BackReference(at, text, group, name, safe));
            atom(safe ? "(?:\\" + group + ")" : "(?:)", UNBOUNDED, new RegexNode.BackReference(termStart, pos));
        }

        /** A character escape's code point; {@code c} follows the backslash at {@code at}. */
        private int characterEscape(int at, int c, boolean inClass) {
            switch (c) {
                case 'f':
                    return 0x0C;
                case 'n':
                    return 0x0A;
                case 'r':
                    return 0x0D;
                case 't':
                    return 0x09;
                case 'v':
                    return 0x0B;
                case '0':
                    if (pos < source.length() && source.charAt(pos) >= '0' && source.charAt(pos) <= '9') {
                        throw invalid(at, "\\0 followed by a digit (no octal escapes with the u flag)");
                    }
                    return 0;
                case 'c':
                    if (pos < source.length() && isAsciiLetter(source.charAt(pos))) {
                        return source.charAt(pos++) % 32;
                    }
                    throw invalid(at, "\\c must be followed by an ASCII letter");
                case 'x':
                    if (pos + 2 <= source.length() && isHex(source.charAt(pos)) && isHex(source.charAt(pos + 1))) {
                        pos += 2;
                        return Integer.parseInt(source.substring(pos - 2, pos), 16);
                    }
                    throw invalid(at, "\\x must be followed by two hex digits");
                case 'u':
                    return unicodeEscape(at);
                default:
                    if ((c < 0x80 && SYNTAX_CHARACTERS.indexOf(c) >= 0) || c == '/' || (inClass && c == '-')) {
                        return c;
                    }
                    throw invalid(at, "the escape '\\" + new String(Character.toChars(c)) + "' is not allowed with"
                            + " the u flag (only syntax characters, '/' and, in classes, '-' may be escaped)");
            }
        }

        /** Reads what follows <code>&#92;u</code>: {@code XXXX}, a surrogate pair, or <code>{X...}</code>. */
        private int unicodeEscape(int at) {
            if (lookingAt("{")) {
                int i = pos + 1;
                int value = 0;
                while (i < source.length() && isHex(source.charAt(i))) {
                    value = Math.min(value * 16 + Character.digit(source.charAt(i), 16), 0x110000);
                    i++;
                }
                if (i == pos + 1 || i >= source.length() || source.charAt(i) != '}') {
                    throw invalid(at, "\\u{ must be followed by hex digits and '}'");
                }
                if (value > 0x10FFFF) {
                    throw invalid(at, "\\u{...} beyond U+10FFFF");
                }
                pos = i + 1;
                return value;
            }
            int value = fourHex(pos);
            if (value < 0) {
                throw invalid(at, "\\u must be followed by four hex digits or {hex digits}");
            }
            pos += 4;
            if (Character.isHighSurrogate((char) value) && lookingAt("\\u")) {
                int low = fourHex(pos + 2);
                if (low >= 0 && Character.isLowSurrogate((char) low)) {
                    pos += 6;
                    return Character.toCodePoint((char) value, (char) low);
                }
            }
            return value;
        }

        private int fourHex(int from) {
            if (from + 4 > source.length()) {
                return -1;
            }
            for (int i = from; i < from + 4; i++) {
                if (!isHex(source.charAt(i))) {
                    return -1;
                }
            }
            return Integer.parseInt(source.substring(from, from + 4), 16);
        }

        private static boolean isHex(char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        // ---- properties

        /** Reads {@code {...}} after {@code \p} or {@code \P}: the Java class contents of the positive property. */
        private String property(int at, int letter) {
            int close = source.indexOf('}', pos);
            if (!lookingAt("{") || close < 0) {
                throw invalid(at, "\\" + (char) letter + " must be followed by {property}");
            }
            String body = source.substring(pos + 1, close);
            pos = close + 1;
            String construct = "\\" + (char) letter + "{" + body + "}";
            int equals = body.indexOf('=');
            String name = equals < 0 ? body : body.substring(0, equals);
            String value = equals < 0 ? "" : body.substring(equals + 1);
            if (!isPropertyWord(name) || (equals >= 0 && !isPropertyWord(value))) {
                throw invalid(at, "malformed Unicode property " + construct);
            }
            if (equals >= 0) {
                switch (name) {
                    case "General_Category", "gc" -> {
                        String java = GENERAL_CATEGORIES.get(value);
                        if (java == null) {
                            throw invalid(at, "unknown General_Category value in " + construct);
                        }
                        return java;
                    }
                    case "Script", "sc" -> {
                        return script(at, construct, value);
                    }
                    case "Script_Extensions", "scx" -> {
                        unsupported(at, construct + ": java.util.regex has no Script_Extensions property");
                        return "a";
                    }
                    default -> throw invalid(at, "unknown Unicode property name in " + construct);
                }
            }
            String java = GENERAL_CATEGORIES.get(name);
            if (java == null) {
                java = BINARY_PROPERTIES.get(name);
            }
            if (java != null) {
                return java;
            }
            if (UNSUPPORTED_BINARY_PROPERTIES.contains(name)) {
                unsupported(at, construct + ": java.util.regex has no equivalent of the binary property " + name);
                return "a";
            }
            throw invalid(at, "unknown Unicode property " + construct
                    + " (ECMA-262 property names are case-sensitive)");
        }

        private static boolean isPropertyWord(String word) {
            if (word.isEmpty()) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                    return false;
                }
            }
            return true;
        }

        private String script(int at, String construct, String value) {
            Character.UnicodeScript script;
            try {
                // Qaai and Qaac are Unicode aliases java.lang.Character does not know
                script = Character.UnicodeScript.forName(
                        value.equals("Qaai") ? "Zinh" : value.equals("Qaac") ? "Copt" : value);
            } catch (IllegalArgumentException e) {
                unsupported(at, construct + ": not a script this JDK's Unicode data knows");
                return "a";
            }
            boolean alias = value.length() == 4 && Character.isUpperCase(value.charAt(0))
                    && value.substring(1).chars().allMatch(c -> c >= 'a' && c <= 'z');
            String canonical = canonicalScriptName(script);
            if (!alias && !value.equals(canonical)) {
                throw invalid(at, construct + ": script names are case-sensitive, write " + canonical);
            }
            return "\\p{sc=" + script.name() + "}";
        }

        /** The Unicode long name of a script, as ECMA-262 spells it. */
        private static String canonicalScriptName(Character.UnicodeScript script) {
            if (script.name().equals("SIGNWRITING")) {
                return "SignWriting";
            }
            StringBuilder name = new StringBuilder();
            for (String word : script.name().split("_", -1)) {
                if (name.length() > 0) {
                    name.append('_');
                }
                name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
            return name.toString();
        }

        // ---- character classes

        /** Reads a class after {@code [} at {@code at}: the Java class. */
        private ClassItem characterClass(int at) {
            boolean negated = lookingAt("^");
            if (negated) {
                pos++;
            }
            StringBuilder items = new StringBuilder();
            CodePointSet set = CodePointSet.EMPTY;
            while (true) {
                if (pos >= source.length()) {
                    throw invalid(at, "the character class is never closed (missing ']')");
                }
                if (lookingAt("]")) {
                    pos++;
                    break;
                }
                int atomAt = pos;
                ClassAtom first = classAtom();
                if (lookingAt("-") && pos + 1 < source.length() && source.charAt(pos + 1) != ']') {
                    pos++;
                    ClassAtom second = classAtom();
                    if (first.java() != null || second.java() != null) {
                        throw invalid(atomAt, "a class escape such as \\d cannot be a range endpoint (u flag)");
                    }
                    if (first.codePoint() > second.codePoint()) {
                        throw invalid(atomAt, "range out of order in character class");
                    }
                    items.append(literal(first.codePoint())).append('-').append(literal(second.codePoint()));
                    set = set.union(CodePointSet.range(first.codePoint(), second.codePoint()));
                } else {
                    items.append(first.java() != null ? first.java() : literal(first.codePoint()));
                    set = set.union(first.set());
                }
            }
            set = negated ? set.complement() : set;
            if (items.length() == 0) {
                return new ClassItem(negated ? ANYTHING : NOTHING, set);
            }
            return new ClassItem((negated ? "[^" : "[") + items + "]", set);
        }

        private ClassAtom classAtom() {
            int at = pos;
            int c = next();
            if (c != '\\') {
                return new ClassAtom(c, null, CodePointSet.of(c));
            }
            if (pos >= source.length()) {
                throw invalid(at, "'\\' at the end of the pattern");
            }
            int e = next();
            switch (e) {
                case 'b':
                    return new ClassAtom(0x08, null, CodePointSet.of(0x08));
                case 'd':
                    return new ClassAtom(-1, "\\d", DIGIT_SET);
                case 'D':
                    return new ClassAtom(-1, "\\D", DIGIT_SET.complement());
                case 'w':
                    return new ClassAtom(-1, "\\w", WORD_SET);
                case 'W':
                    return new ClassAtom(-1, "\\W", WORD_SET.complement());
                case 's':
                    return new ClassAtom(-1, WHITE_SPACE, WHITE_SPACE_SET);
                case 'S':
                    return new ClassAtom(-1, "[^" + WHITE_SPACE + "]", WHITE_SPACE_SET.complement());
                case 'p':
                case 'P':
                    String contents = property(at, e);
                    CodePointSet property = CodePointSet.ofJavaClass(contents);
                    return new ClassAtom(-1, e == 'p' ? contents : "[^" + contents + "]",
                            e == 'p' ? property : property.complement());
                case 'B':
                case 'k':
                case '1':
                case '2':
                case '3':
                case '4':
                case '5':
                case '6':
                case '7':
                case '8':
                case '9':
                    throw invalid(at, "'\\" + (char) e + "' is not allowed inside a character class");
                default:
                    int escaped = characterEscape(at, e, true);
                    return new ClassAtom(escaped, null, CodePointSet.of(escaped));
            }
        }
    }
}
