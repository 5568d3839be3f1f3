package io.busgen.runtime.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The dynamic scope of a generated validator's evaluation, as far as {@code $dynamicRef} needs it: for each dynamic
 * anchor name, the outermost schema resource entered on the way to the current schema that declares an anchor of that
 * name. Immutable: entering a resource gives a new scope (or the same one, when the resource declares no anchor that
 * is not already bound), so that leaving it is returning to the caller's.
 *
 * <p>Only validators of schemas with a {@code $dynamicRef} that resolves dynamically use it; generated code names
 * resources and anchors by the strings of their schema locations and names.
 */
public final class DynamicScope {

    /** The scope at the start of validation: no resource entered yet. */
    public static final DynamicScope EMPTY = new DynamicScope(new String[0]);

    /** Pairs of an anchor name and the resource that binds it, in the order they were bound. */
    private final String[] bindings;

    private DynamicScope(String[] bindings) {
        this.bindings = bindings;
    }

    /**
     * The scope within a resource: each of its dynamic anchors that no outer resource binds is bound to it.
     *
     * @param resource the resource's location, as generated code names it
     * @param anchors the names of the dynamic anchors it declares
     * @return the scope inside the resource
     */
    public DynamicScope enter(String resource, String... anchors) {
        String[] grown = bindings;
        for (String anchor : anchors) {
            if (bound(grown, anchor) == null) {
                grown = Arrays.copyOf(grown, grown.length + 2);
                grown[grown.length - 2] = anchor;
                grown[grown.length - 1] = resource;
            }
        }
        return grown == bindings ? this : new DynamicScope(grown);
    }

    /**
     * The resource a {@code $dynamicRef} to the anchor goes to: the outermost one in scope that declares it, or
     * {@code fallback} (the reference's static target's) when none does.
     *
     * @param anchor the dynamic anchor's name
     * @param fallback the resource of the reference's static target
     * @return the location of the resource whose anchor the reference goes to
     */
    public String outermost(String anchor, String fallback) {
        String resource = bound(bindings, anchor);
        return resource == null ? fallback : resource;
    }

    private static @Nullable String bound(String[] bindings, String anchor) {
        for (int i = 0; i < bindings.length; i += 2) {
            if (bindings[i].equals(anchor)) {
                return bindings[i + 1];
            }
        }
        return null;
    }
}
