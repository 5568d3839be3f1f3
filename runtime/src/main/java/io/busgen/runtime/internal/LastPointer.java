package io.busgen.runtime.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamContext;

/**
 * The JSON pointer last made from a parser's path, kept with that path. A body that is refused is often refused
 * where the one before it was (one producer's one mistake, sent again), and then its violation's pointer is not
 * written again: the path is compared segment by segment, which allocates nothing. One entry, immutable, shared by
 * every thread; another path replaces it. Only short pointers are kept, so that a hostile body's deep or long path
 * is not held on to.
 */
final class LastPointer {

    /** The longest pointer kept, in characters; the most segments. */
    private static final int MAX_LENGTH = 256;
    private static final int MAX_SEGMENTS = 16;

    private static volatile @Nullable LastPointer last;

    /** The path's segments, innermost first: the member's name, or null where the segment is an element's index. */
    private final @Nullable String[] names;
    private final int[] indexes;
    private final String pointer;

    private LastPointer(@Nullable String[] names, int[] indexes, String pointer) {
        this.names = names;
        this.indexes = indexes;
        this.pointer = pointer;
    }

    /** The pointer of {@code context}'s path when it is the one last made; null otherwise. */
    static @Nullable String of(TokenStreamContext context) {
        LastPointer made = last;
        return made != null && made.isPathOf(context) ? made.pointer : null;
    }

    /** Keeps {@code pointer}, just made from {@code context}'s path, for the next pointer asked of the same path. */
    static void remember(TokenStreamContext context, String pointer) {
        if (pointer.length() > MAX_LENGTH) {
            return;
        }
        int count = 0;
        for (TokenStreamContext c = context; isSegment(c); c = c.getParent()) {
            if (++count > MAX_SEGMENTS) {
                return;
            }
        }
        @Nullable String[] names = new String[count];
        int[] indexes = new int[count];
        TokenStreamContext c = context;
        for (int i = 0; i < count; i++, c = c.getParent()) {
            if (c.inArray()) {
                indexes[i] = c.getCurrentIndex();
            } else {
                names[i] = nameOf(c);
            }
        }
        last = new LastPointer(names, indexes, pointer);
    }

    private boolean isPathOf(TokenStreamContext context) {
        TokenStreamContext c = context;
        for (int i = 0; i < names.length; i++, c = c.getParent()) {
            if (!isSegment(c)) {
                return false;
            }
            String name = names[i];
            if (c.inArray() ? name != null || indexes[i] != c.getCurrentIndex()
                    : name == null || !name.equals(nameOf(c))) {
                return false;
            }
        }
        return !isSegment(c);
    }

    /** Whether a context is a segment of a path: an object's member or an array's element, not the root. */
    private static boolean isSegment(@Nullable TokenStreamContext c) {
        return c != null && (c.inObject() || c.inArray());
    }

    private static String nameOf(TokenStreamContext object) {
        String name = object.currentName();
        return name == null ? "" : name;
    }
}
