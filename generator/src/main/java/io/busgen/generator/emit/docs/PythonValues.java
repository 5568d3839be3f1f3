package io.busgen.generator.emit.docs;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.runtime.internal.WireNumbers;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * JSON values as Python prints them, for the Infrahub page's "Default Value" column: the page was made by Python, so
 * a default shows as {@code str()} of the value Python's JSON reader gives ({@code True}, {@code all}, {@code 3},
 * {@code 0.5}, {@code ['a', 'b']}).
 */
final class PythonValues {

    private PythonValues() {}

    /** The "Default Value" cell: the default as Python's {@code str()} prints it, or {@code None} unless truthy. */
    static String defaultCell(@Nullable JsonValue value) {
        if (value == null || !truthy(value)) {
            return "None";
        }
        return value instanceof JsonString string ? string.value() : repr(value);
    }

    /** Python's truth value of the decoded value: null, false, zero and empty strings, lists and dicts are false. */
    static boolean truthy(JsonValue value) {
        if (value instanceof JsonBoolean bool) {
            return bool.value();
        }
        if (value instanceof JsonNumber number) {
            return number.value().signum() != 0;
        }
        if (value instanceof JsonString string) {
            return !string.value().isEmpty();
        }
        if (value instanceof JsonArray array) {
            return !array.elements().isEmpty();
        }
        if (value instanceof JsonObject object) {
            return !object.members().isEmpty();
        }
        return false;
    }

    /** Python's {@code repr()} of the decoded value. */
    static String repr(JsonValue value) {
        if (value instanceof JsonBoolean bool) {
            return bool.value() ? "True" : "False";
        }
        if (value instanceof JsonNumber number) {
            return number(number);
        }
        if (value instanceof JsonString string) {
            return stringRepr(string.value());
        }
        if (value instanceof JsonArray array) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            array.elements().forEach(element -> out.add(repr(element)));
            return out.toString();
        }
        if (value instanceof JsonObject object) {
            StringJoiner out = new StringJoiner(", ", "{", "}");
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                out.add(stringRepr(member.getKey()) + ": " + repr(member.getValue()));
            }
            return out.toString();
        }
        return "None";
    }

    /** An integer lexeme is a Python {@code int}; any other number a {@code float}, printed as Python prints it. */
    private static String number(JsonNumber number) {
        String lexeme = number.lexeme();
        if (lexeme.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E')) {
            return number.value().toBigInteger().toString();
        }
        double value = number.value().doubleValue();
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return lexeme.startsWith("-") ? "-0.0" : "0.0";
        }
        // The shortest digits that read back as the same double, then Python's layout of them.
        BigDecimal shortest = new BigDecimal(WireNumbers.format(value)).stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        StringBuilder out = new StringBuilder(value < 0 ? "-" : "");
        if (exponent >= -4 && exponent < 16) {
            if (exponent < 0) {
                out.append("0.").append("0".repeat(-exponent - 1)).append(digits);
            } else if (digits.length() <= exponent + 1) {
                out.append(digits).append("0".repeat(exponent + 1 - digits.length())).append(".0");
            } else {
                out.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exponent < 0 ? '-' : '+')
                    .append(String.format(Locale.ROOT, "%02d", Math.abs(exponent)));
        }
        return out.toString();
    }

    /** Python's {@code repr()} of a string: single quotes unless the text holds one and no double quote. */
    private static String stringRepr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(quote).toString();
    }
}
