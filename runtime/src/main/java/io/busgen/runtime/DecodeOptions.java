package io.busgen.runtime;

/**
 * Limits and strictness of decoding, so that hostile input fails with a {@link DecodeException} (reason
 * {@link DecodeException.Reason#LIMIT_EXCEEDED}) instead of exhausting the stack or memory.
 *
 * @param maxBodyBytes the largest body accepted, in bytes
 * @param maxNestingDepth the deepest nesting of objects and arrays (at most {@value #NESTING_CEILING})
 * @param maxStringLength the longest string or property name, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxCollectionSize the most elements of one array, or members of one object
 * @param maxTokens the most JSON tokens in one body, skipped ones included: each string, number, {@code true},
 *     {@code false} and {@code null} counts one, each object and array two (its opening and closing bracket), each
 *     property name one. This bounds what one decode may hold in memory whatever the body's shape (see
 *     docs/runtime.md).
 * @param rejectDuplicateProperties whether a property that appears twice in one object is an error; Infrahub takes
 *     the last one, and so does the default
 * @param maxDiscriminatorLookahead the most JSON tokens of an object of a discriminated union (a generated sealed
 *     interface) read before its discriminator, counted as {@code maxTokens} counts them, the object's opening
 *     brace included: they are held until the discriminator says which record reads them (see docs/runtime.md)
 */
