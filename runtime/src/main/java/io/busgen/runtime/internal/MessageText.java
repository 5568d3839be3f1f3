package io.busgen.runtime.internal;

/**
 * Text taken from the input (a file's content, a file name, a manifest line) made safe to quote in a message: on one
 * line, with no control character a terminal would act on, and, for content, no longer than {@value #EXCERPT_LIMIT}
 * characters, so that a message never replays much of a file it could not read as intended.
 */
public final class MessageText {

    /**
     * The most characters of a file's content a message quotes (a malformed token, a value): enough to find the spot,
     * too few to replay a secret that a hostile file or link made busgen read.
     */
    public static final int EXCERPT_LIMIT = 20;

    private MessageText() {}

    /**
     * At most {@value #EXCERPT_LIMIT} characters of {@code text}, then {@code ...} when it was longer; one line ({@link
     * #oneLine}).
     *
     * @param text text from the input
     * @return the excerpt, safe to print
     */
    public static String excerpt(String text) {
        if (text.codePointCount(0, text.length()) <= EXCERPT_LIMIT) {
            return oneLine(text);
        }
        return oneLine(text.substring(0, text.offsetByCodePoints(0, EXCERPT_LIMIT))) + "...";
    }

    /**
     * {@code text} with every line break, control character and bidirectional-override character written as a Java
     * escape ({@code \\n}, {@code \\t}, <code>&#92;u001B</code>), so that it stays on one line and cannot recolour or
     * reorder a terminal's output.
     *
     * @param text text from the input
     * @return the text, safe to print
     */
    public static String oneLine(String text) {
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                line.append(c);
            } else if (c == '\n') {
                line.append("\\n");
            } else if (c == '\r') {
                line.append("\\r");
            } else if (c == '\t') {
                line.append("\\t");
            } else {
                line.append(String.format("\\u%04X", (int) c));
            }
        }
        return line.toString();
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
