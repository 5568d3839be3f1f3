package io.busgen.runtime.internal;

import io.busgen.runtime.PlainJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a message body exactly as the Infrahub system does: compact UTF-8 JSON; {@code "} and {@code \} escaped;
 * {@code \b \f \n \r \t} in short form; other control characters as <code>&#92;u00xx</code> with lower-case hex; everything
 * else, non-ASCII included, as raw UTF-8; {@code /} not escaped. Doubles follow {@link WireNumbers}.
 *
 * <p>Generated codecs drive it: {@link #beginObject()}, then {@link #name(FieldName)} and a value per present
 * field, then {@link #endObject()}. Commas are placed by the writer. A lone surrogate in a string, which UTF-8 cannot
 * carry, is written as its <code>&#92;uXXXX</code> escape so that nothing is lost.
 */
public final class JsonBodyWriter {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private byte[] buffer;
    private int size;
    /** Whether the next value or name needs a comma before it. */
    private boolean needsComma;

    /** A writer with room for 256 bytes to start with. */
    public JsonBodyWriter() {
        this(256);
    }

    /**
     * A writer with room for {@code initialCapacity} bytes to start with.
     *
     * @param initialCapacity the expected size of the body
     */
    public JsonBodyWriter(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    /**
     * The bytes written so far.
     *
     * @return a copy of them
     */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    /**
     * How many bytes have been written.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * Writes <code>&#123;</code>.
     *
     * @return this writer
     */
    public JsonBodyWriter beginObject() {
        separate();
        put((byte) '{');
        needsComma = false;
        return this;
    }

    /**
     * Writes <code>&#125;</code>.
     *
     * @return this writer
     */
    public JsonBodyWriter endObject() {
        put((byte) '}');
        needsComma = true;
        return this;
    }

    /**
     * Writes {@code [}.
     *
     * @return this writer
     */
    public JsonBodyWriter beginArray() {
        separate();
        put((byte) '[');
        needsComma = false;
        return this;
    }

    /**
     * Writes {@code ]}.
     *
     * @return this writer
     */
    public JsonBodyWriter endArray() {
        put((byte) ']');
        needsComma = true;
        return this;
    }

    /**
     * Writes a property name and its colon.
     *
     * @param name the name, encoded once
     * @return this writer
     */
    public JsonBodyWriter name(FieldName name) {
        separate();
        byte[] encoded = name.encoded;
        ensure(encoded.length);
        System.arraycopy(encoded, 0, buffer, size, encoded.length);
        size += encoded.length;
        needsComma = false;
        return this;
    }

    /**
     * Writes a property name given as text (for free-form objects, whose names are not known in advance).
     *
     * @param name the name
     * @return this writer
     */
    public JsonBodyWriter name(String name) {
        separate();
        string(name);
        put((byte) ':');
        needsComma = false;
        return this;
    }

    /**
     * Writes a string.
     *
     * @param value the string
     * @return this writer
     */
    public JsonBodyWriter value(String value) {
        separate();
        string(value);
        needsComma = true;
        return this;
    }

    /**
     * Writes {@code true} or {@code false}.
     *
     * @param value the boolean
     * @return this writer
     */
    public JsonBodyWriter value(boolean value) {
        separate();
        putAll(value ? TRUE : FALSE);
        needsComma = true;
        return this;
    }

    /**
     * Writes an integer.
     *
     * @param value the integer
     * @return this writer
     */
    public JsonBodyWriter value(long value) {
        separate();
        if (value >= 0 && value < 10) {
            put((byte) ('0' + value));
        } else {
            ascii(Long.toString(value));
        }
        needsComma = true;
        return this;
    }

    /**
     * Writes an integer beyond a {@code long}.
     *
     * @param value the integer
     * @return this writer
     */
    public JsonBodyWriter value(BigInteger value) {
        separate();
        ascii(value.toString());
        needsComma = true;
        return this;
    }

    /**
     * Writes a number beyond a double's range, in its own decimal notation ({@code 1E+400}). One without a fraction
     * or an exponent in that notation ({@code 1000...000e0} read with scale 0) gets {@code E0}, so that it reads back
     * as the same decimal rather than as an integer.
     *
     * @param value the number
     * @return this writer
     */
    public JsonBodyWriter value(BigDecimal value) {
        separate();
        String text = value.toString();
        ascii(text.indexOf('.') < 0 && text.indexOf('E') < 0 ? text + "E0" : text);
        needsComma = true;
        return this;
    }

    /**
     * Writes the value of a field a catalogue maps to {@link BigDecimal}, as {@link MappedValues#decimalText} says:
     * plain notation with its scale ({@code 1.50}), so that a number read from plain notation is written as read.
     *
     * @param value the number
     * @return this writer
     */
    public JsonBodyWriter decimal(BigDecimal value) {
        separate();
        ascii(MappedValues.decimalText(value));
        needsComma = true;
        return this;
    }

    /**
     * Writes a number as Infrahub writes a float ({@link WireNumbers}).
     *
     * @param value the number, finite
     * @return this writer
     */
    public JsonBodyWriter value(double value) {
        separate();
        ascii(WireNumbers.format(value));
        needsComma = true;
        return this;
    }

    /**
     * Writes {@code null}.
     *
     * @return this writer
     */
    public JsonBodyWriter nullValue() {
        separate();
        putAll(NULL);
        needsComma = true;
        return this;
    }

    /**
     * Writes a plain JSON value as {@link PlainJson} represents it: {@code null}, {@link String}, {@link Boolean},
     * {@link Long} or {@link Integer} or {@link BigInteger}, {@link Double}, {@link BigDecimal} (a number beyond a
     * double's range, written as it was read), {@link List}, or a {@link Map} with string keys (written in its
     * iteration order).
     *
     * @param value the value
     * @return this writer
     */
    public JsonBodyWriter plainValue(@Nullable Object value) {
        if (value == null) {
            return nullValue();
        }
        if (value instanceof String s) {
            return value(s);
        }
        if (value instanceof Boolean b) {
            return value(b.booleanValue());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return value(big);
        }
        if (value instanceof Double || value instanceof Float) {
            return value(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return value(decimal);
        }
        if (value instanceof Map<?, ?> map) {
            beginObject();
            for (Map.Entry<?, ?> member : map.entrySet()) {
                if (!(member.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("a JSON object's keys are strings, not " + member.getKey());
                }
                name(key);
                plainValue(member.getValue());
            }
            return endObject();
        }
        if (value instanceof List<?> list) {
            beginArray();
            for (Object element : list) {
                plainValue(element);
            }
            return endArray();
        }
        throw new IllegalArgumentException("not a plain JSON value: " + value.getClass().getName());
    }

    /**
     * The JSON string literal of {@code text}, escaped by the Infrahub rules.
     *
     * @param text the text
     * @return the literal, quotes included
     */
    public static String quote(String text) {
        JsonBodyWriter writer = new JsonBodyWriter(text.length() + 8);
        writer.string(text);
        return new String(writer.buffer, 0, writer.size, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void separate() {
        if (needsComma) {
            put((byte) ',');
        }
    }

    private void string(String text) {
        int length = text.length();
        // Room for the common case (every character one to three bytes); escapes check for more on their own.
        ensure(3 * length + 2);
        byte[] out = buffer;
        int at = size;
        out[at++] = '"';
        int i = 0;
        while (i < length) {
            char c = text.charAt(i++);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[at++] = (byte) c;
                    continue;
                }
                size = at;
                ensure(6 + 3 * (length - i) + 1);
                escape(c);
                out = buffer;
                at = size;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i < length && Character.isLowSurrogate(text.charAt(i))) {
                // Four bytes for two characters: within the room made for them.
                int codePoint = Character.toCodePoint(c, text.charAt(i++));
                out[at++] = (byte) (0xf0 | (codePoint >> 18));
                out[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3f));
                out[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3f));
                out[at++] = (byte) (0x80 | (codePoint & 0x3f));
            } else if (Character.isSurrogate(c)) {
                size = at;
                ensure(6 + 3 * (length - i) + 1);
                unicodeEscape(c);
                out = buffer;
                at = size;
            } else {
                out[at++] = (byte) (0xe0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[at++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        out[at++] = '"';
        size = at;
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> putPair('\\', '"');
            case '\\' -> putPair('\\', '\\');
            case '\n' -> putPair('\\', 'n');
            case '\r' -> putPair('\\', 'r');
            case '\t' -> putPair('\\', 't');
            case '\b' -> putPair('\\', 'b');
            case '\f' -> putPair('\\', 'f');
            default -> unicodeEscape(c);
        }
    }

    private void unicodeEscape(char c) {
        ensure(6);
        buffer[size++] = '\\';
        buffer[size++] = 'u';
        buffer[size++] = HEX[(c >> 12) & 0xf];
        buffer[size++] = HEX[(c >> 8) & 0xf];
        buffer[size++] = HEX[(c >> 4) & 0xf];
        buffer[size++] = HEX[c & 0xf];
    }

    private void putPair(char a, char b) {
        ensure(2);
        buffer[size++] = (byte) a;
        buffer[size++] = (byte) b;
    }

    private void ascii(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
    }

    private void put(byte b) {
        if (size == buffer.length) {
            grow(1);
        }
        buffer[size++] = b;
    }

    private void putAll(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            grow(more);
        }
    }

    private void grow(int more) {
        int needed = size + more;
        if (needed < 0) {
            throw new OutOfMemoryError("body larger than 2 GiB");
        }
        buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
    }
}
