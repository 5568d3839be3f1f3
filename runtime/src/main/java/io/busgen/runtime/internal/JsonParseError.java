package io.busgen.runtime.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.io.ContentReference;

/**
 * Why a JSON text could not be read, in busgen's words: the one translation of Jackson's parse failures that body
 * decoding, validation and catalogue loading share, so that no message shows Jackson's wording, its configuration
 * names or its source descriptions.
 *
 * <p>Each failure has a line and a column (from 1; columns count bytes in a byte source, characters in a text) and a
 * short message that says what was found and what JSON expects there, such as {@code expected ']' to close the array
 * opened at 1:1, found '}'}. A message quotes at most {@value MessageText#EXCERPT_LIMIT} characters of the input.
 *
 * @param kind what sort of failure it is
 * @param line the line of the failure, from 1
 * @param column the column of the failure, from 1
 * @param message what is wrong, without the position; one line
 */
public record JsonParseError(Kind kind, int line, int column, String message) {

    /** What sort of failure a {@link JsonParseError} is. */
    public enum Kind {
        /** The text breaks JSON's grammar. */
        SYNTAX,
        /** The bytes are not UTF-8; the message says what is wrong with them, without saying "invalid UTF-8". */
        INVALID_UTF8,
        /** A property appears twice in one object, and the reader was asked to refuse that. */
        DUPLICATE_PROPERTY,
        /** The text is beyond one of the reader's size limits. */
        LIMIT
    }

    private static final Pattern FOUND = Pattern.compile("\\bcode (-?\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern LIMIT = Pattern.compile(
            "maximum allowed \\((\\d+), from `StreamReadConstraints\\.(\\w+)");

    /**
     * The failure Jackson reported while {@code parser} read a text (a {@code String} or {@code char[]}), in
     * busgen's words.
     *
     * @param failure what Jackson threw
     * @param parser the parser that threw it, still on the position of the failure
     * @return the failure with its position and message
     */
    public static JsonParseError of(JacksonException failure, JsonParser parser) {
        return of(failure, parser, null);
    }

    /**
     * The failure Jackson reported while {@code parser} read {@code input}, in busgen's words. With the bytes, a
     * character beyond ASCII is named as the character it is and located at its first byte, and a byte that is not
     * UTF-8 at that byte.
     *
     * @param failure what Jackson threw
     * @param parser the parser that threw it, still on the position of the failure
     * @param input the bytes the parser read, or null when it read a text
     * @return the failure with its position and message
     */
    public static JsonParseError of(JacksonException failure, JsonParser parser, byte @Nullable [] input) {
        String jackson = failure.getOriginalMessage() == null ? "" : failure.getOriginalMessage();
        TokenStreamLocation at = failure.getLocation();
        if (at == null || at.getLineNr() < 1) {
            at = parser.currentLocation();
        }
        int found = found(jackson);
        int back = 0;
        if (input != null && at.getByteOffset() >= 0 && at.getByteOffset() <= input.length) {
            // Jackson locates a failure at the last byte it read: within a character, or past the byte it names.
            int offset = (int) at.getByteOffset();
            int start = jackson.startsWith("Invalid UTF-8") ? namedByte(input, offset, jackson)
                    : characterStart(input, offset);
            back = offset - start;
            if (found > 0x7F && start < input.length) {
                found = decode(input, start, found);
            }
        }
        Translation translation = translate(failure, jackson, found, parser);
        int line = Math.max(1, at.getLineNr());
        int column = Math.max(1, at.getColumnNr() - back - translation.columnsBack);
        return new JsonParseError(translation.kind, line, column, translation.message);
    }

    /**
     * The position as {@code line:column}.
     *
     * @return {@code 3:5}, for example
     */
    public String position() {
        return line + ":" + column;
    }

    /** A message, its kind, and how many columns before Jackson's position the failure starts. */
    private record Translation(Kind kind, String message, int columnsBack) {
        Translation(String message) {
            this(Kind.SYNTAX, message, 0);
        }
    }

