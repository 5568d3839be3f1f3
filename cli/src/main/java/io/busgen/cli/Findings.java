package io.busgen.cli;

import io.busgen.generator.source.MessageText;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line form of what is wrong with an input file: {@code FILE: /json/pointer: message}, the whole body being
 * {@code (root)}, or for a body that is not JSON {@code FILE: line L column C: message}.
 *
 * <p>The root is written {@code (root)} rather than {@code /}, because {@code /} is the pointer of a member whose name
 * is empty.
 */
final class Findings {

    /** How the empty pointer, the whole body, is written. */
    static final String ROOT = "(root)";

    /** The runtime's parse messages end their first part with the position: {@code ... at line 1, column 5: ...}. */
    private static final Pattern POSITION = Pattern.compile("(.*?) at line (\\d+), column (\\d+)(?:: (.*))?",
            Pattern.DOTALL);

    /** The decode failures that concern the JSON text rather than its content. */
    private static final Set<DecodeException.Reason> NOT_JSON = Set.of(DecodeException.Reason.MALFORMED_JSON,
            DecodeException.Reason.INVALID_UTF8, DecodeException.Reason.TRAILING_DATA);

    private Findings() {}

    static String line(String file, Violation violation) {
        return line(file, violation.instanceLocation(), violation.message(),
                violation.keyword().equals(Validator.PARSE_KEYWORD));
    }

    static String line(String file, DecodeException failure) {
        return line(file, failure.pointer(), failure.getMessage() == null ? failure.reason().toString()
                : failure.getMessage(), NOT_JSON.contains(failure.reason()));
    }

    /**
     * The line; a line break or control character from the body (in a member name, a malformed token) is written as
     * an escape, so that a hostile body gives one line and cannot drive the terminal.
     */
    private static String line(String file, String pointer, String text, boolean parseFailure) {
        String message = text;
        if (parseFailure) {
            Matcher position = POSITION.matcher(message);
            if (position.matches()) {
                return MessageText.oneLine(file + ": line " + position.group(2) + " column " + position.group(3)
                        + ": " + position.group(1) + (position.group(4) == null ? "" : ": " + position.group(4)));
            }
        }
        return MessageText.oneLine(file + ": " + (pointer.isEmpty() ? ROOT : pointer) + ": " + message);
    }
}
