package io.busgen.runtime;

import io.busgen.runtime.internal.EcmaPattern;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A generated validator: checks a body against one schema and reports every violation. No schema is interpreted at
 * run time; the checks are plain Java generated from the schema.
 */
public interface Validator {

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
     * The keyword of the violation reported for a string whose {@code pattern} check spent its budget ({@link
     * ValidationOptions#regexStepsPerCharacter}): the string is rejected, at its location.
     */
    String BUDGET_KEYWORD = "pattern-budget";

    /**
     * How many pattern checks have spent their budget ({@value #BUDGET_KEYWORD}) in this JVM so far, for monitoring:
     * each is a rejected string.
     *
     * @return the count since the JVM started
     */
    static long patternBudgetsSpent() {
        return EcmaPattern.budgetsSpent();
    }

    /**
     * Validates a parsed instance ({@link JsonTree}); every violation, in a stable order. A pattern check that spends
     * its budget (see {@link ValidationOptions#regexStepsPerCharacter}) is a violation with the keyword {@value
     * #BUDGET_KEYWORD}.
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
     * tree and validates it; generated validators read the body in one streaming pass instead, with the
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
