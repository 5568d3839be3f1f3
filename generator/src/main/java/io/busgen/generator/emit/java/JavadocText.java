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

    /**
     * Text for a {@code //} comment: backslashes doubled (javac reads {@code \u000a} as a line break even in a
     * comment) and line breaks written as {@code \n}.
     */
    static String lineComment(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Longest line of generated Javadoc text, not counting the comment's indentation and {@code * }. */
    static final int WIDTH = 96;

    /**
     * Breaks text into lines of at most {@link #WIDTH} characters at spaces; a longer word (a default value written as
     * JSON) is broken after its commas, which a {@code {@code ...}} tag shows as a space. Continuation lines start with
     * {@code indent}. Existing line breaks are kept.
     */
    static String wrap(String text, String indent) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            int lineStart = out.length();
            for (String word : words(paragraph, WIDTH - indent.length())) {
                if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > WIDTH) {
                    out.append('\n').append(indent);
                    lineStart = out.length() - indent.length();
                } else if (out.length() > lineStart) {
                    out.append(' ');
                }
                out.append(word);
            }
        }
        return out.toString();
    }

    /** The words of a paragraph, a word longer than {@code width} cut after its commas into pieces that fit. */
    private static java.util.List<String> words(String paragraph, int width) {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String word : paragraph.split(" ")) {
            while (word.length() > width) {
                int cut = word.lastIndexOf(',', width - 1);
                if (cut <= 0) {
                    break;
                }
                words.add(word.substring(0, cut + 1));
                word = word.substring(cut + 1);
            }
            words.add(word);
        }
        return words;
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
