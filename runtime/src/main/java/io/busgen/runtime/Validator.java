package io.busgen.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A generated validator: checks a body against one schema and reports every violation. No schema is interpreted at
 * run time; the checks are plain Java generated from the schema.
 */
public interface Validator {

    /** The check of one schema, as generated: reads the value the input stands on and reports its violations. */
    @FunctionalInterface
    interface SchemaCheck {
        /**
         * Checks the value the input stands on against the schema.
         *
         * @param in the input, on the value's first token; a check that enters an object or array reads it to its
         *     end
         * @param out where violations go
         */
        void check(JsonInput in, Violations out);
    }

    /**
     * A validator running a generated check. It validates a body in one streaming pass ({@link JsonInput}), without
     * building a tree; a body whose stream has violations and the same key twice in one object is validated again as
     * a tree, where the last of the duplicates counts, as decoding reads it.
     *
     * @param check the generated check of the root schema
     * @param enforcedByDecoding whether decoding with the type's adapter already enforces every keyword of the schema
     *     (only structure: types, required properties, enum values), so that a body that decodes is valid unless
     *     formats are asserted
     * @return the validator
     */
    static Validator of(SchemaCheck check, boolean enforcedByDecoding) {
        return new GeneratedValidator(check, enforcedByDecoding);
    }

    /**
     * Whether a body that decodes with the type's adapter is valid (when formats are not asserted).
     *
     * @return true when decoding enforces the whole schema
     */
    default boolean enforcedByDecoding() {
        return false;
    }

    /** The keyword of the violation reported for a body that is not well-formed JSON, located at {@code ""}. */
    String PARSE_KEYWORD = "json";

    /**
     * The keyword of the violation reported for a body that breaks a decode limit ({@link DecodeOptions}): not a
     * schema violation, located where the limit was reached.
     */
    String LIMIT_KEYWORD = "limit";

    /**
     * Validates a parsed instance ({@link JsonTree}); every violation, in a stable order. A pattern check that spends
     * its budget (see {@link ValidationOptions#regexStepsPerCharacter}) is a violation with the keyword {@value
     * EcmaPattern#BUDGET_KEYWORD}.
     *
     * @param instance the value, as {@link JsonTree} holds it
     * @param options the options of validation
     * @return every violation; empty when the instance is valid
     */
    List<Violation> validate(@Nullable Object instance, ValidationOptions options);

    /**
     * Validates a parsed instance with the default options, asserting formats or not.
     *
     * @param instance the value, as {@link JsonTree} holds it
     * @param assertFormats whether {@code format} keywords are assertions
     * @return every violation; empty when the instance is valid
     */
    default List<Violation> validate(@Nullable Object instance, boolean assertFormats) {
        return validate(instance, ValidationOptions.DEFAULTS.withAssertFormats(assertFormats));
    }

    /**
     * Validates a parsed instance with the default options.
     *
     * @param instance the value, as {@link JsonTree} holds it
     * @return every violation; empty when the instance is valid
     */
    default List<Violation> validate(@Nullable Object instance) {
        return validate(instance, ValidationOptions.DEFAULTS);
    }

    /**
     * Validates a body with the default options: a body that does not parse gives one violation at {@code ""} with the
     * parse error ({@value #PARSE_KEYWORD}), one that breaks a limit one at the limit ({@value #LIMIT_KEYWORD}).
     *
     * @param body the body's bytes
     * @return every violation; empty when the body is valid
     */
    default List<Violation> validate(byte[] body) {
        return validate(body, DecodeOptions.DEFAULTS, false);
    }

    /**
     * Validates a body parsed within {@code options}, asserting formats or not.
     *
     * @param body the body's bytes
     * @param options the limits of parsing
     * @param assertFormats whether {@code format} keywords are assertions
     * @return every violation; empty when the body is valid
     */
    default List<Violation> validate(byte[] body, DecodeOptions options, boolean assertFormats) {
        return validate(body, options, ValidationOptions.DEFAULTS.withAssertFormats(assertFormats));
    }

    /**
     * Validates a body parsed within {@code decodeOptions}, with {@code options}. This default parses the body into a
     * tree and validates it; generated validators ({@link #of}) read the body in one streaming pass instead, with the
     * same result.
     *
     * @param body the body's bytes
     * @param decodeOptions the limits of parsing
     * @param options the options of validation
     * @return every violation; empty when the body is valid
     */
    default List<Violation> validate(byte[] body, DecodeOptions decodeOptions, ValidationOptions options) {
        Object instance;
        try {
            instance = JsonTree.parse(body, decodeOptions);
        } catch (DecodeException e) {
            return List.of(new Violation(e.pointer(), "", e.reason() == DecodeException.Reason.LIMIT_EXCEEDED
                    ? LIMIT_KEYWORD : PARSE_KEYWORD, e.getMessage()));
        }
        return validate(instance, options);
    }
}
