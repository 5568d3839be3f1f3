package io.busgen.cli;

import io.busgen.generator.source.Problem;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a body file, as a {@link LocatedFinding} or in its one-line form: {@code FILE: /json/pointer:
 * message}, the whole body being {@code (root)}, or for a body that is not JSON {@code FILE: line L column C:
 * message}.
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
        return of(file, violation).bodyLine();
    }

    static String line(String file, DecodeException failure) {
        return of(file, failure).bodyLine();
    }

    /** A validator's violation in the body file {@code file}. */
    static LocatedFinding of(String file, Violation violation) {
        return of(file, violation.instanceLocation(), violation.message(),
                violation.keyword().equals(Validator.PARSE_KEYWORD));
    }

    /** A decoding failure of the body file {@code file}. */
    static LocatedFinding of(String file, DecodeException failure) {
        return of(file, failure.pointer(), failure.getMessage() == null ? failure.reason().toString()
                : failure.getMessage(), NOT_JSON.contains(failure.reason()));
    }

    /** A finding at the pointer, or, for a body that is not JSON, at the line and column its message names. */
    private static LocatedFinding of(String file, String pointer, String text, boolean parseFailure) {
        if (parseFailure) {
            Matcher position = POSITION.matcher(text);
            if (position.matches()) {
                return new LocatedFinding(file, Integer.parseInt(position.group(2)),
                        Integer.parseInt(position.group(3)), null, Problem.Level.ERROR,
                        position.group(1) + (position.group(4) == null ? "" : ": " + position.group(4)));
            }
        }
        return new LocatedFinding(file, 0, 0, pointer, Problem.Level.ERROR, text);
    }
}
