package io.busgen.generator.emit;

import static io.busgen.generator.emit.OutputFolderTestSupport.fingerprint;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random hostile output folders: links planted where busgen writes, reads or deletes, and manifests listing random
 * paths (with {@code ..}, absolute, empty segments, backslashes, control characters). Whatever the case, nothing
 * outside the output folder changes, and a run either succeeds, with the generated files in place as regular files,
 * or ends in one {@link OutputFolderException} line that names a file in the folder.
 *
 * <p>Seeded: {@code -Dbusgen.fuzz.seed=N} replays a run; {@code -Dbusgen.fuzz.cases=N} sets how many cases.
 */
class IncrementalOutputFuzzTest {

    private static final long DEFAULT_SEED = 20_260_411L;
    private static final int DEFAULT_CASES = 300;
    private static final List<GeneratedFile> FILES = List.of(new GeneratedFile("java/a/A.java", "class A {}"),
            new GeneratedFile("java/a/B.java", "class B {}"), new GeneratedFile("docs/catalog.md", "# catalogue"));
    private static final String[] SEGMENTS = {"..", ".", "", "evil", "java", "a", "A.java", "Old.java", "docs",
        "catalog.md", "secret.txt", "victim", "a\\..", "C:", "x\u0007y", "x\ny", IncrementalOutput.MANIFEST,
        IncrementalOutput.LOCK_FILE};

    @Test
    void nothingOutsideTheFolderChangesWhateverIsPlantedInIt(@TempDir Path dir) throws IOException {
        long seed = Long.getLong("busgen.fuzz.seed", DEFAULT_SEED);
        int cases = Integer.getInteger("busgen.fuzz.cases", DEFAULT_CASES);
        Random random = new Random(seed);
        for (int i = 0; i < cases; i++) {
            Path root = dir.resolve("case-" + i);
            runOneCase(root, random, "seed " + seed + ", case " + i);
        }
    }

    private static void runOneCase(Path root, Random random, String name) throws IOException {
        Path out = root.resolve("out");
        Path victim = root.resolve("victim");
        Files.createDirectories(out);
        Files.createDirectories(victim.resolve("a"));
        Files.writeString(victim.resolve("secret.txt"), "secret");
        Files.writeString(victim.resolve("a/A.java"), "class Victim {}");
        Files.writeString(victim.resolve("Old.java"), "class Old {}");
        List<String> planted = plant(out, victim, random);
        String manifest = manifest(out, victim, random);
        if (!Files.isSymbolicLink(out.resolve(IncrementalOutput.MANIFEST))) {
            Files.writeString(out.resolve(IncrementalOutput.MANIFEST), manifest, StandardCharsets.UTF_8);
        }
        Map<String, String> before = fingerprint(victim);
        String description = name + ": planted " + planted + ", manifest " + manifest.lines().skip(2).toList();

        IOException failure = null;
        IncrementalOutput.Result result = null;
        try {
            result = IncrementalOutput.update(out, random.nextBoolean() ? "h" : "other", () -> FILES);
        } catch (IOException e) {
            failure = e;
        }

        assertThat(fingerprint(victim)).as(description).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(root)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).sorted()).as(description)
                    .containsExactly("out", "victim");
        }
        if (failure != null) {
            assertThat(failure).as(description).isInstanceOf(OutputFolderException.class);
            assertThat(failure.getMessage()).as(description).startsWith(out.toString()).doesNotContain("\n", "\r",
                    "\u0007");
        } else if (!result.upToDate()) {
            // (A manifest of the same inputs' hash whose listed files are all in place is up to date: nothing to do.)
            for (GeneratedFile file : FILES) {
                Path written = out.resolve(file.path());
                assertThat(Files.isRegularFile(written, LinkOption.NOFOLLOW_LINKS)).as(description + ": " + written)
                        .isTrue();
                assertThat(written).as(description).hasContent(file.content());
            }
        }
    }

    /** Plants some of: links to the victim where busgen writes, reads or deletes, and files in folders' places. */
    private static List<String> plant(Path out, Path victim, Random random) throws IOException {
        List<String> planted = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            Files.createSymbolicLink(out.resolve("evil"), victim);
            planted.add("evil -> victim");
        }
        switch (random.nextInt(6)) {
            case 0 -> {
                Files.createSymbolicLink(out.resolve("java"), victim);
                planted.add("java -> victim");
            }
            case 1 -> {
                Files.createDirectories(out.resolve("java"));
                Files.createSymbolicLink(out.resolve("java/a"), victim.resolve("a"));
                planted.add("java/a -> victim/a");
            }
            case 2 -> {
                Files.createDirectories(out.resolve("java/a"));
                Files.createSymbolicLink(out.resolve("java/a/A.java"), victim.resolve("a/A.java"));
                planted.add("java/a/A.java -> victim/a/A.java");
            }
            case 3 -> {
                Files.writeString(out.resolve("java"), "a file where a folder goes");
                planted.add("java is a file");
            }
            default -> { }
        }
        if (random.nextInt(5) == 0) {
            Files.createSymbolicLink(out.resolve("Old.java"), victim.resolve("Old.java"));
            planted.add("Old.java -> victim/Old.java");
        }
        if (random.nextInt(8) == 0) {
            Files.createSymbolicLink(out.resolve(IncrementalOutput.LOCK_FILE), victim.resolve("lock"));
            planted.add("lock -> victim/lock");
        }
        if (random.nextInt(8) == 0) {
            Files.createSymbolicLink(out.resolve(IncrementalOutput.MANIFEST), victim.resolve("secret.txt"));
            planted.add("manifest -> victim/secret.txt");
        }
        return planted;
    }

    /** A manifest of the inputs' hash {@code h} listing random paths, some of them absolute paths into the victim. */
    private static String manifest(Path out, Path victim, Random random) {
        StringBuilder text = new StringBuilder(OutputFolderTestSupport.HEADER).append("\nh\n");
        int entries = random.nextInt(5);
        for (int i = 0; i < entries; i++) {
            String path;
            if (random.nextInt(8) == 0) {
                path = victim.resolve(random.nextBoolean() ? "secret.txt" : "a/A.java").toAbsolutePath().toString();
            } else {
                List<String> segments = new ArrayList<>();
                int count = 1 + random.nextInt(4);
                for (int s = 0; s < count; s++) {
                    segments.add(SEGMENTS[random.nextInt(SEGMENTS.length)]);
                }
                path = String.join("/", segments);
            }
            text.append(random.nextInt(20)).append(' ').append(random.nextInt(3)).append(' ').append(path)
                    .append('\n');
        }
        return text.toString();
    }
}
