package io.busgen.bench;

import io.busgen.generator.GenerationRun;
import io.busgen.generator.emit.IncrementalOutput;
import io.busgen.generator.load.BundledCatalogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generation at scale: a synthetic catalogue of 1,000 messages (the bundled messages repeated under new routing
 * keys, with their responses and shared types), generated in full into an empty folder, and the no-change run that
 * incremental builds make (hash the inputs, check the output manifest, write nothing).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
public class GenerationBenchmark {

    static final int MESSAGES = 1_000;

    private Path work;
    private Path upToDate;
    private GenerationRun run;
    private int fullRuns;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        work = Files.createTempDirectory("busgen-generation-bench");
        Path catalogue = synthesize(work.resolve("catalogue"));
        // The Java, as the Maven plugin's generate goal makes it.
        run = new GenerationRun(catalogue, "synthetic", null, Set.of(GenerationRun.Output.JAVA), "", "");
        upToDate = work.resolve("up-to-date");
        run.writeTo(upToDate);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        delete(work);
    }

    /** Load, link, emit and write every file into an empty folder. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public IncrementalOutput.Result fullGeneration() throws IOException {
        Path out = work.resolve("full-" + fullRuns++);
        return run.writeTo(out).written();
    }

    /** What an incremental build does when nothing changed: hash the inputs, check the manifest, write nothing. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public IncrementalOutput.Result noChangeRun() throws IOException {
        IncrementalOutput.Result result = run.writeTo(upToDate).written();
        if (!result.upToDate()) {
            throw new IllegalStateException("the no-change run regenerated");
        }
        return result;
    }

    /**
     * Writes the bundled catalogue's shared types, then its messages (and responses) again and again under new
     * routing keys ({@code check.generator.run} becomes {@code check7.generator.run}) until there are 1,000.
     */
    static Path synthesize(Path root) throws IOException {
        Path bundled = BundledCatalogs.find(BundledCatalogs.DEFAULT).orElseThrow();
        Files.createDirectories(root.resolve("messages"));
        Files.createDirectories(root.resolve("responses"));
        Files.createDirectories(root.resolve("defs"));
        Files.writeString(root.resolve("catalog.json"), "{\"name\": \"synthetic\", \"title\": \"Synthetic\","
                + " \"javaPackage\": \"com.example.synthetic\"}");
        for (Path def : list(bundled.resolve("defs"))) {
            Files.writeString(root.resolve("defs").resolve(def.getFileName().toString()), Files.readString(def));
        }
        List<Path> messages = list(bundled.resolve("messages"));
        int written = 0;
        for (int copy = 0; written < MESSAGES; copy++) {
            for (Path message : messages) {
                if (written == MESSAGES) {
                    break;
                }
                String key = message.getFileName().toString().replace(".json", "");
                String renamed = key.substring(0, key.indexOf('.')) + copy + key.substring(key.indexOf('.'));
                Files.writeString(root.resolve("messages").resolve(renamed + ".json"),
                        Files.readString(message, StandardCharsets.UTF_8).replace("\"" + key + "\"", "\"" + renamed
                                + "\""), StandardCharsets.UTF_8);
                Path response = bundled.resolve("responses").resolve(key + ".json");
                if (Files.exists(response)) {
                    Files.writeString(root.resolve("responses").resolve(renamed + ".json"),
                            Files.readString(response, StandardCharsets.UTF_8).replace("\"" + key + "\"", "\""
                                    + renamed + "\""), StandardCharsets.UTF_8);
                }
                written++;
            }
        }
        return root;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
