package io.busgen.generator.source;

import java.util.Comparator;

/**
 * One thing wrong with the input: where it is and a message that says what is wrong and how to fix it.
 *
 * @param location where the problem is
 * @param message what is wrong and what to do about it, one line
 * @param pointerShown whether the JSON pointer is part of the printed form (not for malformed JSON, where only the
 *     line and column mean anything)
 */
public record Problem(SourceLocation location, String message, boolean pointerShown) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER =
            Comparator.comparing(Problem::location).thenComparing(Problem::message);

    public static Problem at(SourceLocation location, String message) {
        return new Problem(location, message, true);
    }

    /** A problem located by line and column only, such as malformed JSON. */
    public static Problem atPosition(SourceLocation location, String message) {
        return new Problem(location, message, false);
    }

    /**
     * The one-line form every front end prints: {@code file:line:column: #/pointer: message}. A line break or control
     * character that came from the input (a file name, a key) is written as an escape, so the form stays one line.
     */
    public String format() {
        return MessageText.oneLine(pointerShown
                ? location.position() + ": " + location.fragment() + ": " + message
                : location.position() + ": " + message);
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
