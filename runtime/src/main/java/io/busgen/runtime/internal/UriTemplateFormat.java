package io.busgen.runtime.internal;

/**
 * The {@code uri-template} format: RFC 6570, section 2, at level 4, with verified erratum 6937 (an apostrophe is a
 * literal, as the RFC's own example {@code '{var}'} needs).
 *
 * <pre>
 * URI-Template  = *( literals / expression )
 * literals      = %x21 / %x23-24 / %x26-3B / %x3D / %x3F-5B / %x5D / %x5F / %x61-7A / %x7E / ucschar / iprivate
 *               / pct-encoded
 * expression    = "{" [ operator ] variable-list "}"
 * operator      = "+" / "#" / "." / "/" / ";" / "?" / "&amp;" / "=" / "," / "!" / "@" / "|"
 * variable-list = varspec *( "," varspec )
 * varspec       = varname [ ":" max-length / "*" ]
 * varname       = varchar *( ["."] varchar )
 * varchar       = ALPHA / DIGIT / "_" / pct-encoded
 * max-length    = %x31-39 0*3DIGIT
 * </pre>
 *
 * <p>The operators RFC 6570 reserves for future extensions ({@code = , ! @ |}) are accepted, as its grammar accepts
 * them.
 */
public final class UriTemplateFormat {

    private static final String OPERATORS = "+#./;?&=,!@|";

    private UriTemplateFormat() {}

    /**
     * Whether {@code value} is an RFC 6570 URI template.
     *
     * @param value the string
     * @return whether it is valid
     */
    public static boolean isValid(String value) {
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            if (c == '{') {
                i = expression(value, i + 1);
                if (i < 0) {
                    return false;
                }
            } else if (c == '%') {
                if (!UriFormat.isPercentEncoded(value, i)) {
                    return false;
                }
                i += 3;
            } else if (isLiteral(c)) {
                i += Character.charCount(c);
            } else {
                return false;
            }
        }
        return true;
    }

    /** The index after the expression whose body starts at {@code from} (just after its "{"), or -1. */
    private static int expression(String value, int from) {
        int i = from;
        if (i < value.length() && OPERATORS.indexOf(value.charAt(i)) >= 0) {
            i++;
        }
        while (true) {
            i = varname(value, i);
            if (i < 0 || i == value.length()) {
                return -1;
            }
            char c = value.charAt(i);
            if (c == '*') {
                i++;
            } else if (c == ':') {
                int start = ++i;
                while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                    i++;
                }
                if (i == start || i - start > 4 || value.charAt(start) == '0') {
                    return -1;
                }
            }
            if (i == value.length()) {
                return -1;
            }
            c = value.charAt(i);
            if (c == '}') {
                return i + 1;
            }
            if (c != ',') {
                return -1;
            }
            i++;
        }
    }

    /** The index after the varname at {@code from}, or -1. */
    private static int varname(String value, int from) {
        int i = from;
        boolean needChar = true;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '%') {
                if (!UriFormat.isPercentEncoded(value, i)) {
                    return -1;
                }
                i += 3;
                needChar = false;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                i++;
                needChar = false;
            } else if (c == '.' && !needChar) {
                i++;
                needChar = true;
            } else {
                break;
            }
        }
        return needChar ? -1 : i;
    }

    private static boolean isLiteral(int c) {
        return c == 0x21 || c == 0x23 || c == 0x24 || (c >= 0x26 && c <= 0x3B) || c == 0x3D
                || (c >= 0x3F && c <= 0x5B) || c == 0x5D || c == 0x5F || (c >= 0x61 && c <= 0x7A) || c == 0x7E
                || UriFormat.isUcschar(c) || UriFormat.isIprivate(c);
    }
}
