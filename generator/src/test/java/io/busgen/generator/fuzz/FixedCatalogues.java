package io.busgen.generator.fuzz;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.source.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The fuzzer's checks for a catalogue kept as a folder (such as one folder of
 * {@code src/test/resources/catalogs/} per defect the fuzzer found): lint must accept it, its Java must compile with
 * {@code -Xlint:all -Werror}, and each entry's examples (the root schema's {@code examples}) and seeded valid
 * instances and mutations of them must decode, round-trip and validate as {@link EntryChecks} requires.
 */
public final class FixedCatalogues {

    private FixedCatalogues() {}

    /** Every failure of the catalogue in {@code folder}, with its particulars; none when the catalogue is sound. */
    public static List<String> check(Path folder, Path work) {
        FuzzCatalogue catalogue = read(folder);
        FuzzPipeline.Stats stats = new FuzzPipeline.Stats();
        FuzzPipeline.Outcome outcome = new FuzzPipeline(work, stats, 8, 4).run(List.of(catalogue)).get(0);
        List<String> failures = new ArrayList<>();
        if (outcome.refused()) {
            failures.add("lint refuses the catalogue: " + stats.refusals.keySet());
        }
        for (FuzzPipeline.Failure failure : outcome.failures()) {
            failures.add(failure.signature() + ": " + failure.detail());
        }
        return failures;
    }

    /** A catalogue folder as the fuzzer's trees. */
    static FuzzCatalogue read(Path folder) {
        SortedMap<String, Object> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".json")).sorted()
                    .toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                Problems problems = new Problems();
                JsonValue json = LocatedJsonReader.read(path, Files.readString(file, StandardCharsets.UTF_8),
                        problems).orElseThrow(() -> new IllegalArgumentException(path + ": " + problems.sorted()));
                files.put(path, Json.of(json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FuzzCatalogue(folder.getFileName().toString().hashCode(), files);
    }
}
