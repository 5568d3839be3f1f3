package io.busgen.runtime;

import java.util.List;
import java.util.stream.Collectors;

/** A body that does not validate against its schema, with every violation. */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Every violation, in the validator's order; not serialized. */
    private final transient List<Violation> violations;

    /**
     * A refusal with its violations. It has no stack trace: it describes the input, not the code.
     *
     * @param violations every violation, at least one
     */
    public ValidationException(List<Violation> violations) {
        // No stack trace: the exception describes the input, not the code.
        super(null, null, true, false);
        this.violations = List.copyOf(violations);
    }

    /**
     * Every violation, in the validator's order.
     *
     * @return the violations
     */
    public List<Violation> violations() {
        return violations;
    }

    /** {@code N violations: /pointer: message; ...}, made when asked for. */
    @Override
    public String getMessage() {
        return violations.size() + (violations.size() == 1 ? " violation: " : " violations: ")
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
