package io.busgen.generator.source;

/**
 * Text taken from the input made safe to quote in a message: the generator's name for the runtime's
 * {@link io.busgen.runtime.internal.MessageText}, which body messages and catalogue messages share so that both quote the same
 * way.
 */
public final class MessageText {

    /** The most characters of a file's content a message quotes: {@value}. */
    public static final int EXCERPT_LIMIT = io.busgen.runtime.internal.MessageText.EXCERPT_LIMIT;

    private MessageText() {}

    /**
     * At most {@value #EXCERPT_LIMIT} characters of {@code text}, then {@code ...} when it was longer; one line.
     *
     * @param text text from the input
     * @return the excerpt, safe to print
     */
    public static String excerpt(String text) {
        return io.busgen.runtime.internal.MessageText.excerpt(text);
    }

    /**
     * {@code text} on one line, with every line break and control character escaped.
     *
     * @param text text from the input
     * @return the text, safe to print
     */
    public static String oneLine(String text) {
        return io.busgen.runtime.internal.MessageText.oneLine(text);
    }

    /**
     * A count with its noun, singular for one: {@code 1 problem}, {@code 2 problems}, {@code 0 files}. For nouns
     * whose plural adds {@code s}, which are all that busgen's messages count.
     *
     * @param n the count
     * @param noun the singular noun
     * @return the counted noun
     */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
