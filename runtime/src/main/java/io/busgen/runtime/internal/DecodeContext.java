package io.busgen.runtime.internal;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeOptions;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * Carries the {@link DecodeOptions} of a decode to the readers, through the parser, so that limits Jackson does not
 * know (collection sizes) are enforced where collections are read; and whether the decode is a trial, whose failure
 * is only noted (see {@link #failed}).
 */
final class DecodeContext extends ObjectReadContext.Base {

    /** The failures of trial decodes, by reason: they carry no pointer and no message, since nobody reads them. */
    private static final java.util.Map<DecodeException.Reason, DecodeException> TRIAL_FAILURES;

    static {
        java.util.EnumMap<DecodeException.Reason, DecodeException> failures = new java.util.EnumMap<>(
                DecodeException.Reason.class);
        for (DecodeException.Reason reason : DecodeException.Reason.values()) {
            failures.put(reason, new DecodeException(reason, "", "a trial decode failed (" + reason + ")"));
        }
        TRIAL_FAILURES = failures;
    }

    private final DecodeOptions options;
    private final boolean trial;

    DecodeContext(DecodeOptions options) {
        this(options, false);
    }

    /**
     * A context for a decode.
     *
     * @param trial whether the decode is a trial that only needs to know whether it succeeds, and why not: {@code
     *     decodeValidated}, which asks the validator for every violation when decoding fails
     */
    DecodeContext(DecodeOptions options, boolean trial) {
        this.options = options;
        this.trial = trial;
    }

    /**
     * For a trial decode, the failure of that reason, without the work of locating and wording it; null for any
     * other decode, which must make its own.
     */
    static @org.jspecify.annotations.Nullable DecodeException failed(JsonParser parser, DecodeException.Reason reason) {
        return parser.objectReadContext() instanceof DecodeContext context && context.trial
                ? TRIAL_FAILURES.get(reason) : null;
    }

    static DecodeOptions optionsOf(JsonParser parser) {
        return parser.objectReadContext() instanceof DecodeContext context ? context.options
                : DecodeOptions.DEFAULTS;
    }

    /** Counts one more element of a collection, failing past the limit. */
    static void checkSize(JsonParser parser, int size) {
        int limit = optionsOf(parser).maxCollectionSize();
        if (size > limit) {
            throw new DecodeException(DecodeException.Reason.LIMIT_EXCEEDED, JsonReading.pointerOfValue(parser),
                    "limit: more than " + limit + " elements in one array or object (DecodeOptions.maxCollectionSize)");
        }
    }
}
