package io.busgen.generator.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Makes a failing catalogue smaller while it still fails the same way: drops entry files (a message with its
 * response), defs files, properties (and their mentions in {@code required}), {@code $defs} entries, keywords and
 * array elements, and replaces schemas with {@code {"type": "string"}}, greedily, the biggest cut first. Candidates
 * are tried in batches, each batch compiled in one {@code javac} call, until none still fails or time runs out.
 */
final class Shrinker {

    /** Batches grow from this size: the first candidates (the biggest cuts) often fail; small batches are quick. */
    private static final int FIRST_BATCH = 4;
    private static final int LARGEST_BATCH = 32;

    private final FuzzPipeline pipeline;
    private final long deadline;
    private int packages;

    Shrinker(FuzzPipeline pipeline, long deadlineNanos) {
        this.pipeline = pipeline;
        this.deadline = deadlineNanos;
    }

    /** The smallest catalogue found that still fails with {@code signature}. */
    FuzzCatalogue shrink(FuzzCatalogue failing, String signature) {
        // Compile errors and lint's or the emitter's failures need no instances: skip the codec checks.
        boolean checkEntries = !signature.startsWith("javac ") && !signature.startsWith("lint ")
                && !signature.startsWith("emit ");
        FuzzCatalogue current = failing;
        boolean progress = true;
        while (progress && System.nanoTime() < deadline) {
            progress = false;
            int currentSize = current.size();
            List<FuzzCatalogue> candidates = candidates(current).stream().filter(c -> c.size() < currentSize)
                    .toList();
            int size = FIRST_BATCH;
            for (int start = 0; start < candidates.size() && System.nanoTime() < deadline; start += size,
                    size = Math.min(LARGEST_BATCH, size * 2)) {
                List<FuzzCatalogue> batch = new ArrayList<>();
                for (FuzzCatalogue candidate : candidates.subList(start, Math.min(candidates.size(),
                        start + size))) {
                    batch.add(candidate.withPackage(renamed(candidate.javaPackage())));
                }
                List<FuzzPipeline.Outcome> outcomes = pipeline.runGuarded(batch, checkEntries);
                FuzzCatalogue smaller = null;
                for (int i = 0; i < outcomes.size(); i++) {
                    if (outcomes.get(i).has(signature)) {
                        smaller = candidates.get(start + i);
                        break;
                    }
                }
                if (smaller != null) {
                    if (Boolean.getBoolean("busgen.fuzz.verbose")) {
                        System.out.printf("shrink %s: %d -> %d bytes%n", signature, current.size(), smaller.size());
                    }
                    current = smaller;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    /** {@code fuzz.s1x.record} -> {@code fuzz.x7.record}: unique, keeping what follows the second segment. */
    private String renamed(String javaPackage) {
        String[] segments = javaPackage.split("\\.", 3);
        return "fuzz.x" + packages++ + (segments.length > 2 ? "." + segments[2] : "");
    }

    /** Every one-step reduction of a catalogue, the biggest first. */
    private static List<FuzzCatalogue> candidates(FuzzCatalogue catalogue) {
        List<FuzzCatalogue> candidates = new ArrayList<>();
        for (String path : catalogue.files().keySet()) {
            if (path.equals(FuzzCatalogue.CATALOG_JSON)) {
                continue;
            }
            candidates.add(edit(catalogue, c -> {
                c.files().remove(path);
                if (path.startsWith("messages/")) {
                    c.files().remove("responses/" + path.substring("messages/".length()));
                }
            }));
        }
        List<List<Object>> nodes = new ArrayList<>();
        for (Map.Entry<String, Object> file : catalogue.files().entrySet()) {
            collect(file.getValue(), new ArrayList<>(List.of(file.getKey())), nodes);
        }
        nodes.sort((a, b) -> a.size() - b.size());
        for (List<Object> path : nodes) {
            Object node = resolve(catalogue, path);
            if (node instanceof Map<?, ?> map) {
                if (map.size() >= 4 && "properties".equals(path.get(path.size() - 1))) {
                    List<Object> keys = List.copyOf(map.keySet());
                    for (List<Object> half : List.of(keys.subList(0, keys.size() / 2),
                            keys.subList(keys.size() / 2, keys.size()))) {
                        candidates.add(edit(catalogue, c -> half.forEach(k -> removeMember(c, path, (String) k))));
                    }
                }
                for (Object key : List.copyOf(map.keySet())) {
                    if (!(path.size() == 1 && path.get(0).equals(FuzzCatalogue.CATALOG_JSON)
                            && key.equals("javaPackage"))) {
                        candidates.add(edit(catalogue, c -> removeMember(c, path, (String) key)));
                    }
                }
                Object parentKey = path.size() >= 2 ? path.get(path.size() - 2) : null;
                boolean schemaPosition = "properties".equals(parentKey) || "$defs".equals(parentKey)
                        || "items".equals(path.get(path.size() - 1));
                if (schemaPosition && !map.equals(Map.of("type", "string"))) {
                    candidates.add(edit(catalogue, c -> replace(c, path, Json.object(Map.entry("type", "string")))));
                }
            } else if (node instanceof List<?> list) {
                for (int i = list.size() - 1; i >= 0; i--) {
                    int index = i;
                    candidates.add(edit(catalogue, c -> ((List<?>) resolve(c, path)).remove(index)));
                }
            }
        }
        return candidates;
    }

    private static void collect(Object node, List<Object> path, List<List<Object>> nodes) {
        if (node instanceof Map<?, ?> map) {
            nodes.add(List.copyOf(path));
            for (Map.Entry<?, ?> member : map.entrySet()) {
                path.add(member.getKey());
                collect(member.getValue(), path, nodes);
                path.remove(path.size() - 1);
            }
        } else if (node instanceof List<?> list) {
            nodes.add(List.copyOf(path));
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                collect(list.get(i), path, nodes);
                path.remove(path.size() - 1);
            }
        }
    }

    private static FuzzCatalogue edit(FuzzCatalogue catalogue, Consumer<FuzzCatalogue> change) {
        FuzzCatalogue copy = catalogue.copy();
        change.accept(copy);
        return copy;
    }

    private static Object resolve(FuzzCatalogue catalogue, List<Object> path) {
        Object node = catalogue.files().get((String) path.get(0));
        for (Object step : path.subList(1, path.size())) {
            node = step instanceof Integer index ? ((List<?>) node).get(index) : ((Map<?, ?>) node).get(step);
        }
        return node;
    }

    /** Removes a member; a property goes from {@code required} and {@code dependentRequired} too. */
    @SuppressWarnings("unchecked")
    private static void removeMember(FuzzCatalogue catalogue, List<Object> path, String key) {
        Map<String, Object> map = (Map<String, Object>) resolve(catalogue, path);
        map.remove(key);
        if (path.size() >= 2 && "properties".equals(path.get(path.size() - 1))) {
            Map<String, Object> owner = (Map<String, Object>) resolve(catalogue, path.subList(0, path.size() - 1));
            if (owner.get("required") instanceof List<?> required) {
                required.remove(key);
                if (required.isEmpty()) {
                    owner.remove("required");
                }
            }
            if (owner.get("dependentRequired") instanceof Map<?, ?> dependencies) {
                dependencies.remove(key);
                dependencies.values().forEach(v -> ((List<?>) v).remove(key));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void replace(FuzzCatalogue catalogue, List<Object> path, Object value) {
        Object parent = resolve(catalogue, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put((String) last, value);
        } else {
            ((List<Object>) parent).set((Integer) last, value);
        }
    }
}
