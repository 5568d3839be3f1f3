package io.busgen.runtime.internal;

/**
 * The {@code json-pointer} and {@code relative-json-pointer} formats.
 *
 * <ul>
 * <li>{@code json-pointer}: RFC 6901, section 3: empty, or {@code "/"}-prefixed reference tokens in which every
 *     {@code ~} is followed by {@code 0} or {@code 1}; any other character is allowed (after JSON unescaping, control
 *     characters included).</li>
 * <li>{@code relative-json-pointer}: draft-bhutton-relative-json-pointer-00 (the one JSON Schema 2020-12 names):
 *     a non-negative integer in ASCII digits without a leading zero, an optional index adjustment ({@code +} or
 *     {@code -} and such an integer), then {@code #} or a JSON pointer.</li>
 * </ul>
 */
public final class JsonPointerFormat {

    private JsonPointerFormat() {}

    /**
     * Whether {@code value} is an RFC 6901 JSON pointer.
     *
     * @param value the string
     * @return whether it is valid
     */
    public static boolean isJsonPointer(String value) {
        return isJsonPointer(value, 0);
    }

    /**
     * Whether {@code value} is a relative JSON pointer.
     *
     * @param value the string
     * @return whether it is valid
     */
    public static boolean isRelativeJsonPointer(String value) {
        int i = nonNegativeInteger(value, 0);
        if (i < 0) {
            return false;
        }
        if (i < value.length() && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
            i = nonNegativeInteger(value, i + 1);
            if (i < 0) {
                return false;
            }
        }
        if (i < value.length() && value.charAt(i) == '#') {
            return i + 1 == value.length();
        }
        return isJsonPointer(value, i);
    }

    /** Whether {@code value} from {@code from} on is a JSON pointer. */
    private static boolean isJsonPointer(String value, int from) {
        if (from < value.length() && value.charAt(from) != '/') {
            return false;
        }
        for (int i = from; i < value.length(); i++) {
            if (value.charAt(i) == '~') {
                if (i + 1 == value.length() || (value.charAt(i + 1) != '0' && value.charAt(i + 1) != '1')) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** The index after {@code 0 / [1-9] *DIGIT} at {@code from}, or -1. */
    private static int nonNegativeInteger(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            i++;
        }
        if (i == from || (value.charAt(from) == '0' && i - from > 1)) {
            return -1;
        }
        return i;
    }
}
