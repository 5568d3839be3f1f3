package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.emit.IncrementalOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code busgen generate} into an output folder someone planted links in, or whose manifest was edited to reach
 * outside: nothing outside the folder changes, and the run ends in one located line.
 */
class GenerateHostileTest {

    private static final String HEADER = "# busgen output manifest 1: the inputs' hash, then size, mtime and path of"
            + " every file busgen wrote";

    @TempDir
    Path dir;

    private Path out;
    private Path victim;
    private Map<String, String> victimBefore;

    @BeforeEach
    void plantAVictim() throws IOException {
        out = dir.resolve("out");
        Files.createDirectories(out);
        victim = dir.resolve("victim");
        Files.createDirectories(victim.resolve("io/busgen/infrahub"));
        Files.writeString(victim.resolve("secret.txt"), "ghp_Secret123");
        Files.writeString(victim.resolve("io/busgen/infrahub/InfrahubCatalog.java"), "// theirs");
        victimBefore = hashes(victim);
    }

    @Test
    void aLinkedJavaFolderIsNotWrittenThrough() throws IOException {
        Files.createSymbolicLink(out.resolve("java"), victim);

        CliRun run = CliRun.of("generate", "--out", out.toString());

        assertThat(run.err()).isEqualTo("busgen: error: " + out.resolve("java") + ": a symbolic link inside the output"
                + " folder; busgen never follows links there, so that it cannot write or delete anything outside the"
                + " folder: remove the link and run again\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(hashes(victim)).isEqualTo(victimBefore);
    }

    @Test
    void aManifestListingAFileBehindALinkDeletesNothing() throws IOException {
        Files.createSymbolicLink(out.resolve("evil"), victim);
        Files.writeString(out.resolve(IncrementalOutput.MANIFEST), HEADER + "\nold\n13 0 evil/secret.txt\n");

        CliRun run = CliRun.of("generate", "--out", out.toString());

        assertThat(run.err()).startsWith("busgen: error: " + out.resolve("evil") + ": a symbolic link inside the"
                + " output folder").hasLineCount(1);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(hashes(victim)).isEqualTo(victimBefore);
    }

    @Test
    void aManifestEntryThatGoesUpIsALocatedLine() throws IOException {
        Files.writeString(out.resolve(IncrementalOutput.MANIFEST), HEADER + "\nold\n13 0 ../victim/secret.txt\n");

        CliRun run = CliRun.of("generate", "--out", out.toString());

        assertThat(run.err()).isEqualTo("busgen: error: " + out.resolve(IncrementalOutput.MANIFEST) + ":3: the entry"
                + " \"../victim/secret.txt\" does not name a file inside the output folder (the path goes up with ..);"
                + " busgen lists only files it wrote there, so the manifest was edited: delete it and run again"
                + " (busgen then deletes no file)\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(hashes(victim)).isEqualTo(victimBefore);
    }

    @Test
    void twoRunsIntoOneFolderAtOnceBothSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<CliRun> runs = new ArrayList<>();
        try {
            List<Future<CliRun>> started = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                started.add(pool.submit(() -> CliRun.of("generate", "--out", out.toString())));
            }
            for (Future<CliRun> run : started) {
                runs.add(run.get());
            }
        } finally {
            pool.shutdownNow();
        }

        String waiting = "busgen: another busgen run is writing into " + out + " (it holds "
                + out.resolve(IncrementalOutput.LOCK_FILE) + "); waiting up to 60 s for it to finish\n";
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            assertThat(run.err()).isIn("", waiting);
        });
        assertThat(runs.get(0).out() + runs.get(1).out()).as("one wrote the files, the other found them unchanged")
                .containsPattern(" 0 unchanged,").containsPattern(", 0 files written, ");
        try (Stream<Path> walk = Files.walk(out)) {
            assertThat(walk.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void theHelpSaysThatRunsWaitForEachOther() {
        assertThat(CliRun.of("generate", "--help").out().replaceAll("\\s+", " "))
                .contains("no symbolic link inside OUT is followed")
                .contains("another waits for it (up to " + IncrementalOutput.LOCK_PATIENCE.toSeconds() + " s)");
    }

    /** Every entry under {@code folder}, links not followed: a file's SHA-256, a link's target, or {@code dir}. */
    static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            String name = folder.relativize(path).toString();
            if (Files.isSymbolicLink(path)) {
                entries.put(name, "link to " + Files.readSymbolicLink(path));
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                entries.put(name, "dir");
            } else {
                entries.put(name, sha256(Files.readAllBytes(path)));
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
