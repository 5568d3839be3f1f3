package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EcmaRegexTest {

    private static final String GRINNING = new String(Character.toChars(0x1F600)); // one code point, two chars
    private static final String BEAMING = new String(Character.toChars(0x1F601));

    private static Arguments yes(String pattern, String input) {
        return Arguments.of(pattern, input, true);
    }

    private static Arguments no(String pattern, String input) {
        return Arguments.of(pattern, input, false);
    }

    static Stream<Arguments> matches() {
        return Stream.of(
                // not anchored, no flags
                yes("b", "abc"), yes("", "anything"), no("^b", "abc"), no("^a", "b\na"),
                // . excludes exactly the four line terminators, and reads code points
                yes(".", "\u0085"), yes("^.$", "\u0085"), no("^.$", "\n"), no("^.$", "\r"), no("^.$", "\u2028"),
                no("^.$", "\u2029"), yes("^.$", "a"), yes("^.$", GRINNING), no("^..$", GRINNING),
                // $ is the end of the input only
                yes("a$", "a"), yes("a$", "ba"), no("a$", "a\n"), no("^a$", "a\r\n"), no("a$", "a\u2028"),
                no("a$", "a\u0085"), yes("a$", "b\na"),
                // \s and \S: the ECMA white space set, inside and outside classes
                yes("^\\s$", "\u00A0"), yes("^\\s$", "\uFEFF"), yes("^\\s$", "\u1680"), yes("^\\s$", "\u2000"),
                yes("^\\s$", "\u200A"), yes("^\\s$", "\u202F"), yes("^\\s$", "\u205F"), yes("^\\s$", "\u3000"),
                yes("^\\s$", "\u2028"), yes("^\\s$", "\u000B"), yes("^\\s$", "\f"), yes("^\\s$", " "),
                yes("^\\s$", "\t"), no("^\\s$", "\u0085"), no("^\\s$", "\u200B"), no("^\\s$", "a"),
                no("^\\S$", "\u00A0"), yes("^\\S$", "a"), yes("^\\S$", "\u0085"),
                yes("^[\\s]$", "\u00A0"), yes("^[x\\s]$", "\uFEFF"), no("^[^\\s]$", "\u00A0"), yes("^[^\\s]$", "a"),
                yes("^[\\S]$", "a"), no("^[\\S]$", "\u3000"), yes("^[^\\S]$", "\uFEFF"), no("^[^\\S]$", "a"),
                yes("^[\\Sa]$", "a"), yes("^[a\\S]$", "b"), no("^[^a\\S]$", "a"), no("^[^a\\S]$", "b"),
                yes("^[^a\\S]$", " "),
                // \d \w are ASCII; \b \B use the ASCII word characters (Java 17's \b does not)
                yes("^\\d$", "5"), no("^\\d$", "\u0663"), yes("^\\D$", "\u0663"), yes("^\\w$", "_"),
                no("^\\w$", "\u00E9"), yes("^\\W$", "\u00E9"), yes("^[\\d\\w]+$", "a1_"), no("^[\\W]$", "a"),
                no("\\b\u00E9", "\u00E9"), yes("\\B\u00E9", "\u00E9"), yes("a\\b", "a\u00E9"), no("a\\B", "a\u00E9"),
                yes("\\bfoo\\b", "a foo."), no("\\bfoo\\b", "afoo"), yes("\\Boo", "foo"), no("^\\b$", ""),
                yes("^\\B$", ""),
                // Unicode properties
                yes("^\\p{Letter}$", "\u00F1"), yes("^\\p{Letter}$", "\u03A9"), no("^\\p{Letter}$", "1"),
                yes("^\\p{L}$", "\u03A9"), yes("^\\P{Letter}$", "1"), no("^\\P{Letter}$", "\u00F1"),
                yes("^\\p{Lowercase_Letter}$", "\u00F1"), no("^\\p{Lowercase_Letter}$", "\u03A9"),
                yes("^\\p{Uppercase_Letter}$", "\u03A9"), yes("^\\p{Lu}$", "\u03A9"), yes("^\\p{gc=Lu}$", "\u03A9"),
                yes("^\\p{General_Category=Decimal_Number}$", "\u0663"), yes("^\\p{Nd}$", "\u0663"),
                yes("^\\p{digit}$", "7"), yes("^\\p{Number}$", "\u00BD"), yes("^\\p{Punctuation}$", "!"),
                yes("^\\p{punct}$", "\u00BF"), yes("^\\p{Symbol}$", "\u20AC"), yes("^\\p{Separator}$", " "),
                yes("^\\p{Separator}$", "\u2028"), yes("^\\p{Mark}$", "\u0301"), yes("^\\p{Combining_Mark}$", "\u0301"),
                yes("^\\p{Other}$", "\u0000"), yes("^\\p{Other}$", "\u0378"), yes("^\\p{Unassigned}$", "\u0378"),
                yes("^\\p{Cased_Letter}$", "\u01C5"), no("^\\p{LC}$", "\u00AA"),
                yes("^\\p{Titlecase_Letter}$", "\u01C5"),
                yes("^\\p{Script=Greek}$", "\u03A9"), no("^\\p{Script=Greek}$", "a"), yes("^\\p{sc=Grek}$", "\u03A9"),
                yes("^\\p{Script=Latin}$", "\u00F1"), yes("^\\p{sc=Cyrillic}$", "\u0416"),
                yes("^\\p{Script=Han}+$", "\u6F22\u5B57"), yes("^\\P{sc=Latn}$", "\u03A9"),
                yes("^\\p{sc=Qaac}$", "\u2C80"), yes("^\\p{sc=Qaai}$", "\u0301"), yes("^\\p{sc=Zyyy}$", "1"),
                yes("^\\p{Script=Old_Italic}$", new String(Character.toChars(0x10300))),
                yes("^\\p{sc=SignWriting}$", new String(Character.toChars(0x1D800))),
                yes("^\\p{ASCII}$", "a"), no("^\\p{ASCII}$", "\u00E9"), yes("^\\P{ASCII}$", "\u00E9"),
                yes("^\\p{Alphabetic}$", "\u03A9"), no("^\\p{Alpha}$", "1"), yes("^\\p{White_Space}$", "\u0085"),
                yes("^\\p{Any}$", GRINNING), yes("^\\p{ASCII_Hex_Digit}$", "f"), no("^\\p{AHex}$", "g"),
                no("^\\p{Hex_Digit}$", "\u0663"), yes("^\\p{Hex_Digit}$", "\uFF21"), yes("^\\p{Lowercase}$", "\u00AA"),
                yes("^\\p{Uppercase}$", "\u03A9"), yes("^\\p{Assigned}$", "a"), no("^\\p{Assigned}$", "\u0378"),
                yes("^\\p{Noncharacter_Code_Point}$", "\uFFFF"),
                yes("^\\p{NChar}$", new String(Character.toChars(0x10FFFE))),
                yes("^\\p{Regional_Indicator}$", new String(Character.toChars(0x1F1E6))),
                yes("^\\p{Ideographic}$", "\u6F22"), yes("^\\p{Join_Control}$", "\u200D"),
                yes("^\\p{Pattern_White_Space}$", "\u200E"),
                yes("^[\\p{ASCII}\\p{Script=Greek}]+$", "a\u03A9"), yes("^[^\\p{L}]$", "1"), no("^[^\\p{L}]$", "a"),
                yes("^[^\\P{L}]$", "a"), no("^[^\\P{L}]$", "1"), yes("^[\\P{L}x]$", "x"), yes("^[\\P{L}x]$", "1"),
                no("^[\\P{L}x]$", "y"),
                // escapes
                yes("^\\u{1F600}$", GRINNING), yes("^\\u{0041}$", "A"), yes("^\\uD83D\\uDE00$", GRINNING),
                yes("^\\u0041$", "A"), yes("^\\x41$", "A"), yes("^\\cJ$", "\n"), yes("^\\cj$", "\n"), no("^\\cj$", "*"),
                yes("^\\/$", "/"), yes("^\\0$", "\0"), yes("^\\v$", "\u000B"), yes("^\\f\\n\\r\\t$", "\f\n\r\t"),
                yes("^[\\b]$", "\b"), yes("^\\.$", "."), no("^\\.$", "a"), yes("^\\$$", "$"), yes("^\\{\\}$", "{}"),
                yes("^\\|\\(\\)\\[\\]\\*\\+\\?\\^\\\\$", "|()[]*+?^\\"),
                // characters special to Java but not to ECMA
                yes("^#$", "#"), yes("^ $", " "), yes("^&&$", "&&"), yes("^<a>$", "<a>"), yes("^\u00E9$", "\u00E9"),
                yes("^-$", "-"), yes("^,$", ","),
                // u flag: a match never splits a surrogate pair
                no("\\uDE00", GRINNING), no("[^\\u{1F600}]", GRINNING), yes("[^\\u{1F600}]", GRINNING + "a"),
                no("[\\uD83D]", GRINNING), yes("^\\uD83D$", "\uD83D"), no("^[^a]{2}$", GRINNING),
                no("(?<=[^\\u{1F600}])b", GRINNING + "b"), yes("(?<=\\u{1F600})b", GRINNING + "b"),
                // classes
                yes("[^]", "\n"), yes("^[^]$", GRINNING), no("[^]", ""), no("[]", "a"), no("[]", ""),
                yes("a[]*b", "ab"),
                yes("^[[]$", "["), yes("^[[a]$", "a"), yes("^[a&&b]$", "&"), yes("^[a&&b]$", "a"), no("^[a&&b]$", "c"),
                yes("^[&&]$", "&"), yes("^[-a]$", "-"), yes("^[a-]$", "-"), yes("^[a-c-e]$", "-"),
                no("^[a-c-e]$", "d"), yes("^[a-c-e]$", "e"), yes("^[\\-]$", "-"), yes("^[\\]]$", "]"),
                yes("^[^a]$", GRINNING), yes("^[\uD83D\uDE00-\uD83D\uDE02]$", BEAMING),
                yes("^[\\u{1F600}-\\u{1F602}]$", BEAMING), no("^[\\u{1F600}-\\u{1F602}]$", "\uD83D"),
                yes("^[\\w-]+$", "a-b_1"), yes("^[$^.*+?(){}|/]+$", "$^.*+?(){}|/"), yes("^[\\^]$", "^"),
                yes("^[a^]$", "^"), no("^[^^]$", "^"), yes("^[--/]$", "."), yes("^[\\x00-\\x1F]$", "\u001F"),
                yes("^[\\s\\d]+$", "1\u00A02"),
                // groups and backreferences
                yes("^(?<year>\\d{4})-\\k<year>$", "2024-2024"), no("^(?<year>\\d{4})-\\k<year>$", "2024-2025"),
                yes("^(?<first_name>a)\\k<first_name>$", "aa"), yes("^(?<\u00F1>a)\\k<\u00F1>$", "aa"),
                yes("^(a)\\1$", "aa"), no("^(a)\\1$", "ab"), yes("^(a|b)\\1$", "bb"), no("^(a|b)\\1$", "ab"),
                yes("^(?=(a))\\1$", "a"), yes("^(a){1}\\1$", "aa"), yes("^((a))\\2$", "aa"),
                yes("^(?:(a)b)\\1$", "aba"),
                yes("^(?:(a)|b)(c)\\2$", "bcc"), yes("^(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10$", "abcdefghijj"),
                yes("^(?:(a)\\1)+$", "aaaa"),
                // lookarounds and quantifiers
                yes("(?<=a)b", "ab"), no("(?<=a)b", "cb"), yes("(?<!a)b", "cb"), no("(?<!a)b", "ab"),
                yes("(?<=a{1,3}|bc)d", "bcd"), yes("(?<=a+)b", "aab"), no("(?<=a+)b", "cb"), no("(?<!a*)b", "cb"),
                yes("(?<!\\d+)x", "ax"), no("(?<!\\d+)x", "12x"), yes("(?<=(?:ab)+)c", "xabc"),
                no("(?<=(?:ab)+)c", "bc"),
                yes("(?<=(?:ab)*c)d", "cd"), yes("(?<=(?:a|bc)+)d", "bcd"), no("(?<=(?:a|bc)+)d", "cd"),
                yes("(?<=a*b+)c", "bc"), no("(?<=a*b+)c", "ac"), yes("(?<=\\u{1F600}+)b", GRINNING + "b"),
                yes("(?<=x|y*)z", "z"), yes("(?<=a{2,})b", "aab"),
                no("(?<=a{2,})b", "ab"), yes("(?<=(a)*)b(c)\\2", "bcc"), yes("(?<=a{1,1000000})b", "ab"),
                yes("^(?!a)", "b"), no("^(?!a)", "a"), yes("^(?=a)a$", "a"),
                yes("^a{2,3}$", "aaa"), no("^a{2,3}$", "aaaa"), yes("^a{2}$", "aa"), yes("^a{2,}$", "aaaaa"),
                no("^a{2,}$", "a"), yes("^a{002}$", "aa"), yes("^a+?$", "aa"), yes("^a*?b$", "b"), yes("^a??$", ""),
                yes("^a{1,2}?$", "aa"), yes("^(?:ab)*$", "abab"), yes("^x{0}$", ""), yes("^(?:a|)$", ""),
                yes("^(?:)$", ""));
    }

    @ParameterizedTest(name = "/{0}/u on \"{1}\" finds: {2}")
    @MethodSource
    void matches(String pattern, String input, boolean expected) {
        assertThat(EcmaRegex.problem(pattern)).isEmpty();
        assertThat(EcmaRegex.compile(pattern).matcher(input).find()).as(EcmaRegex.toJava(pattern)).isEqualTo(expected);
    }

    static Stream<String> invalid() {
        return Stream.of("(", ")", "a)", "(?:a", "[", "[a", "[^", "a{2,1}", "*", "+a", "?", "a**", "a+*", "a{2}{3}",
                "a|*", "(*)", "^*", "$+", "\\b+", "\\B*", "(?=a)*", "(?!a)+", "(?<=a)+", "(?<!a)?", "\\", "[\\",
                "\\a", "\\e", "\\-", "\\z", "\\Z", "\\A", "\\Q", "\\_", "\\ ", "{", "}", "]", "a{", "a{1", "a{1,",
                "x{,5}", "a{1a}", "\\1", "(a)\\2", "\\8", "\\k", "\\k<x>", "(?<x>a)\\k<y>", "\\k<x", "[z-a]",
                "[\\d-z]", "[a-\\d]", "[\\s-\\w]", "[\\p{L}-z]", "\\u{110000}", "\\u{}", "\\u{12", "\\u12", "\\uZZZZ",
                "\\xZZ", "\\x1", "\\c1", "\\c", "[\\c_]", "\\00", "\\01", "[\\01]", "[\\B]", "[\\1]", "[\\k<a>]",
                "\\p{Foo}", "\\p{letter}", "\\p{LETTER}", "\\p{Script=greek}", "\\p{sc=GREEK}", "\\p{gc=Foo}",
                "\\p{gc=Alphabetic}", "\\p{Foo=Bar}", "\\p", "\\p{L", "\\p{}", "\\p{L }", "\\p{=L}", "\\P{gc=}",
                "\\p{Basic_Emoji}", "(?x)", "(?", "(?P<n>a)", "(?<>a)", "(?<1a>a)", "(?<a b>a)", "(?<a", "(?#c)", "(?ii:a)", "(?i-i:a)", "(?-:a)", "(?i)a",
                "a{1,2}{3}", "(a)\\10");
    }

    @ParameterizedTest
    @MethodSource
    void invalid(String pattern) {
        assertThat(EcmaRegex.problem(pattern)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("invalid ECMA-262 regular expression"));
        assertThatThrownBy(() -> EcmaRegex.compile(pattern)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> unsupported() {
        return Stream.of(
                Arguments.of("\\p{Script_Extensions=Greek}", "Script_Extensions"),
                Arguments.of("[\\p{scx=Grek}]", "Script_Extensions"),
                Arguments.of("\\p{Emoji}", "Emoji"),
                Arguments.of("\\P{Extended_Pictographic}", "Extended_Pictographic"),
                Arguments.of("\\p{ID_Start}", "ID_Start"),
                Arguments.of("\\p{Math}", "Math"),
                Arguments.of("(?<=x\\d+)b", "lookbehind"),
                Arguments.of("(?<=a+b+)c", "lookbehind"),
                Arguments.of("(?<!x.*y.*)z", "lookbehind"),
                Arguments.of("(?<=(?:a+)b)c", "lookbehind"),
                Arguments.of("(?<=a|xb+)c", "lookbehind"),
                Arguments.of("(?<=^a*)b", "lookbehind"),
                Arguments.of("(?<=a{1000001})b", "lookbehind"),
                Arguments.of("(?<=(?:a{1000}){1001})b", "lookbehind"),
                Arguments.of("(?<=(?:a|bc){2})d", "lookbehind"),
                Arguments.of("\\p{sc=Katakana_Or_Hiragana}", "Katakana_Or_Hiragana"),
                Arguments.of("(?i:a)", "modifiers"),
                Arguments.of("(?-i:a)", "modifiers"),
                Arguments.of("(?m-s:a)", "modifiers"),
                Arguments.of("\\1(a)", "\\1"),
                Arguments.of("(a\\1)", "\\1"),
                Arguments.of("(a)?\\1", "\\1"),
                Arguments.of("(a)*\\1", "\\1"),
                Arguments.of("(a)+\\1", "\\1"),
                Arguments.of("(a){0,1}\\1", "\\1"),
                Arguments.of("(?:(a)|b)\\1", "\\1"),
                Arguments.of("(a)|\\1", "\\1"),
                Arguments.of("(?!(a))\\1", "\\1"),
                Arguments.of("(?<=(a))\\1", "\\1"),
                Arguments.of("(a)(?<=\\1)", "\\1"),
                Arguments.of("(?<n>a)|\\k<n>", "\\k<n>"),
                Arguments.of("\\k<n>(?<n>a)", "\\k<n>"),
                Arguments.of("(?<n>a)(?<n>b)", "<n>"),
                Arguments.of("(?<n>a)|(?<n>b)", "<n>"),
                Arguments.of("a{2147483648}", "2147483647"),
                Arguments.of("a{0,99999999999999999999}", "2147483647"));
    }

    @ParameterizedTest
    @MethodSource
    void unsupported(String pattern, String named) {
        assertThat(EcmaRegex.problem(pattern)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("unsupported ECMA-262").contains(named));
        assertThatThrownBy(() -> EcmaRegex.compile(pattern)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
    }

    @Test
    void anInvalidPatternIsReportedBeforeAnUnsupportedOne() {
        assertThat(EcmaRegex.problem("\\p{Emoji}(")).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("invalid"));
        assertThat(EcmaRegex.problem("(?<n>a)|\\k<n>\\k<m>")).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("invalid").contains("\\k<m>"));
    }

    @Test
    void messagesNameThePatternAndThePlace() {
        assertThat(EcmaRegex.problem("ab{2,1}")).contains(
                "invalid ECMA-262 regular expression \"ab{2,1}\" at index 2: numbers out of order in the quantifier"
                        + " {2,1}");
        assertThat(EcmaRegex.problem("a\nb(")).hasValueSatisfying(reason -> assertThat(reason)
                .contains("\"a\\u000Ab(\"").doesNotContain("\n"));
    }

    @Test
    void translatesToReadableJava() {
        String suffix = "(?:" + new String(Character.toChars(0x10000)) + "){0}";
        assertThat(EcmaRegex.toJava("^a.b$")).isEqualTo("^a[^\\x{A}\\x{D}\\x{2028}\\x{2029}]b\\z" + suffix);
        assertThat(EcmaRegex.toJava("\\u{1F600}\\cA")).isEqualTo("\\x{1F600}\\x{1}" + suffix);
        assertThat(EcmaRegex.toJava("[[&&]")).isEqualTo("[\\[\\&\\&]" + suffix);
        assertThat(EcmaRegex.toJava("\\p{Letter}\\P{sc=Greek}")).isEqualTo("[\\p{L}][^\\p{sc=GREEK}]" + suffix);
        assertThat(EcmaRegex.toJava("(?<id>x)(?<my_id>y)\\k<id>")).isEqualTo("(?<id>x)(y)(?:\\1)" + suffix);
        assertThat(EcmaRegex.toJava("\u00E9 ")).isEqualTo("\u00E9\\x{20}" + suffix);
        assertThat(EcmaRegex.toJava("(?<!\\d+)x")).isEqualTo("(?<!\\d)x" + suffix);
        assertThat(EcmaRegex.toJava("(?<=a*?b|(c){2,})")).isEqualTo("(?<=(?!(?!)a)b|(c){2})" + suffix);
    }

    @Test
    void keepsJavaGroupNames() {
        Pattern pattern = EcmaRegex.compile("(?<year>\\d{4})-(?<month>\\d{2})");
        var matcher = pattern.matcher("on 2024-02");
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group("year")).isEqualTo("2024");
        assertThat(matcher.group(2)).isEqualTo("02");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> EcmaRegex.compile(null)).isInstanceOf(NullPointerException.class);
    }
}
