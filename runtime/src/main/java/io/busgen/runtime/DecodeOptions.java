package io.busgen.runtime;

/**
 * Limits and strictness of decoding, so that hostile input fails with a {@link DecodeException} instead of
 * exhausting the stack or memory.
 *
 * @param maxBodyBytes the largest body accepted
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string, in characters
 * @param maxNumberLength the longest number, in characters
 * @param rejectDuplicateProperties whether a property that appears twice in one object is an error (upstream takes
 *     the last one, which is the default here too)
 */
public record DecodeOptions(
        int maxBodyBytes,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        boolean rejectDuplicateProperties) {

    /** 16 MiB bodies, 64 levels of nesting, 8 Mi-character strings, 1,000-character numbers, last duplicate wins. */
    public static final DecodeOptions DEFAULTS = new DecodeOptions(16 << 20, 64, 8 << 20, 1000, false);

    public DecodeOptions {
        if (maxBodyBytes < 2 || maxNestingDepth < 1 || maxStringLength < 0 || maxNumberLength < 1) {
            throw new IllegalArgumentException("decode limits must be positive");
        }
    }

    public DecodeOptions withRejectDuplicateProperties(boolean reject) {
        return new DecodeOptions(maxBodyBytes, maxNestingDepth, maxStringLength, maxNumberLength, reject);
    }
}
