package io.busgen.runtime.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The property names a trial decode has read in each object it is inside, by nesting depth: which of a generated
 * reader's names (its matcher's indexes, one bit each) it has met so far. When the decode fails, the validator goes
 * on from where it stopped ({@link StreamInput#resuming}) and needs these to check {@code required} at the ends of the
 * objects the failure was in, without reading the body again.
 *
 * <p>Kept per thread and reused, so that a decode allocates nothing for it; a decode inside a decode (which generated
 * readers never start) gets one of its own.
 */
final class NamesRead {

    private static final ThreadLocal<NamesRead> PER_THREAD = ThreadLocal.withInitial(NamesRead::new);

    /** For each depth, the matcher of the object being read there, or null before its first known name or its end. */
    private @Nullable PropertyNameMatcher[] matchers = new PropertyNameMatcher[8];
    /** For each depth, the indexes read, one bit each. */
    private long[] read = new long[8];
    /** For each depth, the decode (its {@link #generation}) that began the object there. */
    private int[] begunIn = new int[8];
    private int generation;
    /** The deepest depth used by this decode, to drop the matchers it holds when done. */
    private int deepest;
    private boolean inUse;
    /** A known name was read twice in one object, or one at an index beyond a {@code long}'s bits. */
    private boolean unsure;

    private NamesRead() {}

    /** This thread's record, emptied for a new decode; give it back with {@link #release}. */
    static NamesRead acquire() {
        NamesRead names = PER_THREAD.get();
        if (names.inUse) {
            names = new NamesRead();
        }
        names.inUse = true;
        names.generation++;
        names.unsure = false;
        return names;
    }

    /** Done with this decode: nothing is kept of it but the arrays. */
    void release() {
        Arrays.fill(matchers, 0, Math.min(deepest + 1, matchers.length), null);
        deepest = 0;
        inUse = false;
    }

    /** The parser has entered an object at {@code depth}. */
    void begin(int depth) {
        if (depth >= read.length) {
            grow(depth);
        }
        matchers[depth] = null;
        read[depth] = 0;
        begunIn[depth] = generation;
        if (depth > deepest) {
            deepest = depth;
        }
    }

    private void grow(int depth) {
        int length = Math.max(depth + 1, read.length * 2);
        matchers = Arrays.copyOf(matchers, length);
        read = Arrays.copyOf(read, length);
        begunIn = Arrays.copyOf(begunIn, length);
    }

    /** The known name at {@code index} of {@code names} was read in the object at {@code depth}. */
    void read(int depth, PropertyNameMatcher names, int index) {
        if (depth >= read.length || index >= Long.SIZE) {
            unsure = true; // an object begun by other means, or a name not held in bits: nothing to go on from
            return;
        }
        // Every member of every body decodeValidated reads comes here: no store that is not needed.
        long bit = 1L << index;
        long before = read[depth];
        if ((before & bit) != 0) {
            unsure = true;
        }
        read[depth] = before | bit;
        if (matchers[depth] != names) {
            matchers[depth] = names;
        }
    }

    /**
     * The object at {@code depth} has ended, its known names those of {@code names} (so that an object that lacks a
     * property and has none of its known names is told from one begun by other means).
     */
    void ended(int depth, PropertyNameMatcher names) {
        if (depth < matchers.length && matchers[depth] != names) {
            matchers[depth] = names;
        }
    }

    /**
     * Whether what was read can be gone on from: no known name twice in one object (the stream validator would then
     * settle the body as a tree) and every name within the bits.
     */
    boolean sure() {
        return !unsure;
    }

    /** Whether the object at {@code depth} was begun by this decode (with {@link #begin}). */
    boolean begun(int depth) {
        return depth < begunIn.length && begunIn[depth] == generation;
    }

    /** The matcher of the object at {@code depth}; null when no known name was read there. */
    @Nullable PropertyNameMatcher matcher(int depth) {
        return matchers[depth];
    }

    /** The indexes of {@link #matcher} read in the object at {@code depth}. */
    long read(int depth) {
        return read[depth];
    }
}
