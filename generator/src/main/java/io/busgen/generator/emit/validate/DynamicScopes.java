package io.busgen.generator.emit.validate;

import io.busgen.generator.schema.DynamicAnchors;
import io.busgen.generator.schema.Keyword;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaDocument;
import io.busgen.generator.schema.SchemaIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where generated validators track the dynamic scope that {@code $dynamicRef} resolves against: only the checks of
 * schemas from which evaluation can reach a {@code $dynamicRef} that resolves dynamically take a {@code DynamicScope}
 * argument; every other check is written as it would be without one. A scoped check of a schema whose resource
 * declares dynamic anchors enters that resource first, binding the anchors no outer resource binds (the outermost
 * wins); leaving the check leaves the resource, since the caller keeps its own scope.
 */
final class DynamicScopes {

    private final SchemaIndex index;
    private final DynamicAnchors anchors;
    private final Set<Schema> scoped = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The schemas a reference leads to: evaluation may come to them from another resource. */
    private final Set<Schema> referenced = Collections.newSetFromMap(new IdentityHashMap<>());

    DynamicScopes(SchemaIndex index) {
        this.index = index;
        this.anchors = index.dynamicAnchors();
        if (anchors.any()) {
            findScoped();
        }
    }

    /** Whether the check of a schema takes the dynamic scope: evaluation can reach a dynamic reference from it. */
    boolean scoped(Schema schema) {
        return scoped.contains(schema);
    }

    /**
     * Whether the check of a schema enters its resource, which declares dynamic anchors, into the scope: the
     * resource's root does, and so does any schema a reference leads to (from another resource, maybe); a subschema
     * reached from its parent is already inside.
     */
    boolean entersResource(Schema schema) {
        return scoped(schema) && !anchors.declaredBy(anchors.resourceOf(schema)).isEmpty()
                && (anchors.resourceOf(schema) == schema || referenced.contains(schema));
    }

    /** The resource a schema belongs to. */
    Schema resourceOf(Schema schema) {
        return anchors.resourceOf(schema);
    }

    /** The names of the dynamic anchors a schema's resource declares, sorted. */
    List<String> anchorsDeclaredWith(Schema schema) {
        return List.copyOf(anchors.declaredBy(anchors.resourceOf(schema)).keySet());
    }

    /** The anchor name a {@code $dynamicRef} resolves dynamically by, or null when it is a plain {@code $ref}. */
    String dynamicName(Schema withDynamicRef) {
        return scoped(withDynamicRef) ? anchors.dynamicName(withDynamicRef).orElse(null) : null;
    }

    DynamicAnchors anchors() {
        return anchors;
    }

    /** Every schema that can reach a dynamic reference, found backwards from the references. */
    private void findScoped() {
        Map<Schema, List<Schema>> reachedFrom = new IdentityHashMap<>();
        Deque<Schema> work = new ArrayDeque<>();
        for (SchemaDocument document : index.documents()) {
            for (Schema schema : document.schemas()) {
                for (Schema next : evaluated(schema)) {
                    reachedFrom.computeIfAbsent(next, n -> new ArrayList<>()).add(schema);
                }
                index.target(schema).ifPresent(referenced::add);
                if (schema.has(Keyword.DYNAMIC_REF)) {
                    referenced.add(anchors.staticTarget(schema));
                    anchors.dynamicName(schema).ifPresent(name -> referenced.addAll(anchors.anchored(name, index)));
                }
                if (anchors.dynamicName(schema).isPresent() && scoped.add(schema)) {
                    work.add(schema);
                }
            }
        }
        while (!work.isEmpty()) {
            for (Schema before : reachedFrom.getOrDefault(work.poll(), List.of())) {
                if (scoped.add(before)) {
                    work.add(before);
                }
            }
        }
    }

    /** The schemas evaluation goes on to from a schema: subschemas (but definitions), and references' targets. */
    private List<Schema> evaluated(Schema schema) {
        List<Schema> next = new ArrayList<>();
        SchemaDocument.forEachSubschema(schema, (relative, child) -> {
            if (!relative.startsWith("/$defs/") && !relative.equals("/contentSchema")) {
                next.add(child);
            }
        });
        index.target(schema).ifPresent(next::add);
        if (schema.has(Keyword.DYNAMIC_REF)) {
            next.add(anchors.staticTarget(schema));
            anchors.dynamicName(schema).ifPresent(name -> next.addAll(anchors.anchored(name, index)));
        }
        return next;
    }
}
