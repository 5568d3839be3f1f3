package io.busgen.runtime.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the keywords of one schema and of the subschemas it applies in place evaluated of one object or array: the
 * annotations of draft 2020-12 that {@code unevaluatedProperties} and {@code unevaluatedItems} read.
 *
 * <p>A schema records what it evaluates as its keywords say, without reading the value: the names of {@code
 * properties}, the patterns of {@code patternProperties}, all members for {@code additionalProperties} and {@code
 * unevaluatedProperties}, the first items for {@code prefixItems}, all items for {@code items} and {@code
 * unevaluatedItems}, and the check of {@code contains}, which is run on an item only when no other keyword evaluated
 * it. A name recorded that the object lacks changes nothing, so no member is read to record it. A subschema records
 * into one of its own, which its caller adds to this one only when the subschema passed ({@link Checks#evaluating}):
 * a failing subschema evaluates nothing.
 */
public final class Evaluated {

    private @Nullable Set<String> names;
    private @Nullable List<EcmaPattern> patterns;
    private boolean allProperties;
    private int items;
    private boolean allItems;
    private @Nullable List<SchemaCheck> contains;

    /** Nothing evaluated yet. */
    public Evaluated() {}

    /**
     * Records the names of {@code properties}.
     *
     * @param evaluated the names
     */
    public void properties(String... evaluated) {
        if (names == null) {
            names = new HashSet<>();
        }
        names.addAll(List.of(evaluated));
    }

    /**
     * Records the patterns of {@code patternProperties}: a member whose name one matches is evaluated.
     *
     * @param evaluated the patterns
     */
    public void patterns(EcmaPattern... evaluated) {
        if (patterns == null) {
            patterns = new ArrayList<>();
        }
        patterns.addAll(List.of(evaluated));
    }

    /** Records that every member is evaluated ({@code additionalProperties}, {@code unevaluatedProperties}). */
    public void allProperties() {
        allProperties = true;
    }

    /**
     * Records that the first items are evaluated ({@code prefixItems}).
     *
     * @param count how many
     */
    public void items(int count) {
        items = Math.max(items, count);
    }

    /** Records that every item is evaluated ({@code items}, {@code unevaluatedItems}). */
    public void allItems() {
        allItems = true;
    }

    /**
     * Records the check of {@code contains}: an item valid against it is evaluated.
     *
     * @param check the check of the schema of {@code contains}
     */
    public void contains(SchemaCheck check) {
        if (contains == null) {
            contains = new ArrayList<>();
        }
        contains.add(check);
    }

    /**
     * Records everything another record holds: what a subschema that passed evaluated.
     *
     * @param other the subschema's record
     */
    public void addAll(Evaluated other) {
        if (other.names != null) {
            properties(other.names.toArray(new String[0]));
        }
        if (other.patterns != null) {
            patterns(other.patterns.toArray(new EcmaPattern[0]));
        }
        allProperties |= other.allProperties;
        items = Math.max(items, other.items);
        allItems |= other.allItems;
        if (other.contains != null) {
            other.contains.forEach(this::contains);
        }
    }

    /** Whether every member is evaluated. */
    boolean everyProperty() {
        return allProperties;
    }

    /** Whether every item is evaluated. */
    boolean everyItem() {
        return allItems;
    }

    /** Whether an item is evaluated only if the check of a {@code contains} says so: it is then read twice. */
    boolean checksItems() {
        return contains != null;
    }

    /**
     * Whether a member is evaluated. A pattern whose budget is spent counts as a match: the check of {@code
     * patternProperties} reported it already.
     */
    boolean hasProperty(String name, Violations out) {
        if (allProperties || (names != null && names.contains(name))) {
            return true;
        }
        if (patterns != null) {
            for (EcmaPattern pattern : patterns) {
                if (pattern.test(name, out.options().regexStepBudget(name.length())) != EcmaPattern.Outcome.NO_MATCH) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an item is evaluated.
     *
     * @param index the item's index
     * @param item the input on the item, made by {@link JsonInput#buffered} when {@link #checksItems}
     * @param out the violations of the validation
     */
    boolean hasItem(int index, JsonInput item, Violations out) {
        if (allItems || index < items) {
            return true;
        }
        if (contains != null) {
            for (int i = 0; i < contains.size(); i++) {
                if (Checks.passes(i == 0 ? item : item.again(), out, contains.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
