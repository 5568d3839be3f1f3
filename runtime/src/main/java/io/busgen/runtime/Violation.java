package io.busgen.runtime;

/**
 * One way an instance breaks its schema, in JSON Schema's output terms.
 *
 * @param instanceLocation where in the instance, as a JSON pointer ({@code ""} for the whole instance); a missing
 *     required property is located at the object that lacks it, and the message names the property
 * @param schemaLocation which schema keyword, as {@code file#/json/pointer} (just {@code #/...} for a standalone
 *     schema)
 * @param keyword the keyword that failed ({@code required}, {@code type}, ...)
 * @param message what is wrong, readable
 */
public record Violation(String instanceLocation, String schemaLocation, String keyword, String message) {

    /** {@code /pointer: message} — the one-line form. */
    @Override
    public String toString() {
        return (instanceLocation.isEmpty() ? "(root)" : instanceLocation) + ": " + message;
    }
}