    private static Translation translate(JacksonException failure, String jackson, int found, JsonParser parser) {
        if (failure instanceof StreamConstraintsException) {
            return new Translation(Kind.LIMIT, limit(jackson), 0);
        }
        TokenStreamContext context = parser.streamReadContext();
        if (failure instanceof UnexpectedEndOfInputException || jackson.startsWith("Unexpected end-of-input")) {
            return new Translation(endOfInput(jackson, parser, context));
        }
        if (jackson.startsWith("Unexpected close marker")) {
            return new Translation(closeMarker(jackson, context));
        }
        if (jackson.startsWith("Unexpected character")) {
            return new Translation(unexpectedCharacter(jackson, found, context));
        }
        if (jackson.startsWith("Unrecognized token")) {
            return new Translation(unrecognizedToken(jackson, parser, context));
        }
        if (jackson.startsWith("Non-standard token")) {
            // Reported after the token; the failure is where it starts.
            String token = quoted(jackson);
            return new Translation(Kind.SYNTAX, MessageText.excerpt(token) + " is not a JSON number: JSON has no NaN"
                    + " or infinities", token.length());
        }
        if (jackson.contains("Leading zeroes not allowed")) {
            return new Translation("invalid number: a leading zero is not allowed (write 7, not 07)");
        }
        if (jackson.startsWith("Illegal unquoted character")) {
            return new Translation("control character " + codePoint(found) + " in a "
                    + (jackson.endsWith("in name") ? "property name" : "string") + ": write it escaped, as "
                    + escapeOf(found));
        }
        if (jackson.startsWith("Illegal character")) {
            return new Translation("control character " + codePoint(found) + " between values: only spaces,"
                    + " tabs and line breaks may stand there");
        }
        if (jackson.startsWith("Unrecognized character escape")) {
            String escape = found < 0 || invisible(found) ? "\\ followed by " + character(found)
                    : "'\\" + Character.toString(found) + "'";
            return new Translation("invalid escape " + escape + " in a string: write \\\", \\\\, \\/, \\b, \\f,"
                    + " \\n, \\r, \\t or \\u and four hex digits");
        }
        // "Unexpected low surrogate in property name (DE00) without preceding high surrogate": Jackson 3.3 on a
        // property name holding the second half of a pair alone.
        if (jackson.startsWith("Broken surrogate pair") || jackson.startsWith("Unexpected low surrogate")
                || jackson.startsWith("Unexpected high surrogate")) {
            return new Translation("half of a surrogate pair in a " + (jackson.contains("property name")
                    ? "property name" : "string") + ", not a character: escape a character beyond U+FFFF as a pair"
                    + " (\\ud83d\\ude00)");
        }
        if (jackson.startsWith("Invalid UTF-8")) {
            return new Translation(Kind.INVALID_UTF8, utf8(jackson), 0);
        }
        if (jackson.startsWith("Duplicate Object property")) {
            String name = parser.currentName();
            return new Translation(Kind.DUPLICATE_PROPERTY, "duplicate property \""
                    + MessageText.excerpt(name == null ? "" : name) + "\": each property may appear once", 0);
        }
        return new Translation("this is not JSON");
    }

    private static String endOfInput(String jackson, JsonParser parser, TokenStreamContext context) {
        if (jackson.contains("VALUE_STRING") || jackson.contains("closing quote")
                || jackson.contains("escape sequence")) {
            return "unexpected end of input: the string opened at " + position(parser.currentTokenLocation())
                    + " is not closed";
        }
        if (jackson.contains("property name")) {
            return "unexpected end of input in a property name: the object opened at " + opened(context)
                    + " is not closed";
        }
        if (context.inArray() || context.inObject()) {
            return "unexpected end of input: the " + container(context) + " opened at " + opened(context)
                    + " is not closed";
        }
        return "unexpected end of input: the value is not complete";
    }

