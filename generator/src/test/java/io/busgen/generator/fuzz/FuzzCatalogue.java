package io.busgen.generator.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A generated catalogue: its files as {@link Json} trees by path ({@code catalog.json}, {@code messages/a.b.c.json},
 * ...), the seed it was made from, and the package its Java goes to (each catalogue of a run has its own, so that many
 * compile in one {@code javac} call).
 */
record FuzzCatalogue(long seed, SortedMap<String, Object> files) {

    static final String CATALOG_JSON = "catalog.json";

    FuzzCatalogue {
        files = new TreeMap<>(files);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> info() {
        return (Map<String, Object>) files.get(CATALOG_JSON);
    }

    String javaPackage() {
        return (String) info().get("javaPackage");
    }

    /** A deep copy with another {@code javaPackage}. */
    @SuppressWarnings("unchecked")
    FuzzCatalogue withPackage(String javaPackage) {
        FuzzCatalogue copy = copy();
        ((Map<String, Object>) copy.files.get(CATALOG_JSON)).put("javaPackage", javaPackage);
        return copy;
    }

    FuzzCatalogue copy() {
        SortedMap<String, Object> copy = new TreeMap<>();
        files.forEach((path, tree) -> copy.put(path, Json.copy(tree)));
        return new FuzzCatalogue(seed, copy);
    }

    /** How big the catalogue is, to prefer the smaller of two failing ones: its JSON's length. */
    int size() {
        int size = 0;
        for (Object tree : files.values()) {
            size += Json.compact(tree).length();
        }
        return size;
    }

    /** Writes the catalogue into {@code directory}, which is emptied first. */
    void writeTo(Path directory) {
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> walk = Files.walk(directory)) {
                    for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(directory);
            for (Map.Entry<String, Object> file : files.entrySet()) {
                Path target = directory.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, Json.pretty(file.getValue()), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paths of the entry files (messages and responses). */
    List<String> entryFiles() {
        return files.keySet().stream().filter(p -> p.startsWith("messages/") || p.startsWith("responses/")).toList();
    }
}
