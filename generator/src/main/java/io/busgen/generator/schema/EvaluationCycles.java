package io.busgen.generator.schema;

import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Finds a cycle of references that evaluates one value forever: {@code {"$ref": "#"}}, two documents that refer to
 * each other's root, a {@code $dynamicRef} that can come back to itself, each without reading into the value (through
 * {@code properties}, {@code items}, ...) on the way. A schema with one would make its validator recurse until the
 * stack overflows, so it is refused where the cycle starts. The walk keeps its own stack: a deep chain of remote
 * documents cannot overflow the generator's.
 *
 * <p>A {@code $dynamicRef} may lead to any {@code $dynamicAnchor} of its name, so every one counts as a way on.
 */
final class EvaluationCycles {

    private final Map<Schema, Schema> refs;
    private final Map<Schema, Schema> dynamicTargets;
    private final Map<Schema, String> dynamicNames;
    private final Map<String, List<Schema>> anchoredByName = new java.util.HashMap<>();
    private final BiFunction<Schema, Keyword, SourceLocation> referenceLocation;
    private final Problems problems;

    EvaluationCycles(Map<Schema, Schema> refs, Map<Schema, Schema> dynamicTargets, Map<Schema, String> dynamicNames,
            Map<Schema, Map<String, Schema>> dynamicAnchors,
            BiFunction<Schema, Keyword, SourceLocation> referenceLocation, Problems problems) {
        this.refs = refs;
        this.dynamicTargets = dynamicTargets;
        this.dynamicNames = dynamicNames;
        dynamicAnchors.values().forEach(anchors -> anchors.forEach((name, schema) ->
                anchoredByName.computeIfAbsent(name, n -> new ArrayList<>()).add(schema)));
        this.referenceLocation = referenceLocation;
        this.problems = problems;
    }

    /** Reports the first cycle reachable from {@code root}, if there is one. */
    void check(Schema root) {
        Set<Schema> done = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Schema> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Schema> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Schema> toReach = new ArrayDeque<>(List.of(root));
        reached.add(root);
        while (!toReach.isEmpty()) {
            Schema start = toReach.poll();
            // every schema evaluation reaches is the start of a walk along the ways that keep the value
            for (Schema next : evaluated(start)) {
                if (reached.add(next)) {
                    toReach.add(next);
                }
            }
            if (done.contains(start)) {
                continue;
            }
            Deque<Schema> path = new ArrayDeque<>();
            Deque<Iterator<Schema>> ways = new ArrayDeque<>();
            path.push(start);
            onPath.add(start);
            ways.push(sameValue(start).iterator());
            while (!path.isEmpty()) {
                Iterator<Schema> way = ways.peek();
                if (!way.hasNext()) {
                    Schema finished = path.pop();
                    ways.pop();
                    onPath.remove(finished);
                    done.add(finished);
                    continue;
                }
                Schema next = way.next();
                if (onPath.contains(next)) {
                    report(path, next);
                    return;
                }
                if (!done.contains(next)) {
                    path.push(next);
                    onPath.add(next);
                    ways.push(sameValue(next).iterator());
                }
            }
        }
    }

    private void report(Deque<Schema> path, Schema back) {
        List<Schema> cycle = new ArrayList<>();
        for (Iterator<Schema> it = path.descendingIterator(); it.hasNext(); ) {
            Schema schema = it.next();
            if (schema == back || !cycle.isEmpty()) {
                cycle.add(schema);
            }
        }
        cycle.add(back);
        Schema at = cycle.stream().filter(s -> s.ref() != null || s.has(Keyword.DYNAMIC_REF)).findFirst()
                .orElse(back);
        List<String> steps = cycle.stream().map(s -> s.location().file() + "#" + s.pointer()).toList();
        problems.report(referenceLocation.apply(at, at.ref() != null ? Keyword.REF : Keyword.DYNAMIC_REF),
                "reference cycle: validating a value here comes back here without reading into the value ("
                        + String.join(" -> ", steps) + "), so it would never finish; break the cycle");
    }

    /** The schemas that evaluate the same value as {@code s}: references and in-place applicators. */
    private List<Schema> sameValue(Schema s) {
        List<Schema> next = new ArrayList<>();
        if (s.isBooleanSchema()) {
            return next;
        }
        references(s, next);
        next.addAll(s.allOf());
        next.addAll(s.anyOf());
        next.addAll(s.oneOf());
        addIfPresent(next, s.not());
        addIfPresent(next, s.ifSchema());
        addIfPresent(next, s.thenSchema());
        addIfPresent(next, s.elseSchema());
        next.addAll(s.dependentSchemas().values());
        return next;
    }

    /** Every schema that evaluation of {@code s} may go on to: its subschemas (but definitions) and references. */
    private List<Schema> evaluated(Schema s) {
        List<Schema> next = new ArrayList<>();
        SchemaDocument.forEachSubschema(s, (relative, child) -> {
            if (!relative.startsWith("/$defs/") && !relative.equals("/contentSchema")) {
                next.add(child);
            }
        });
        references(s, next);
        return next;
    }

    private void references(Schema s, List<Schema> next) {
        Schema target = refs.get(s);
        if (target != null) {
            next.add(target);
        }
        Schema dynamicTarget = dynamicTargets.get(s);
        if (dynamicTarget != null) {
            next.add(dynamicTarget);
        }
        String dynamicName = dynamicNames.get(s);
        if (dynamicName != null) {
            next.addAll(anchoredByName.getOrDefault(dynamicName, List.of()));
        }
    }

    private static void addIfPresent(List<Schema> list, Schema schema) {
        if (schema != null) {
            list.add(schema);
        }
    }
}
