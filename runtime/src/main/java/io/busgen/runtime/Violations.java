package io.busgen.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where generated validators report what they find. A recording collector keeps every violation; a discarding one
 * (for the branches of {@code anyOf}, {@code oneOf}, {@code not} and {@code if}) only says whether there was one.
 * A spent regex budget is the exception: it is always reported to the recording collector the validation started
 * with, wherever it happens (see {@link EcmaPattern#find}).
 */
public final class Violations {

    private final @Nullable List<Violation> found;
    private final ValidationOptions options;
    /** The collector the validation started with: where spent budgets go. */
    private final Violations root;
    /** Spent budgets reported so far, by instance and schema location, so that each is reported once. */
    private final @Nullable Set<String> budgetsSpent;

    private Violations(boolean recording, ValidationOptions options, @Nullable Violations root) {
        this.found = recording ? new ArrayList<>() : null;
        this.options = options;
        this.root = root == null ? this : root;
        this.budgetsSpent = root == null ? new HashSet<>() : null;
    }

    /**
     * A collector that keeps every violation; formats are asserted when {@code assertFormats}.
     *
     * @param assertFormats whether {@code format} keywords are assertions
     * @return the collector
     */
    public static Violations recording(boolean assertFormats) {
        return recording(ValidationOptions.DEFAULTS.withAssertFormats(assertFormats));
    }

    /**
     * A collector that keeps every violation, validating with {@code options}.
     *
     * @param options the options of validation
     * @return the collector
     */
    public static Violations recording(ValidationOptions options) {
        return new Violations(true, options, null);
    }

    /**
     * A collector for trying a subschema: it keeps nothing, with the same options as this one.
     *
     * @return the collector
     */
    public Violations discarding() {
        return new Violations(false, options, root);
    }

    /**
     * Whether this collector keeps what it is told.
     *
     * @return false for a collector made by {@link #discarding()}
     */
    public boolean recording() {
        return found != null;
    }

    /**
     * Whether {@code format} keywords are assertions for this validation (they are annotations by default).
     *
     * @return whether formats are asserted
     */
    public boolean assertFormats() {
        return options.assertFormats();
    }

    /**
     * The options of this validation.
     *
     * @return the options
     */
    public ValidationOptions options() {
        return options;
    }

    /**
     * Reports a violation; always returns false, so that validators can write {@code valid = out.add(...)}.
     *
     * @param instanceLocation where the value is in the body
     * @param schemaLocation the keyword that failed, as {@code file#/pointer}
     * @param keyword the keyword's name
     * @param message what is wrong (docs/validators.md has every keyword's wording)
     * @return false
     */
    public boolean add(String instanceLocation, String schemaLocation, String keyword, String message) {
        if (found != null) {
            found.add(new Violation(instanceLocation, schemaLocation, keyword, message));
        }
        return false;
    }

    /**
     * Reports a spent regex budget ({@value EcmaPattern#BUDGET_KEYWORD}) to the collector the validation started
     * with, once per instance and schema location.
     */
    void budgetSpent(String instanceLocation, String schemaLocation, String message) {
        if (root.budgetsSpent != null && root.budgetsSpent.add(instanceLocation + "\u0000" + schemaLocation)) {
            if (root.found != null) {
                root.found.add(new Violation(instanceLocation, schemaLocation, EcmaPattern.BUDGET_KEYWORD, message));
            }
        }
    }

    /**
     * The violations reported, in the order they were found.
     *
     * @return them; empty for a discarding collector
     */
    public List<Violation> list() {
        return found == null ? List.of() : List.copyOf(found);
    }
}
