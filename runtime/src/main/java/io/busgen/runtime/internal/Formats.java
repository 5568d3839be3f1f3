package io.busgen.runtime.internal;

import io.busgen.runtime.internal.DurationFormat;
import io.busgen.runtime.internal.HostnameFormat;
import io.busgen.runtime.internal.JsonPointerFormat;
import io.busgen.runtime.internal.UriFormat;
import io.busgen.runtime.internal.UriTemplateFormat;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON Schema 2020-12 {@code format} values busgen can assert: every format of the specification, each checked by
 * a hand-written linear scanner of its RFC's grammar (no regular expressions, so no backtracking blow-ups), the
 * internationalised domain names on ICU4J.
 *
 * <ul>
 * <li>{@code date}: RFC 3339 {@code full-date} ({@code 2024-02-29}) with real calendar days, leap years included.</li>
 * <li>{@code time}: RFC 3339 {@code full-time} ({@code 08:30:06.283185Z}, {@code 23:59:60-00:00}): the offset is
 *     required ({@code Z} or {@code ±hh:mm}), fractions of any length are allowed, and second 60 only where the time
 *     is 23:59:60 in UTC. {@code Z} may be lowercase.</li>
 * <li>{@code date-time}: {@code date}, {@code T} (or {@code t}), {@code time}.</li>
 * <li>{@code duration}: RFC 3339 Appendix A ({@link io.busgen.runtime.internal.DurationFormat}).</li>
 * <li>{@code uuid}: RFC 4122 text, 8-4-4-4-12 hex digits in any case.</li>
 * <li>{@code email}: an RFC 5321 {@code Mailbox}: a dot-atom or quoted-string local part (at most 64 characters),
 *     {@code @}, and a domain of letter/digit/hyphen labels (each at most 63 characters, not starting or ending with
 *     a hyphen; at most 255 characters in all) or an address literal {@code [192.0.2.1]} / {@code [IPv6:::1]}.
 *     ASCII only (internationalised addresses are {@code idn-email}).</li>
 * <li>{@code idn-email}: RFC 6531; {@code hostname}: RFC 1123 with RFC 5890 A-labels; {@code idn-hostname}:
 *     RFC 5890-5893 (IDNA2008). These three need ICU4J on the class path
 *     ({@link io.busgen.runtime.internal.HostnameFormat}); without it, asserting them throws
 *     {@link IllegalStateException}.</li>
 * <li>{@code uri}, {@code uri-reference}: RFC 3986; {@code iri}, {@code iri-reference}: RFC 3987
 *     ({@link io.busgen.runtime.internal.UriFormat}).</li>
 * <li>{@code uri-template}: RFC 6570 ({@link io.busgen.runtime.internal.UriTemplateFormat}).</li>
 * <li>{@code json-pointer}: RFC 6901; {@code relative-json-pointer}: draft-bhutton-relative-json-pointer-00
 *     ({@link io.busgen.runtime.internal.JsonPointerFormat}).</li>
 * <li>{@code regex}: an ECMA-262 regular expression (with the {@code u} flag), whether or not busgen can run it
 *     ({@link EcmaRegex}).</li>
 * <li>{@code ipv4}: RFC 2673 dotted quad, each part 0&ndash;255 without leading zeros.</li>
 * <li>{@code ipv6}: RFC 4291 text forms: eight groups of one to four hex digits, one {@code ::} standing for one or
 *     more zero groups, and an optional IPv4 dotted quad as the last 32 bits; no zone id and no prefix length.</li>
 * </ul>
 */
public final class Formats {

    /** The formats busgen can assert. */
    public static final Set<String> ASSERTED = Set.of("date-time", "date", "time", "duration", "uuid", "email",
            "idn-email", "hostname", "idn-hostname", "uri", "uri-reference", "iri", "iri-reference", "uri-template",
            "json-pointer", "relative-json-pointer", "regex", "ipv4", "ipv6");

    private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

    private Formats() {}

