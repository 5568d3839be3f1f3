package io.busgen.runtime;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * Carries the {@link DecodeOptions} of a decode to the readers, through the parser, so that limits Jackson does not
 * know (collection sizes) are enforced where collections are read.
 */
final class DecodeContext extends ObjectReadContext.Base {

    private final DecodeOptions options;

    DecodeContext(DecodeOptions options) {
        this.options = options;
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
