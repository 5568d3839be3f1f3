package io.busgen.runtime.internal;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.ValidationOptions;
import io.busgen.runtime.Violation;
import java.util.List;
import tools.jackson.core.JsonParser;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Carries the {@link DecodeOptions} of a decode to the readers, through the parser, so that limits Jackson does not
 * know (collection sizes) are enforced where collections are read; and whether the decode is a trial, whose failure
 * is only noted (see {@link #failed}), and which names it read in the objects it is in ({@link NamesRead}).
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
    /** For a trial decode that may be gone on from by a validator, the names read so far; null otherwise. */
    private final @Nullable NamesRead namesRead;
    /** The validator that goes on from where the decode fails, and its options; null when none does. */
    private final @Nullable GeneratedValidator resume;
    private final @Nullable ValidationOptions validation;
    /** The parser of the whole body, which the validator can go on with (not one that replays held tokens). */
    private @Nullable JsonParser body;
    /** Whether the validator has gone on from a failure (and so stands elsewhere in the body now). */
    private boolean resumed;
    /** The violations the validator listed where the decode failed, once it has; null before. */
    private @Nullable List<Violation> refusal;

    DecodeContext(DecodeOptions options) {
        this(options, false);
    }

    /**
     * A context for a trial decode whose failure a validator goes on from: it notes the names read.
     *
     * @param namesRead where the names read are noted
     * @param resume the validator that lists every violation from where the decode fails
     * @param validation its options
     */
    DecodeContext(DecodeOptions options, NamesRead namesRead, GeneratedValidator resume,
            ValidationOptions validation) {
        this.options = options;
        this.trial = true;
        this.namesRead = namesRead;
        this.resume = resume;
        this.validation = validation;
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
        this.namesRead = null;
        this.resume = null;
        this.validation = null;
    }

    /** The parser of the whole body this context's decode reads; set once, before it reads. */
    void reads(JsonParser parser) {
        this.body = parser;
    }

    /**
     * A reader of the runtime's has met a value decoding refuses ({@code reason}: of the wrong type, or null), on
     * {@code parser}. When this decode has a validator to go on from there, and {@code parser} reads the body itself,
     * the validator does so at once, in place, and lists every violation of the body, reading it to its end: the
     * reader then returns a stand-in value rather than throwing, and the readers above it return as soon as they see
     * the body ended ({@link JsonReading#refusedInPlace}), so that the refusal costs no unwinding of their frames.
     *
     * @return whether the body was refused in place (its violations are {@link #refusal}); false when the reader
     *     must throw as usual: no validator, another parser, or one the validator could not go on from
     */
    static boolean refuseInPlace(JsonParser parser, DecodeException.Reason reason) {
        if (!(parser.objectReadContext() instanceof DecodeContext context) || context.body != parser) {
            return false;
        }
        List<Violation> violations = context.validateRest(parser, TRIAL_FAILURES.get(reason));
        if (violations == null) {
            return false;
        }
        context.refusal = violations;
        return true;
    }

    /**
     * Every violation of the body, listed by this decode's validator going on from {@code failure}, where {@code
     * parser} stands; null when there is no validator, it went on already, or it cannot tell from here (the body is
     * then validated from the start).
     */
    @Nullable List<Violation> validateRest(JsonParser parser, DecodeException failure) {
        if (resume == null || validation == null || resumed) {
            return null;
        }
        resumed = true;
        List<Violation> violations = resume.validateRest(parser, failure, validation);
        return violations == null || violations.isEmpty() ? null : violations;
    }

    /** Whether the decode {@code parser} reads was refused in place ({@link #refuseInPlace}). */
    static boolean refused(JsonParser parser) {
        return parser.objectReadContext() instanceof DecodeContext context && context.refusal != null;
    }

    /** The violations of a body refused in place ({@link #refuseInPlace}); null when it was not. */
    @Nullable List<Violation> refusal() {
        return refusal;
    }

    /** The names read by the decode {@code parser} belongs to, when it notes them; null otherwise. */
    static @Nullable NamesRead namesRead(JsonParser parser) {
        return parser.objectReadContext() instanceof DecodeContext context ? context.namesRead : null;
    }

    /** The parser has entered an object a generated reader reads ({@link JsonReading#beginObject}). */
    static void objectBegun(JsonParser parser) {
        if (parser.objectReadContext() instanceof DecodeContext context && context.namesRead != null) {
            context.namesRead.begin(parser.streamReadContext().getNestingDepth());
        }
    }

    /** A generated reader has read to the end of an object whose known names are {@code names}. */
    static void objectEnded(JsonParser parser, PropertyNameMatcher names) {
        if (parser.objectReadContext() instanceof DecodeContext context && context.namesRead != null) {
            // At the closing brace the parser is back in the object's parent.
            context.namesRead.ended(parser.streamReadContext().getNestingDepth() + 1, names);
        }
    }

    /** A generated reader has read the known name at {@code index} of {@code names} ({@link JsonReading#nextProperty}). */
    static void nameRead(JsonParser parser, PropertyNameMatcher names, int index) {
        if (parser.objectReadContext() instanceof DecodeContext context && context.namesRead != null) {
            context.namesRead.read(parser.streamReadContext().getNestingDepth(), names, index);
        }
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
