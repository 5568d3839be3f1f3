package io.busgen.generator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.fuzz.FuzzPipeline.Failure;
import io.busgen.generator.fuzz.FuzzPipeline.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every catalogue lint accepts generates Java that compiles and works: seeded random catalogues (see
 * {@link CatalogueGenerator}) go through lint, generation, {@code javac -Xlint:all -Werror} and the codec and
 * validator checks of {@link EntryChecks}; lint's refusals must be located messages.
 *
 * <p>{@code -Dbusgen.fuzz.seed=S} sets the seed of the first catalogue (catalogue {@code i} has seed {@code S + i}),
 * {@code -Dbusgen.fuzz.catalogues=N} how many run (200 by default), {@code -Dbusgen.fuzz.shrinkSeconds=T} how long
 * failures are shrunk. On failure, each kind of failure is printed with the seed of its first catalogue (replay it
 * with {@code -Dbusgen.fuzz.seed=<that seed> -Dbusgen.fuzz.catalogues=1}) and its smallest failing catalogue is
 * written to {@code target/fuzz/<kind>/}.
 */
class GeneratorFuzzTest {

    private static final long DEFAULT_SEED = 20_261_201L;
    private static final int DEFAULT_CATALOGUES = 200;
    private static final int BATCH = 50;
    private static final int VALID_PER_ENTRY = 4;
    private static final int MUTANTS_PER_VALID = 4;
    private static final Path OUT = Path.of("target", "fuzz");

    @Test
    void everyCatalogueLintAcceptsGeneratesJavaThatCompilesAndWorks() throws IOException {
        long seed = Long.getLong("busgen.fuzz.seed", DEFAULT_SEED);
        int count = Integer.getInteger("busgen.fuzz.catalogues", DEFAULT_CATALOGUES);
        long shrinkSeconds = Long.getLong("busgen.fuzz.shrinkSeconds", 90);
        delete(OUT);
        Path work = OUT.resolve("work");
        FuzzPipeline.Stats stats = new FuzzPipeline.Stats();
        FuzzPipeline pipeline = new FuzzPipeline(work, stats, VALID_PER_ENTRY, MUTANTS_PER_VALID);
        CatalogueGenerator generator = new CatalogueGenerator();
        Map<String, Outcome> firstOfKind = new LinkedHashMap<>();
        Map<String, Failure> exampleOfKind = new LinkedHashMap<>();
        Map<String, Integer> countOfKind = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (int start = 0; start < count; start += BATCH) {
            List<FuzzCatalogue> batch = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + BATCH); i++) {
                try {
                    batch.add(DefaultInjector.inject(generator.generate(seed + i), work.resolve("scratch")));
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("the fuzzer could not make catalogue " + (seed + i) + " (replay with"
                            + " -Dbusgen.fuzz.seed=" + (seed + i) + " -Dbusgen.fuzz.catalogues=1): "
                            + FuzzPipeline.topFrames(e), e);
                }
            }
            for (Outcome outcome : pipeline.runGuarded(batch, true)) {
                for (Failure failure : outcome.failures()) {
                    firstOfKind.putIfAbsent(failure.signature(), outcome);
                    exampleOfKind.putIfAbsent(failure.signature(), failure);
                    countOfKind.merge(failure.signature(), 1, Integer::sum);
                }
            }
        }
        long fuzzed = System.nanoTime();
        System.out.printf(Locale.ROOT, "busgen fuzz: seeds %d..%d in %d s%n%s%n", seed, seed + count - 1,
                TimeUnit.NANOSECONDS.toSeconds(fuzzed - started), stats);

        StringBuilder report = new StringBuilder();
        Shrinker shrinker = new Shrinker(new FuzzPipeline(work.resolve("shrink"), new FuzzPipeline.Stats(),
                VALID_PER_ENTRY, MUTANTS_PER_VALID), fuzzed + TimeUnit.SECONDS.toNanos(shrinkSeconds));
        int kind = 0;
        for (Map.Entry<String, Outcome> entry : firstOfKind.entrySet()) {
            String signature = entry.getKey();
            FuzzCatalogue failing = entry.getValue().catalogue();
            FuzzCatalogue smallest = shrinker.shrink(failing, signature);
            // The particulars of the smallest catalogue, if it still fails (it does unless nothing could be cut).
            Failure particulars = exampleOfKind.get(signature);
            List<Failure> again = smallest == failing ? List.of() : new FuzzPipeline(work.resolve("smallest"),
                    new FuzzPipeline.Stats(), VALID_PER_ENTRY, MUTANTS_PER_VALID).run(List.of(smallest)).get(0)
                    .failures();
            for (Failure failure : again) {
                if (failure.signature().equals(signature)) {
                    particulars = failure;
                }
            }
            Path folder = OUT.resolve(String.format(Locale.ROOT, "%02d-%s", ++kind, slug(signature)));
            smallest.withPackage("fuzz.found").writeTo(folder.resolve("catalog"));
            String text = String.format(Locale.ROOT, "%s%n  %d catalogue(s); first: seed %d (replay with"
                    + " -Dbusgen.fuzz.seed=%d -Dbusgen.fuzz.catalogues=1)%n  smallest failing catalogue (%d of %d"
                    + " bytes): %s%n  %s%n", signature, countOfKind.get(signature), failing.seed(), failing.seed(),
                    smallest.size(), failing.size(), folder.resolve("catalog"),
                    particulars.detail().replace("\n", "\n  "));
            Files.writeString(folder.resolve("failure.txt"), text, StandardCharsets.UTF_8);
            report.append(text).append('\n');
        }
        if (!firstOfKind.isEmpty()) {
            System.out.println(report);
        }
        assertThat(stats.compiled).as("catalogues that compiled and ran").isGreaterThan(0);
        assertThat(firstOfKind.keySet()).as("kinds of failure (details above and in target/fuzz/)").isEmpty();
    }

    private static String slug(String signature) {
        String slug = signature.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
