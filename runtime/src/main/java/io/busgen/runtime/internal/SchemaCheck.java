package io.busgen.runtime.internal;

/** The check of one schema, as generated: reads the value the input stands on and reports its violations. */
@FunctionalInterface
public interface SchemaCheck {
    /**
     * Checks the value the input stands on against the schema.
     *
     * @param in the input, on the value's first token; a check that enters an object or array reads it to its end
     * @param out where violations go
     */
    void check(JsonInput in, Violations out);
}
