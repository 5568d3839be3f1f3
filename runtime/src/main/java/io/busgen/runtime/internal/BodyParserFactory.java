package io.busgen.runtime.internal;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * The Jackson factory of the parsers that read bodies. A body is UTF-8 (the checks before parsing refuse UTF-16 and
 * UTF-32), so no parser detects an encoding; a UTF-8 byte order mark is skipped, as Infrahub's Python skips it. And
 * an escaped surrogate that is not half of a pair ({@link LoneSurrogates}) is refused where the parser decodes the
 * escape, in names and in values, read or skipped: a body without such escapes costs nothing for the rule, where a
 * scan of the whole body before parsing cost a tenth of decoding a 1.2 kB one.
 *
 * <p>Only parsers of a {@code byte[]} carry the rule: bodies are decoded from nothing else. The other {@code
 * createParser} methods make Jackson's own parsers.
 */
final class BodyParserFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    /**
     * A factory made as {@code builder} says, for bodies.
     *
     * @param builder the settings: limits, recycler pool, error reports, duplicate detection
     */
    BodyParserFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext readContext, IOContext ioContext, byte[] data, int offset,
            int length) {
        _checkRangeBoundsForByteArray(data, offset, length);
        _streamReadConstraints.validateDocumentLength(length);
        int start = offset + (byteOrderMark(data, offset, length) ? 3 : 0);
        ioContext.setEncoding(JsonEncoding.UTF8);
        return new BodyParser(readContext, ioContext, readContext.getStreamReadFeatures(_streamReadFeatures),
                readContext.getFormatReadFeatures(_formatReadFeatures),
                _byteSymbolCanonicalizer.makeChild(_factoryFeatures), data, start, offset + length, start - offset);
    }

    /** Whether the bytes open with UTF-8's byte order mark, EF BB BF. */
    static boolean byteOrderMark(byte[] data, int offset, int length) {
        return length >= 3 && data[offset] == (byte) 0xEF && data[offset + 1] == (byte) 0xBB
                && data[offset + 2] == (byte) 0xBF;
    }

    /**
     * Jackson's parser of UTF-8 bytes, with one rule more: each {@code \u005CuXXXX} escape of a surrogate must be half
     * of a pair, a high half followed at once by an escaped low half. Jackson decodes every escape, of names and of
     * values, whether they are read or skipped, with {@link #_decodeEscaped}, with the backslash just read; so that is
     * where the rule is checked.
     */
    private static final class BodyParser extends UTF8StreamJsonParser {

        /** Where the escape of the low half that pairs the last high half decoded starts (its backslash), or -1. */
        private int pairedLow = -1;

        BodyParser(ObjectReadContext readContext, IOContext ioContext, int streamFeatures, int formatFeatures,
                ByteQuadsCanonicalizer names, byte[] body, int start, int end, int skipped) {
            super(readContext, ioContext, streamFeatures, formatFeatures, null, names, body, start, end, skipped,
                    false);
        }

        @Override
        protected char _decodeEscaped() {
            int backslash = _inputPtr - 1;
            char decoded = super._decodeEscaped();
            if (Character.isSurrogate(decoded)) { // only a \\u escape decodes to one
                checkPaired(backslash, decoded);
            }
            return decoded;
        }

        private void checkPaired(int backslash, char half) {
            if (Character.isHighSurrogate(half) && LoneSurrogates.lowHalfAt(_inputBuffer, _inputPtr, _inputEnd)) {
                pairedLow = _inputPtr;
            } else if (Character.isLowSurrogate(half) && backslash == pairedLow) {
                pairedLow = -1;
            } else {
                // Located as the parser locates every error: its line count (which counts a lone CR, too) and the
                // byte offset of the line's start.
                throw LoneSurrogates.refusal(_inputBuffer, backslash, _currInputRow,
                        backslash - _currInputRowStart + 1);
            }
        }
    }
}
