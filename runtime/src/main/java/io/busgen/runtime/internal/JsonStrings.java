package io.busgen.runtime.internal;

import java.util.Locale;

/**
 * JSON string literals as the validators' messages and the generator's texts write them: quotes, backslashes and
 * control characters escaped, everything else as it is (the escaping RFC 8785 prescribes, which the generator's
 * canonical JSON relies on). Body bytes are written by {@link JsonBodyWriter}, by Infrahub's rules instead.
 */
public final class JsonStrings {

    private JsonStrings() {}

    /**
     * The JSON string literal of {@code text}.
     *
     * @param text the text
     * @return the literal, quotes included
     */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        quote(text, out);
        return out.toString();
    }

    /**
     * Appends the JSON string literal of {@code text}.
     *
     * @param text the text
     * @param out where the literal goes, quotes included
     */
    public static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
