package io.busgen.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Where generated validators report what they find. A recording collector keeps every violation; a discarding one
 * (for the branches of {@code anyOf}, {@code oneOf}, {@code not} and {@code if}) only says whether there was one.
 */
public final class Violations {

    private final List<Violation> found;
    private final boolean assertFormats;

    private Violations(boolean recording, boolean assertFormats) {
        this.found = recording ? new ArrayList<>() : null;
        this.assertFormats = assertFormats;
    }

    /** A collector that keeps every violation; formats are asserted when {@code assertFormats}. */
    public static Violations recording(boolean assertFormats) {
        return new Violations(true, assertFormats);
    }

    /** A collector for trying a subschema: it keeps nothing, with the same options as this one. */
    public Violations discarding() {
        return new Violations(false, assertFormats);
    }

    public boolean recording() {
        return found != null;
    }

    /** Whether {@code format} keywords are assertions for this validation (they are annotations by default). */
    public boolean assertFormats() {
        return assertFormats;
    }

    /** Reports a violation; always returns false, so that validators can write {@code valid = out.add(...)}. */
    public boolean add(String instanceLocation, String schemaLocation, String keyword, String message) {
        if (found != null) {
            found.add(new Violation(instanceLocation, schemaLocation, keyword, message));
        }
        return false;
    }

    /** The violations reported, in the order they were found. */
    public List<Violation> list() {
        return found == null ? List.of() : List.copyOf(found);
    }
}
