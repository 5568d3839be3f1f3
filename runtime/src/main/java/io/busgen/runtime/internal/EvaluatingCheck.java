package io.busgen.runtime.internal;

/**
 * The check of one schema that also reports what it evaluated of the value, as generated for a schema applied in
 * place (by {@code $ref}, {@code allOf}, {@code anyOf}, ...) below a schema with {@code unevaluatedProperties} or
 * {@code unevaluatedItems}.
 */
@FunctionalInterface
public interface EvaluatingCheck {
    /**
     * Checks the value the input stands on against the schema, and records in {@code seen} the members and elements
     * its keywords evaluate; the caller keeps them only when the check reports no violation.
     *
     * @param in the input, on the value's first token
     * @param out where violations go
     * @param seen where the schema records what it evaluated
     */
    void check(JsonInput in, Violations out, Evaluated seen);
}