    /**
     * Whether {@code value} is valid for {@code format}; formats busgen does not assert ({@link #ASSERTED}) are always
     * valid.
     *
     * @param format the {@code format} keyword's value
     * @param value the string
     * @return whether the string is valid
     * @throws IllegalStateException for {@code hostname}, {@code idn-hostname} and {@code idn-email} when ICU4J is not
     *     on the class path
     */
    public static boolean isValid(String format, String value) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(value, "value");
        switch (format) {
            case "date-time":
                return isDateTime(value);
            case "date":
                return isDate(value, 0, value.length());
            case "time":
                return isTime(value, 0, value.length());
            case "uuid":
                return isUuid(value);
            case "email":
                return isEmail(value);
            case "uri":
                return UriFormat.isUri(value);
            case "duration":
                return DurationFormat.isValid(value);
            case "idn-email":
                return HostnameFormat.isIdnEmail(value);
            case "hostname":
                return HostnameFormat.isHostname(value);
            case "idn-hostname":
                return HostnameFormat.isIdnHostname(value);
            case "uri-reference":
                return UriFormat.isUriReference(value);
            case "iri":
                return UriFormat.isIri(value);
            case "iri-reference":
                return UriFormat.isIriReference(value);
            case "uri-template":
                return UriTemplateFormat.isValid(value);
            case "json-pointer":
                return JsonPointerFormat.isJsonPointer(value);
            case "relative-json-pointer":
                return JsonPointerFormat.isRelativeJsonPointer(value);
            case "regex":
                return EcmaRegex.isValidSyntax(value);
            case "ipv4":
                return isIpv4(value, 0, value.length());
            case "ipv6":
                return isIpv6(value, 0, value.length());
            default:
                return true;
        }
    }

    // ---- RFC 3339

    private static boolean isDateTime(String value) {
        return value.length() > 11 && isDate(value, 0, 10) && (value.charAt(10) == 'T' || value.charAt(10) == 't')
                && isTime(value, 11, value.length());
    }

    /** {@code full-date} in {@code value[from, to)}. */
    private static boolean isDate(String value, int from, int to) {
        if (to - from != 10 || value.charAt(from + 4) != '-' || value.charAt(from + 7) != '-') {
            return false;
        }
        int year = digits(value, from, 4);
        int month = digits(value, from + 5, 2);
        int day = digits(value, from + 8, 2);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** {@code full-time} in {@code value[from, to)}. */
    private static boolean isTime(String value, int from, int to) {
        // hh:mm:ss at least, then an optional fraction, then the offset
        if (to - from < 9 || value.charAt(from + 2) != ':' || value.charAt(from + 5) != ':') {
            return false;
        }
        int hour = digits(value, from, 2);
        int minute = digits(value, from + 3, 2);
        int second = digits(value, from + 6, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return false;
        }
        int i = from + 8;
        if (value.charAt(i) == '.') {
            int fractionStart = ++i;
            while (i < to && isDigit(value.charAt(i))) {
                i++;
            }
            if (i == fractionStart) {
                return false;
            }
        }
        if (i >= to) {
            return false;
        }
        int offsetMinutes;
        char sign = value.charAt(i);
        if (sign == 'Z' || sign == 'z') {
            if (i + 1 != to) {
                return false;
            }
            offsetMinutes = 0;
        } else if (sign == '+' || sign == '-') {
            if (to - i != 6 || value.charAt(i + 3) != ':') {
                return false;
            }
            int offsetHour = digits(value, i + 1, 2);
            int offsetMinute = digits(value, i + 4, 2);
            if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) {
                return false;
            }
            offsetMinutes = (sign == '+' ? 1 : -1) * (offsetHour * 60 + offsetMinute);
        } else {
            return false;
        }
        if (second == 60) {
            int utcMinuteOfDay = Math.floorMod(hour * 60 + minute - offsetMinutes, 24 * 60);
            return utcMinuteOfDay == 23 * 60 + 59;
        }
        return true;
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String value, int from, int count) {
        int result = 0;
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // ---- RFC 4122

    private static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !isHex(c)) {
                return false;
            }
        }
        return true;
    }

    // ---- RFC 2673 / RFC 4291

    /** A dotted quad in {@code value[from, to)}. */
    private static boolean isIpv4(String value, int from, int to) {
        int parts = 0;
        int i = from;
        while (true) {
            int start = i;
            int number = 0;
            while (i < to && isDigit(value.charAt(i)) && i - start < 3) {
                number = number * 10 + (value.charAt(i) - '0');
                i++;
            }
            int length = i - start;
            if (length == 0 || number > 255 || (length > 1 && value.charAt(start) == '0')) {
                return false;
            }
            parts++;
            if (i == to) {
                return parts == 4;
            }
            if (value.charAt(i) != '.' || parts == 4) {
                return false;
            }
            i++;
        }
    }

    /** An RFC 4291 address in {@code value[from, to)}. */
    private static boolean isIpv6(String value, int from, int to) {
        int compression = value.indexOf("::", from);
        if (compression >= to - 1) {
            compression = -1;
        }
        if (compression < 0) {
            return groups(value, from, to, true) == 8;
        }
        if (value.indexOf("::", compression + 1) >= 0 && value.indexOf("::", compression + 1) < to - 1) {
            return false; // a second "::" (":::" included)
        }
        int head = compression == from ? 0 : groups(value, from, compression, false);
        int tail = compression + 2 == to ? 0 : groups(value, compression + 2, to, true);
        return head >= 0 && tail >= 0 && head + tail <= 7;
    }

    /**
     * How many 16-bit groups {@code value[from, to)} holds ({@code h16 *(":" h16)}, the last possibly a dotted quad
     * counting two), or -1 when it is not such a list.
     */
    private static int groups(String value, int from, int to, boolean ipv4Last) {
        int count = 0;
        int i = from;
        while (true) {
            int start = i;
            while (i < to && isHex(value.charAt(i)) && i - start < 4) {
                i++;
            }
            if (i < to && (value.charAt(i) == '.' || isHex(value.charAt(i)))) {
                // a dotted quad (the digits just read are its first part) or a fifth hex digit
                int end = value.indexOf(':', start);
                if (!ipv4Last || (end >= 0 && end < to) || !isIpv4(value, start, to)) {
                    return -1;
                }
                return count + 2;
            }
            if (i == start) {
                return -1;
            }
            count++;
            if (count > 8) {
                return -1;
            }
            if (i == to) {
                return count;
            }
            if (value.charAt(i) != ':') {
                return -1;
            }
            i++;
        }
    }

    // ---- RFC 5321

    private static boolean isEmail(String value) {
        int at = localPartEnd(value, false);
        if (at < 0 || at > 64 || at >= value.length() || value.charAt(at) != '@') {
            return false;
        }
        int from = at + 1;
        int to = value.length();
        if (from < to && value.charAt(from) == '[') {
            if (value.charAt(to - 1) != ']' || to - from < 3) {
                return false;
            }
            if (value.regionMatches(true, from + 1, "IPv6:", 0, 5)) {
                return isIpv6(value, from + 6, to - 1);
            }
            return isIpv4(value, from + 1, to - 1);
        }
        return isDomain(value, from, to);
    }

    /**
     * The index just after the local part (a dot-string or a quoted string) at the start, or -1: RFC 5321's ASCII
     * form, or with {@code utf8} RFC 6531's, which also takes any non-ASCII code point ({@code idn-email}).
     */
    static int localPartEnd(String value, boolean utf8) {
        if (value.isEmpty()) {
            return -1;
        }
        if (value.charAt(0) == '"') {
            int i = 1;
            while (i < value.length()) {
                char c = value.charAt(i);
                if (c == '"') {
                    return i + 1;
                } else if (c == '\\') {
                    if (i + 1 >= value.length() || value.charAt(i + 1) < 32 || value.charAt(i + 1) > 126) {
                        return -1;
                    }
                    i += 2;
                } else if (c >= 32 && c <= 126 || utf8 && isNonAscii(value, i)) {
                    i += Character.charCount(value.codePointAt(i));
                } else {
                    return -1;
                }
            }
            return -1;
        }
        int i = 0;
        boolean atomStart = true;
        while (i < value.length() && value.charAt(i) != '@') {
            char c = value.charAt(i);
            if (c == '.') {
                if (atomStart) {
                    return -1; // leading or double dot
                }
                atomStart = true;
            } else if (isAlpha(c) || isDigit(c) || (c < 0x80 && ATEXT_SYMBOLS.indexOf(c) >= 0)
                    || utf8 && isNonAscii(value, i)) {
                atomStart = false;
            } else {
                return -1;
            }
            i += Character.charCount(value.codePointAt(i));
        }
        return atomStart ? -1 : i; // empty or a trailing dot
    }

    /** RFC 6532 {@code UTF8-non-ascii} at {@code i}: any code point above U+007F, but not half a surrogate pair. */
    private static boolean isNonAscii(String value, int i) {
        int c = value.codePointAt(i);
        return c >= 0x80 && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /** RFC 5321 {@code Domain}: dot-separated letter/digit/hyphen labels. */
    private static boolean isDomain(String value, int from, int to) {
        if (to - from > 255 || from == to) {
            return false;
        }
        int labelStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || value.charAt(i) == '.') {
                int length = i - labelStart;
                if (length == 0 || length > 63 || value.charAt(labelStart) == '-' || value.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else {
                char c = value.charAt(i);
                if (!isAlpha(c) && !isDigit(c) && c != '-') {
                    return false;
                }
            }
        }
        return true;
    }
}
