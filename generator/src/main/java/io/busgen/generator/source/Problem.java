package io.busgen.generator.source;

import java.util.Comparator;
import java.util.Locale;

/**
 * One thing wrong with the input, or worth knowing about it: where it is, how serious, and a message that says what
 * is wrong and how to fix it.
 *
 * @param location where the problem is
 * @param message what is wrong and what to do about it, one line
 * @param pointerShown whether the JSON pointer is part of the printed form (not for malformed JSON, where only the
 *     line and column mean anything)
 * @param level how serious: only errors stop a catalogue from loading
 */
public record Problem(SourceLocation location, String message, boolean pointerShown, Level level)
        implements Comparable<Problem> {

    /** How serious a problem is. */
    public enum Level {
        /** The catalogue cannot be used: lint exits 1, generation stops. */
        ERROR,
        /** The catalogue works, but something in it is likely to hurt: printed, lint exits 0. */
        WARNING,
        /** Worth knowing: printed, lint exits 0. */
        INFORMATION;

        /** How the level is printed before a message; errors print none, as they always have. */
        String label() {
            return this == ERROR ? "" : name().toLowerCase(Locale.ROOT) + ": ";
        }
    }

    private static final Comparator<Problem> ORDER =
            Comparator.comparing(Problem::location).thenComparing(Problem::level).thenComparing(Problem::message);

    public static Problem at(SourceLocation location, String message) {
        return new Problem(location, message, true, Level.ERROR);
    }

    /** A problem located by line and column only, such as malformed JSON. */
    public static Problem atPosition(SourceLocation location, String message) {
        return new Problem(location, message, false, Level.ERROR);
    }

    /** A warning or piece of information at a JSON pointer. */
    public static Problem advice(Level level, SourceLocation location, String message) {
        return new Problem(location, message, true, level);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /**
     * The one-line form every front end prints: {@code file:line:column: #/pointer: message} for an error,
     * {@code file:line:column: warning: #/pointer: message} for a warning ({@code information:} for information).
     * A line break or control character that came from the input (a file name, a key) is written as an escape, so
     * the form stays one line.
     */
    public String format() {
        return MessageText.oneLine(pointerShown
                ? location.position() + ": " + level.label() + location.fragment() + ": " + message
                : location.position() + ": " + level.label() + message);
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
