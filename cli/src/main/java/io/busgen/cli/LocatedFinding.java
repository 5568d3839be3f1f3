package io.busgen.cli;

import io.busgen.generator.source.MessageText;
import io.busgen.generator.source.Problem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One thing wrong with a file, as {@code lint} (in a catalogue file) and {@code validate} (in a body file) report it:
 * the file, where in it, how serious, and what is wrong. The text form is each command's own; the JSON form
 * ({@code --format json}) is this one shape for both.
 *
 * @param file the file as the user named it
 * @param line the 1-based line, or 0 when unknown (a validator's violation knows only its pointer)
 * @param column the 1-based column, or 0 when unknown
 * @param pointer the JSON pointer (RFC 6901, empty for the whole document), or {@code null} when the file is not JSON
 *     and only the line and column mean anything
 * @param level how serious; a body's violations are errors
 * @param message what is wrong and, where busgen knows it, the fix
 */
record LocatedFinding(String file, int line, int column, @Nullable String pointer, Problem.Level level,
        String message) {

    /** A lint problem, warning or piece of information. */
    static LocatedFinding of(Problem problem) {
        return new LocatedFinding(problem.location().file(), problem.location().line(), problem.location().column(),
                problem.pointerShown() ? problem.location().pointer() : null, problem.level(), problem.message());
    }

    /**
     * {@code validate}'s text form: {@code FILE: /json/pointer: message}, the whole body being {@code (root)}, or
     * {@code FILE: line L column C: message} for a body that is not JSON; a line break or control character from the
     * body is written as an escape, so that a hostile body gives one line and cannot drive the terminal.
     */
    String bodyLine() {
        if (pointer == null) {
            return MessageText.oneLine(file + ": line " + line + " column " + column + ": " + message);
        }
        return MessageText.oneLine(file + ": " + (pointer.isEmpty() ? Findings.ROOT : pointer) + ": " + message);
    }

    /** Adds this finding's fields to {@code node}: {@code file, line, column, pointer, level, message}. */
    void writeTo(ObjectNode node) {
        node.put("file", file);
        if (line > 0) {
            node.put("line", line);
            node.put("column", column);
        } else {
            node.putNull("line");
            node.putNull("column");
        }
        if (pointer == null) {
            node.putNull("pointer");
        } else {
            node.put("pointer", pointer);
        }
        node.put("level", JsonOutput.label(level));
        node.put("message", message);
    }
}