    private static String closeMarker(String jackson, TokenStreamContext context) {
        int at = "Unexpected close marker '".length();
        String marker = jackson.length() > at ? String.valueOf(jackson.charAt(at)) : "?";
        if (context.inArray() || context.inObject()) {
            return "expected '" + (context.inArray() ? ']' : '}') + "' to close the " + container(context)
                    + " opened at " + opened(context) + ", found '" + marker + "'";
        }
        return "unexpected '" + marker + "': there is no open " + (marker.equals("]") ? "array" : "object")
                + " to close";
    }

    private static String unexpectedCharacter(String jackson, int found, TokenStreamContext context) {
        String what = "unexpected character " + character(found);
        if (jackson.contains("to start property name")) {
            if (found == '}') {
                return "unexpected '}' after ',': JSON allows no trailing comma";
            }
            return what + ": expected a property name in double quotes";
        }
        if (jackson.contains("expected a value") || jackson.contains("expected a valid value")) {
            if (found == ']' && context.inArray()) {
                return "unexpected ']' after ',': JSON allows no trailing comma";
            }
            if (found == '\'') {
                return what + ": strings are in double quotes";
            }
            return what + ": expected a value";
        }
        if (jackson.contains("separate Array entries")) {
            return what + ": expected ',' or ']' after an array element";
        }
        if (jackson.contains("separate Object entries")) {
            return what + ": expected ',' or '}' after an object member";
        }
        if (jackson.contains("colon to separate")) {
            return what + ": expected ':' after the property name";
        }
        if (jackson.contains("root-level values")) {
            return what + " after the JSON value";
        }
        if (jackson.contains("Decimal point not followed by a digit")) {
            return "invalid number: expected a digit after '.', found " + character(found);
        }
        if (jackson.contains("Exponent indicator not followed by a digit")) {
            return "invalid number: expected a digit after the exponent's 'e', found " + character(found);
        }
        if (jackson.contains("to follow minus sign")) {
            return "invalid number: expected a digit after '-', found " + character(found);
        }
        if (jackson.contains("plus sign")) {
            return "invalid number: a JSON number has no '+' sign";
        }
        if (jackson.contains("hexadecimal")) {
            return "invalid number: JSON has no hexadecimal numbers";
        }
        if (jackson.contains("hex-digit")) {
            return "invalid escape: expected four hex digits after \\u, found " + character(found);
        }
        if (jackson.contains("comment")) {
            return what + ": JSON has no comments";
        }
        return what;
    }

    private static String unrecognizedToken(String jackson, JsonParser parser, TokenStreamContext context) {
        int end = jackson.indexOf("': was expecting");
        // Jackson has cut a long token already and marked the cut with "..."; the excerpt cuts it the same way.
        String token = end < 0 ? quoted(jackson) : jackson.substring("Unrecognized token '".length(), end);
        String shown = "'" + MessageText.excerpt(token) + "'";
        if (context.inRoot() && parser.currentToken() != null) {
            return "unexpected " + shown + " after the JSON value";
        }
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        for (String literal : new String[] {"true", "false", "null"}) {
            if (!token.isEmpty() && (literal.startsWith(lower) || lower.startsWith(literal))) {
                return "unexpected " + shown + ": expected a value (true, false and null are written in full, in"
                        + " lower case)";
            }
        }
        if (!token.isEmpty() && Character.isLetter(token.codePointAt(0))) {
            return "unexpected " + shown + ": expected a value (a string is written in double quotes)";
        }
        return "unexpected " + shown + ": expected a value";
    }

    private static String utf8(String jackson) {
        Matcher hex = Pattern.compile("0x([0-9a-fA-F]{2})").matcher(jackson);
        String aByte = hex.find() ? "byte 0x" + hex.group(1).toUpperCase(java.util.Locale.ROOT) : "a byte";
        if (jackson.contains("start byte")) {
            return aByte + " cannot start a character";
        }
        if (jackson.contains("middle byte")) {
            return aByte + " cannot continue a character";
        }
        if (jackson.contains("surrogate")) {
            return "a surrogate (U+D800 to U+DFFF) is not a character";
        }
        if (jackson.contains("U+10FFFF")) {
            return "a code point beyond U+10FFFF";
        }
        return "not a character";
    }

