package io.busgen.runtime.internal;

import io.busgen.runtime.DecodeException;
import java.nio.charset.StandardCharsets;

/**
 * The rule for a {@code \u005CuD800}-style escape of a surrogate: it must be half of a pair, a high half followed at
 * once by an escaped low half. A lone half names no Unicode character; busgen refuses it in names and in string
 * values alike, so that one rule holds for the whole body (RFC 7493, I-JSON). Unescaped surrogates are invalid UTF-8,
 * which the parser refuses already. A body's parser checks the rule as it decodes each escape ({@link
 * BodyParserFactory}).
 */
final class LoneSurrogates {

    private LoneSurrogates() {}

    /** Whether the bytes from {@code at} (before {@code end}) open with the escape of a low half, {@code \u005CuDC00} to {@code \u005CuDFFF}. */
    static boolean lowHalfAt(byte[] body, int at, int end) {
        if (at + 6 > end || body[at] != '\\' || body[at + 1] != 'u') {
            return false;
        }
        int unit = 0;
        for (int k = at + 2; k < at + 6; k++) {
            int digit = Character.digit(body[k], 16);
            if (digit < 0) {
                return false;
            }
            unit = unit * 16 + digit;
        }
        return Character.isLowSurrogate((char) unit);
    }

    /**
     * The refusal of the lone half whose escape starts at {@code backslash}: malformed JSON, located by line and
     * column (in bytes, from 1) as the parser counts them, with the fix.
     */
    static DecodeException refusal(byte[] body, int backslash, int line, int column) {
        return new DecodeException(DecodeException.Reason.MALFORMED_JSON, "", "malformed JSON at line " + line
                + ", column " + column + ": " + new String(body, backslash, 6, StandardCharsets.US_ASCII)
                + " is half of a surrogate pair, not a character; escape a character beyond U+FFFF as a pair"
                + " (\\ud83d\\ude00)");
    }
}
