package io.busgen.runtime.internal;

/**
 * The {@code uri}, {@code uri-reference}, {@code iri} and {@code iri-reference} formats: the grammars of RFC 3986
 * ({@code URI}, {@code URI-reference}) and RFC 3987 ({@code IRI}, {@code IRI-reference}), checked exactly, by one
 * scan per part. {@code java.net.URI} is not used: it follows RFC 2396 and lets through what RFC 3986 refuses.
 *
 * <ul>
 * <li>A scheme is a letter, then letters, digits, {@code + - .}, then {@code :}. Without one, a reference is relative
 *     and the first segment of its path may not hold a colon ({@code ./a:b}, not {@code a:b} with a bad scheme).</li>
 * <li>{@code //} starts the authority: {@code [userinfo@]host[:port]}, at most one {@code @}; the host is an IP
 *     literal in brackets (an RFC 4291 IPv6 address, as the {@code ipv6} format checks it, or {@code vX.y}
 *     IPvFuture) or a reg-name, which an IPv4 address also is; the port is digits.</li>
 * <li>Paths, queries and fragments hold only unreserved characters, sub-delims, {@code : @ /} ({@code ?} too in a
 *     query or fragment) and {@code %} followed by two hex digits.</li>
 * <li>In an IRI, the characters of RFC 3987's {@code ucschar} count as unreserved, and its {@code iprivate}
 *     characters are allowed in the query; the bidirectional formatting characters (LRM, RLM, LRE, RLE, LRO, RLO,
 *     PDF) are not, as RFC 3987 section 4.1 says.</li>
 * </ul>
 */
public final class UriFormat {

    private static final String SUB_DELIMS = "!$&'()*+,;=";

    private UriFormat() {}

    /**
     * Whether {@code value} is an RFC 3986 {@code URI} (a scheme is required).
     *
     * @param value the string
     * @return whether it is valid
     */
    public static boolean isUri(String value) {
        return isReference(value, false, true);
    }

    /**
     * Whether {@code value} is an RFC 3986 {@code URI-reference}.
     *
     * @param value the string
     * @return whether it is valid
     */
    public static boolean isUriReference(String value) {
        return isReference(value, false, false);
    }

    /**
     * Whether {@code value} is an RFC 3987 {@code IRI} (a scheme is required).
     *
     * @param value the string
     * @return whether it is valid
     */
    public static boolean isIri(String value) {
        return isReference(value, true, true);
    }

    /**
     * Whether {@code value} is an RFC 3987 {@code IRI-reference}.
     *
     * @param value the string
     * @return whether it is valid
     */
    public static boolean isIriReference(String value) {
        return isReference(value, true, false);
    }

    /**
     * Whether a {@code %} at {@code i} starts a {@code pct-encoded} triplet.
     *
     * @param value the string
     * @param i the index of the {@code %}
     * @return whether two hex digits follow it
     */
    static boolean isPercentEncoded(String value, int i) {
        return i + 2 < value.length() && value.charAt(i) == '%' && isHex(value.charAt(i + 1))
                && isHex(value.charAt(i + 2));
    }

    /** RFC 3987 {@code ucschar}. */
    static boolean isUcschar(int c) {
        if (c >= 0xA0 && c <= 0xD7FF || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFEF) {
            return true;
        }
        // %x10000-1FFFD / %x20000-2FFFD / ... / %xE1000-EFFFD: every plane from 1 to 14 but its last two code
        // points, and in plane 14 only from E1000.
        return c >= 0x10000 && c <= 0xEFFFD && (c & 0xFFFF) <= 0xFFFD && !(c >= 0xE0000 && c < 0xE1000);
    }

    /** RFC 3987 {@code iprivate}. */
    static boolean isIprivate(int c) {
        return c >= 0xE000 && c <= 0xF8FF || c >= 0xF0000 && c <= 0xFFFFD || c >= 0x100000 && c <= 0x10FFFD;
    }

    /** LRM, RLM, LRE, RLE, PDF, LRO, RLO: RFC 3987, section 4.1. */
    private static boolean isBidiFormatting(int c) {
        return c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E;
    }