    private static String limit(String jackson) {
        Matcher limit = LIMIT.matcher(jackson);
        if (!limit.find()) {
            return "the text is beyond a size limit of the JSON reader";
        }
        String most = limit.group(1);
        return switch (limit.group(2)) {
            case "getMaxNestingDepth" -> "objects and arrays nest deeper than " + most + " levels";
            case "getMaxNumberLength" -> "a number is longer than " + most + " characters";
            case "getMaxStringLength" -> "a string is longer than " + most + " characters";
            case "getMaxNameLength" -> "a property name is longer than " + most + " characters";
            case "getMaxTokenCount" -> "the text has more than " + most + " JSON tokens";
            case "getMaxDocumentLength" -> "the text is longer than " + most + " bytes";
            default -> "the text is beyond a size limit of the JSON reader (" + most + ")";
        };
    }

    private static String container(TokenStreamContext context) {
        return context.inArray() ? "array" : "object";
    }

    private static String opened(TokenStreamContext context) {
        return position(context.startLocation(ContentReference.unknown()));
    }

    private static String position(@Nullable TokenStreamLocation location) {
        return location == null ? "?" : location.getLineNr() + ":" + location.getColumnNr();
    }

    /** The code point in Jackson's {@code (code N)}, or -1 for the end of the input. */
    private static int found(String jackson) {
        Matcher code = FOUND.matcher(jackson);
        return code.find() ? Integer.parseInt(code.group(1)) : -1;
    }

    /** The text between the first two single quotes of Jackson's message. */
    private static String quoted(String jackson) {
        Matcher quoted = QUOTED.matcher(jackson);
        return quoted.find() ? quoted.group(1) : "";
    }

    /** A character as a message shows it: {@code 'x'}, or {@code U+0009} for one that cannot be seen. */
    private static String character(int codePoint) {
        if (codePoint < 0) {
            return "the end of the input";
        }
        if (!Character.isValidCodePoint(codePoint) || invisible(codePoint)) {
            return codePoint(codePoint);
        }
        return codePoint == '\'' ? "\"'\"" : "'" + Character.toString(codePoint) + "'";
    }

    private static boolean invisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED, Character.SURROGATE,
                    Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    private static String codePoint(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /** How JSON writes a control character inside a string. */
    private static String escapeOf(int codePoint) {
        return switch (codePoint) {
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", codePoint);
        };
    }

    /** The offset of the first byte of the character whose byte {@code offset} is (at most three bytes back). */
    private static int characterStart(byte[] input, int offset) {
        int start = offset;
        while (start > 0 && offset - start < 3 && start < input.length && (input[start] & 0xC0) == 0x80) {
            start--;
        }
        return start < input.length && (input[start] & 0xC0) != 0x80 ? start : offset;
    }

    /** The offset of the byte an invalid-UTF-8 message names ({@code 0xff}), at or up to four bytes before. */
    private static int namedByte(byte[] input, int offset, String jackson) {
        Matcher hex = Pattern.compile("0x([0-9a-fA-F]{2})").matcher(jackson);
        if (!jackson.contains("surrogate") && !hex.find()) {
            return offset;
        }
        // A surrogate is encoded from a lead byte 0xED, whether Jackson names that byte or the surrogate's value.
        byte named = jackson.contains("surrogate") ? (byte) 0xED : (byte) Integer.parseInt(hex.group(1), 16);
        for (int at = Math.min(offset, input.length - 1); at >= 0 && offset - at <= 4; at--) {
            if (input[at] == named) {
                return at;
            }
        }
        return offset;
    }

    /** The character encoded at {@code start}, or {@code otherwise} when the bytes there are not UTF-8. */
    private static int decode(byte[] input, int start, int otherwise) {
        int lead = input[start] & 0xFF;
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (length == 1 || start + length > input.length) {
            return otherwise;
        }
        String text = new String(input, start, length, java.nio.charset.StandardCharsets.UTF_8);
        int codePoint = text.codePointAt(0);
        return codePoint == 0xFFFD || Character.charCount(codePoint) != text.length() ? otherwise : codePoint;
    }
}
