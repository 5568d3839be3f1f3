package io.busgen.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds a {@code \u005CuD800}-style escape of a surrogate that is not half of a pair. Such an escape names no Unicode
 * character; Jackson refuses it in property names, and busgen refuses it in string values too, so that one rule holds
 * for the whole body (RFC 7493, I-JSON). Unescaped surrogates are invalid UTF-8, which the parser refuses already.
 *
 * <p>The scan reads thirty-two or eight bytes at a time and looks closer only where a backslash is: a body without
 * escapes costs a fraction of parsing it.
 */
final class LoneSurrogates {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long BACKSLASHES = ONES * '\\';

    private LoneSurrogates() {}

    /** The offset of the first lone surrogate escape's backslash, or -1 when there is none. */
    static int find(byte[] body) {
        int i = 0;
        int end = body.length;
        while (i < end) {
            if (i + 4 * Long.BYTES <= end && ((zeroBytes((long) LONGS.get(body, i) ^ BACKSLASHES)
                    | zeroBytes((long) LONGS.get(body, i + Long.BYTES) ^ BACKSLASHES)
                    | zeroBytes((long) LONGS.get(body, i + 2 * Long.BYTES) ^ BACKSLASHES)
                    | zeroBytes((long) LONGS.get(body, i + 3 * Long.BYTES) ^ BACKSLASHES)) & HIGHS) == 0) {
                // Thirty-two bytes a step where there is room: most bodies have a backslash in few places, if any.
                i += 4 * Long.BYTES;
                continue;
            }
            if (i + Long.BYTES <= end) {
                long word = backslashes((long) LONGS.get(body, i));
                if (word == 0) {
                    i += Long.BYTES;
                    continue;
                }
                i += Long.numberOfTrailingZeros(word) >>> 3; // straight to the word's first backslash
            } else if (body[i] != '\\') {
                i++;
                continue;
            }
            // An escape: a surrogate one must be a high one directly followed by an escaped low one.
            int unit = escapedUnit(body, i);
            if (unit < 0) {
                i += 2; // any other escape, \\ included: its second character is not the start of one
            } else if (Character.isHighSurrogate((char) unit)) {
                int next = i + 6 < end && body[i + 6] == '\\' ? escapedUnit(body, i + 6) : -1;
                if (next < 0 || !Character.isLowSurrogate((char) next)) {
                    return i;
                }
                i += 12;
            } else if (Character.isLowSurrogate((char) unit)) {
                return i;
            } else {
                i += 6;
            }
        }
        return -1;
    }

    /**
     * The backslashes of eight little-endian bytes: the high bit of each byte that is one, and no bit below the first
     * backslash (a borrow can mark a byte after a backslash, never one before it, so the lowest bit set is exact).
     */
    private static long backslashes(long word) {
        return zeroBytes(word ^ BACKSLASHES) & HIGHS;
    }

    /** The zero bytes of a word, each marked in its high bit, with other bits set too (masked off by HIGHS). */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x;
    }

    /** The code unit of a {@code \u005CuXXXX} escape at {@code at}, or -1 when there is none there. */
    private static int escapedUnit(byte[] body, int at) {
        if (at + 5 >= body.length || body[at + 1] != 'u') {
            return -1;
        }
        int unit = 0;
        for (int k = at + 2; k < at + 6; k++) {
            int digit = Character.digit(body[k], 16);
            if (digit < 0) {
                return -1;
            }
            unit = unit * 16 + digit;
        }
        return unit;
    }
}
