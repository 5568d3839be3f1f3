package io.busgen.generator.emit.java;

import java.util.Locale;

/** Schema descriptions made safe for Javadoc: HTML and comment terminators escaped, a full stop at the end. */
final class JavadocText {

    private JavadocText() {}

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "{@literal @}")
                .replace("\\u", "&#92;u")
                .strip();
    }

    /** The escaped description as a sentence, ending in a full stop. */
    static String sentence(String text) {
        String escaped = escape(text);
        if (escaped.isEmpty()) {
            return escaped;
        }
        char last = escaped.charAt(escaped.length() - 1);
        String capitalised = escaped.substring(0, 1).toUpperCase(Locale.ROOT) + escaped.substring(1);
        return last == '.' || last == '!' || last == '?' ? capitalised : capitalised + ".";
    }
}