public record DecodeOptions(
        int maxBodyBytes,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        int maxCollectionSize,
        int maxTokens,
        boolean rejectDuplicateProperties,
        int maxDiscriminatorLookahead) {

    /** The default of {@link #maxDiscriminatorLookahead}. */
    private static final int DEFAULT_DISCRIMINATOR_LOOKAHEAD = 10_000;

    /** The deepest nesting any options may allow: decoding recurses once per level. */
    public static final int NESTING_CEILING = 1000;

    /**
     * 16 MiB bodies, 64 levels of nesting, strings up to 8 Mi characters, numbers up to 1,000 characters,
     * collections up to 1,000,000 elements, 2,000,000 tokens per body, the last duplicate wins, 10,000 tokens of a
     * union's object before its discriminator.
     */
    public static final DecodeOptions DEFAULTS = new DecodeOptions(16 << 20, 64, 8 << 20, 1000, 1_000_000,
            2_000_000, false, DEFAULT_DISCRIMINATOR_LOOKAHEAD);

    /**
     * Options, checked.
     *
     * @param maxBodyBytes the largest body accepted, in bytes
     * @param maxNestingDepth the deepest nesting of objects and arrays
     * @param maxStringLength the longest string or property name, in characters
     * @param maxNumberLength the longest number, in characters
     * @param maxCollectionSize the most elements of one array, or members of one object
     * @param maxTokens the most JSON tokens in one body
     * @param rejectDuplicateProperties whether a property that appears twice in one object is an error
     * @param maxDiscriminatorLookahead the most JSON tokens of a union's object read before its discriminator
     * @throws IllegalArgumentException when a limit is not positive, or the nesting is above {@value #NESTING_CEILING}
     */
    public DecodeOptions {
        if (maxBodyBytes < 1 || maxNestingDepth < 1 || maxStringLength < 0 || maxNumberLength < 1
                || maxCollectionSize < 0 || maxTokens < 1 || maxDiscriminatorLookahead < 3) {
            throw new IllegalArgumentException("decode limits must be positive (maxDiscriminatorLookahead at least 3:"
                    + " the opening brace, the discriminator's name and its value)");
        }
        if (maxNestingDepth > NESTING_CEILING) {
            throw new IllegalArgumentException("maxNestingDepth " + maxNestingDepth + " is above the ceiling of "
                    + NESTING_CEILING);
        }
    }

    /**
     * Options, checked, with the default {@link #maxDiscriminatorLookahead} (10,000 tokens).
     *
     * @param maxBodyBytes the largest body accepted, in bytes
     * @param maxNestingDepth the deepest nesting of objects and arrays
     * @param maxStringLength the longest string or property name, in characters
     * @param maxNumberLength the longest number, in characters
     * @param maxCollectionSize the most elements of one array, or members of one object
     * @param maxTokens the most JSON tokens in one body
     * @param rejectDuplicateProperties whether a property that appears twice in one object is an error
     * @throws IllegalArgumentException when a limit is not positive, or the nesting is above {@value #NESTING_CEILING}
     */
    public DecodeOptions(int maxBodyBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
            int maxCollectionSize, int maxTokens, boolean rejectDuplicateProperties) {
        this(maxBodyBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxCollectionSize, maxTokens,
                rejectDuplicateProperties, DEFAULT_DISCRIMINATOR_LOOKAHEAD);
    }

    /**
     * These options, but strict (or not) about duplicate properties.
     *
     * @param reject whether a property that appears twice in one object is an error
     * @return the new options
     */
    public DecodeOptions withRejectDuplicateProperties(boolean reject) {
        return new DecodeOptions(maxBodyBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxCollectionSize,
                maxTokens, reject, maxDiscriminatorLookahead);
    }

    /**
     * These options with another body size limit.
     *
     * @param bytes the largest body accepted, in bytes
     * @return the new options
     */
    public DecodeOptions withMaxBodyBytes(int bytes) {
        return new DecodeOptions(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxCollectionSize,
                maxTokens, rejectDuplicateProperties, maxDiscriminatorLookahead);
    }

    /**
     * These options with another nesting limit.
     *
     * @param depth the deepest nesting of objects and arrays, at most {@value #NESTING_CEILING}
     * @return the new options
     */
    public DecodeOptions withMaxNestingDepth(int depth) {
        return new DecodeOptions(maxBodyBytes, depth, maxStringLength, maxNumberLength, maxCollectionSize,
                maxTokens, rejectDuplicateProperties, maxDiscriminatorLookahead);
    }

    /**
     * These options with another string length limit.
     *
     * @param length the longest string or property name, in characters
     * @return the new options
     */
    public DecodeOptions withMaxStringLength(int length) {
        return new DecodeOptions(maxBodyBytes, maxNestingDepth, length, maxNumberLength, maxCollectionSize,
                maxTokens, rejectDuplicateProperties, maxDiscriminatorLookahead);
    }

    /**
     * These options with another number length limit.
     *
     * @param length the longest number, in characters
     * @return the new options
     */
    public DecodeOptions withMaxNumberLength(int length) {
        return new DecodeOptions(maxBodyBytes, maxNestingDepth, maxStringLength, length, maxCollectionSize,
                maxTokens, rejectDuplicateProperties, maxDiscriminatorLookahead);
    }

    /**
     * These options with another collection size limit.
     *
     * @param size the most elements of one array, or members of one object
     * @return the new options
     */
    public DecodeOptions withMaxCollectionSize(int size) {
        return new DecodeOptions(maxBodyBytes, maxNestingDepth, maxStringLength, maxNumberLength, size,
                maxTokens, rejectDuplicateProperties, maxDiscriminatorLookahead);
    }

    /**
     * These options with another token limit.
     *
     * @param tokens the most JSON tokens in one body
     * @return the new options
     */
    public DecodeOptions withMaxTokens(int tokens) {
        return new DecodeOptions(maxBodyBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxCollectionSize,
                tokens, rejectDuplicateProperties, maxDiscriminatorLookahead);
    }

    /**
     * These options with another limit on what a discriminated union holds before its discriminator.
     *
     * @param tokens the most JSON tokens of a union's object read before its discriminator, at least 3
     * @return the new options
     */
    public DecodeOptions withMaxDiscriminatorLookahead(int tokens) {
        return new DecodeOptions(maxBodyBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxCollectionSize,
                maxTokens, rejectDuplicateProperties, tokens);
    }
}
