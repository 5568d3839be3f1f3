package io.busgen.runtime.internal;

import io.busgen.runtime.ValidationOptions;
import io.busgen.runtime.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where generated validators report what they find. A recording collector keeps every violation; a discarding one
 * (for the branches of {@code anyOf}, {@code oneOf}, {@code not} and {@code if}) only counts them ({@link
 * #failures}).
 * A spent regex budget is the exception: it is always reported to the recording collector the validation started
 * with, wherever it happens (see {@link EcmaPattern#find}).
 */
public final class Violations {

    private final @Nullable List<Violation> found;
    private final ValidationOptions options;
    /** The collector the validation started with: where spent budgets go. */
    private final Violations root;
    /** Spent budgets reported so far, by instance and schema location, so that each is reported once. */
    private @Nullable Set<String> budgetsSpent;
    /** The violations reported to this collector (a spent budget is not one of them), kept or not. */
    private int failures;

    private Violations(boolean recording, ValidationOptions options, @Nullable Violations root) {
        this.found = recording ? new ArrayList<>() : null;
        this.options = options;
        this.root = root == null ? this : root;
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
     * Reports a violation at a pointer; always returns false, so that a check can write {@code valid = out.add(...)}.
     *
     * @param instanceLocation where the value is in the body
     * @param schemaLocation the keyword that failed, as {@code file#/pointer}
     * @param keyword the keyword's name
     * @param message what is wrong (docs/validators.md has every keyword's wording)
     * @return false
     */
    public boolean add(String instanceLocation, String schemaLocation, String keyword, String message) {
        failures++;
        if (found != null) {
            found.add(new Violation(instanceLocation, schemaLocation, keyword, message));
        }
        return false;
    }

    /**
     * Reports a violation of the value {@code at} stands on; its pointer is worked out only when this collector keeps
     * violations.
     *
     * @param at the input, on the value that breaks the schema
     * @param schemaLocation the keyword that failed, as {@code file#/pointer}
     * @param keyword the keyword's name
     * @param message what is wrong (docs/validators.md has every keyword's wording)
     */
    public void add(JsonInput at, String schemaLocation, String keyword, String message) {
        failures++;
        if (found != null) {
            found.add(new Violation(at.pointer(), schemaLocation, keyword, message));
        }
    }

    /**
     * How many violations were reported to this collector so far (a spent pattern budget, which goes to the
     * validation as a whole, is not counted): a check that adds none passed.
     *
     * @return the count, kept or not
     */
    public int failures() {
        return failures;
    }

    /**
     * Where the next violation kept will stand in {@link #list}: for {@link #insert}, to place a violation before
     * the ones a check then reports.
     *
     * @return the position; 0 for a collector that keeps nothing
     */
    public int position() {
        return found == null ? 0 : found.size();
    }

    /**
     * Reports a violation at {@code position} of the list, before those reported since {@link #position} gave it.
     *
     * @param position what {@link #position} returned
     * @param at the input, on the value that breaks the schema
     * @param schemaLocation the keyword that failed
     * @param keyword the keyword's name
     * @param message what is wrong
     */
    public void insert(int position, JsonInput at, String schemaLocation, String keyword, String message) {
        failures++;
        if (found != null) {
            found.add(position, new Violation(at.pointer(), schemaLocation, keyword, message));
        }
    }

    /**
     * Reports a spent regex budget ({@value EcmaPattern#BUDGET_KEYWORD}) to the collector the validation started
     * with, once per instance and schema location.
     */
    void budgetSpent(String instanceLocation, String schemaLocation, String message) {
        if (root.budgetsSpent == null) {
            root.budgetsSpent = new HashSet<>();
        }
        if (root.budgetsSpent.add(instanceLocation + "\u0000" + schemaLocation)) {
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

    /** Whether a violation (a spent budget included) was kept. */
    boolean isEmpty() {
        return found == null || found.isEmpty();
    }
}