    private static boolean isReference(String value, boolean iri, boolean schemeRequired) {
        int fragment = value.indexOf('#');
        int end = fragment < 0 ? value.length() : fragment;
        int query = value.indexOf('?');
        if (query > end) {
            query = -1;
        }
        int pathEnd = query < 0 ? end : query;
        int schemeEnd = schemeEnd(value, pathEnd);
        if (schemeEnd < 0 && schemeRequired) {
            return false;
        }
        int i = schemeEnd < 0 ? 0 : schemeEnd + 1;
        if (value.startsWith("//", i)) {
            int authorityEnd = indexOf(value, '/', i + 2, pathEnd);
            if (!isAuthority(value, i + 2, authorityEnd, iri)) {
                return false;
            }
            i = authorityEnd;
        } else if (schemeEnd < 0) {
            // path-noscheme: no colon before the first "/"
            int colon = indexOf(value, ':', i, pathEnd);
            if (colon < indexOf(value, '/', i, pathEnd)) {
                return false;
            }
        }
        if (!all(value, i, pathEnd, iri, ":@/", false)) {
            return false;
        }
        if (query >= 0 && !all(value, query + 1, end, iri, ":@/?", true)) {
            return false;
        }
        return fragment < 0 || all(value, fragment + 1, value.length(), iri, ":@/?", false);
    }

    /** The index of the ":" that ends a scheme starting the string, looking no further than {@code limit}, or -1. */
    private static int schemeEnd(String value, int limit) {
        if (limit == 0 || !isAlpha(value.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < limit; i++) {
            char c = value.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    /** {@code authority = [ userinfo "@" ] host [ ":" port ]} in {@code value[from, to)}. */
    private static boolean isAuthority(String value, int from, int to, boolean iri) {
        int at = indexOf(value, '@', from, to);
        int hostStart = from;
        if (at < to) {
            if (!all(value, from, at, iri, ":", false)) {
                return false;
            }
            hostStart = at + 1;
        }
        int hostEnd;
        if (hostStart < to && value.charAt(hostStart) == '[') {
            int close = indexOf(value, ']', hostStart, to);
            if (close == to || !isIpLiteral(value, hostStart + 1, close)) {
                return false;
            }
            hostEnd = close + 1;
        } else {
            hostEnd = indexOf(value, ':', hostStart, to);
            if (!all(value, hostStart, hostEnd, iri, "", false)) {
                return false; // reg-name (an IPv4 address is a reg-name too)
            }
        }
        if (hostEnd == to) {
            return true;
        }
        if (value.charAt(hostEnd) != ':') {
            return false;
        }
        for (int i = hostEnd + 1; i < to; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Inside {@code [...]}: an IPv6 address or {@code IPvFuture}. */
    private static boolean isIpLiteral(String value, int from, int to) {
        if (from < to && (value.charAt(from) == 'v' || value.charAt(from) == 'V')) {
            int i = from + 1;
            while (i < to && isHex(value.charAt(i))) {
                i++;
            }
            if (i == from + 1 || i >= to || value.charAt(i) != '.' || i + 1 == to) {
                return false;
            }
            for (int j = i + 1; j < to; j++) {
                char c = value.charAt(j);
                if (!isUnreserved(c) && SUB_DELIMS.indexOf(c) < 0 && c != ':') {
                    return false;
                }
            }
            return true;
        }
        return Formats.isValid("ipv6", value.substring(from, to));
    }

    /**
     * Whether {@code value[from, to)} is all unreserved characters (with {@code ucschar} for an IRI), sub-delims,
     * percent escapes, {@code extra}, and {@code iprivate} where {@code privateUse} (an IRI's query).
     */
    private static boolean all(String value, int from, int to, boolean iri, String extra, boolean privateUse) {
        int i = from;
        while (i < to) {
            int c = value.codePointAt(i);
            if (c == '%') {
                if (!isPercentEncoded(value, i) || i + 3 > to) {
                    return false;
                }
                i += 3;
                continue;
            }
            boolean allowed = c < 0x80 ? isUnreserved((char) c) || SUB_DELIMS.indexOf(c) >= 0 || extra.indexOf(c) >= 0
                    : iri && !isBidiFormatting(c) && (isUcschar(c) || privateUse && isIprivate(c));
            if (!allowed) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The index of {@code c} in {@code value[from, to)}, or {@code to}. */
    private static int indexOf(String value, char c, int from, int to) {
        int i = value.indexOf(c, from);
        return i < 0 || i > to ? to : i;
    }

    private static boolean isUnreserved(char c) {
        return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
