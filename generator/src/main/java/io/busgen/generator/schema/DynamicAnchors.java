package io.busgen.generator.schema;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code $dynamicRef} needs of a set of standalone documents: the schema resource each schema belongs to (the
 * nearest schema with {@code $id} above it, or its document's root), the {@code $dynamicAnchor}s each resource
 * declares, and for each {@code $dynamicRef} whose static target has a {@code $dynamicAnchor} of the fragment's name
 * (the "bookend"), that name. A {@code $dynamicRef} without a bookend is a {@code $ref}: its target is
 * {@link SchemaIndex#target}.
 *
 * <p>At run time the reference goes to the anchor of that name declared by the outermost resource in the dynamic
 * scope (the resources that evaluation passed through to reach it) that declares one, and to its static target when
 * none does.
 */
public final class DynamicAnchors {

    /** No dynamic reference anywhere: what every catalogue has. */
    public static final DynamicAnchors NONE = new DynamicAnchors(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<Schema, Schema> resourceOf;
    private final Map<Schema, Map<String, Schema>> declared;
    private final Map<Schema, Schema> staticTargets;
    private final Map<Schema, String> dynamicNames;

    /**
     * @param resourceOf each schema's resource root
     * @param declared for each resource root that declares dynamic anchors, each anchor's name and schema
     * @param staticTargets for each {@code $dynamicRef}, the schema it resolves to as a {@code $ref} would
     * @param dynamicNames for each bookended {@code $dynamicRef}, the anchor name it looks for
     */
    public DynamicAnchors(Map<Schema, Schema> resourceOf, Map<Schema, Map<String, Schema>> declared,
            Map<Schema, Schema> staticTargets, Map<Schema, String> dynamicNames) {
        this.resourceOf = Collections.unmodifiableMap(new IdentityHashMap<>(resourceOf));
        Map<Schema, Map<String, Schema>> copy = new IdentityHashMap<>();
        declared.forEach((resource, anchors) -> copy.put(resource,
                Collections.unmodifiableMap(new TreeMap<>(anchors))));
        this.declared = Collections.unmodifiableMap(copy);
        this.staticTargets = Collections.unmodifiableMap(new IdentityHashMap<>(staticTargets));
        this.dynamicNames = Collections.unmodifiableMap(new IdentityHashMap<>(dynamicNames));
    }

    /** Whether some {@code $dynamicRef} resolves dynamically: only then does validation track the dynamic scope. */
    public boolean any() {
        return !dynamicNames.isEmpty();
    }

    /** The anchor name a bookended {@code $dynamicRef} looks for; empty for any other schema. */
    public Optional<String> dynamicName(Schema withDynamicRef) {
        return Optional.ofNullable(dynamicNames.get(withDynamicRef));
    }

    /** The schema a {@code $dynamicRef} resolves to statically, as a {@code $ref} would. */
    public Schema staticTarget(Schema withDynamicRef) {
        Schema target = staticTargets.get(withDynamicRef);
        if (target == null) {
            throw new IllegalArgumentException("no $dynamicRef at " + withDynamicRef.location());
        }
        return target;
    }

    /** The root of the schema resource a schema belongs to. */
    public Schema resourceOf(Schema schema) {
        return resourceOf.getOrDefault(schema, schema);
    }

    /** The dynamic anchors a resource root declares, by name (sorted); empty when it declares none. */
    public Map<String, Schema> declaredBy(Schema resource) {
        return declared.getOrDefault(resource, Map.of());
    }

    /** Every schema with a {@code $dynamicAnchor} of this name, whatever its resource, in a stable order. */
    public List<Schema> anchored(String name, SchemaIndex index) {
        Map<String, Schema> byLocation = new TreeMap<>();
        for (Map<String, Schema> anchors : declared.values()) {
            Schema schema = anchors.get(name);
            if (schema != null) {
                byLocation.put(index.locationOf(schema), schema);
            }
        }
        return List.copyOf(new LinkedHashMap<>(byLocation).values());
    }
}
