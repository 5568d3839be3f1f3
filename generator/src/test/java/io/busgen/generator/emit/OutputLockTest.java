package io.busgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two runs writing into one output folder: the second waits for the first, a bounded time, and says so. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OutputLockTest {

    private static final List<GeneratedFile> FILES = List.of(new GeneratedFile("a/A.java", "class A {}"),
            new GeneratedFile("a/B.java", "class B {}"));

    @Test
    void aSecondRunInThisJvmWaitsThenGivesUpWithOneLine(@TempDir Path out) throws IOException {
        List<String> notices = new ArrayList<>();
        OutputLock held = OutputLock.acquire(OutputFolder.open(out), Duration.ZERO, notices::add);
        try {
            assertThatThrownBy(() -> IncrementalOutput.update(out, "h", () -> FILES, Duration.ofMillis(200),
                    notices::add))
                    .isInstanceOf(OutputFolderException.class)
                    .hasMessage(out + ": another busgen run is still writing there after 200 ms (it holds "
                            + out.resolve(IncrementalOutput.LOCK_FILE) + "): let it finish and run again, or give each"
                            + " run its own output folder");
        } finally {
            held.close();
        }
        assertThat(notices).containsExactly("another busgen run is writing into " + out + " (it holds "
                + out.resolve(IncrementalOutput.LOCK_FILE) + "); waiting up to 200 ms for it to finish");
        assertThat(out.resolve("a")).as("the waiting run wrote nothing").doesNotExist();
        assertThat(IncrementalOutput.update(out, "h", () -> FILES).written()).as("once released").isEqualTo(2);
    }

    @Test
    void manyRunsAtOnceIntoOneFolderAllSucceed(@TempDir Path out) throws Exception {
        List<String> notices = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<IncrementalOutput.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String hash = "h" + (i % 2);
                runs.add(pool.submit(() -> IncrementalOutput.update(out, hash, () -> FILES, Duration.ofSeconds(30),
                        notices::add)));
            }
            for (Future<IncrementalOutput.Result> run : runs) {
                assertThat(run.get().written() + run.get().unchanged()).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(out.resolve("a/A.java")).hasContent("class A {}");
        assertThat(notices).allMatch(n -> n.startsWith("another busgen run is writing into " + out));
    }

    @Test
    void anotherProcessHoldingTheLockIsWaitedFor(@TempDir Path out) throws Exception {
        Files.createDirectories(out);
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("locked");
            List<String> notices = new ArrayList<>();

            assertThatThrownBy(() -> IncrementalOutput.update(out, "h", () -> FILES, Duration.ofMillis(300),
                    notices::add))
                    .isInstanceOf(OutputFolderException.class)
                    .hasMessageContaining("another busgen run is still writing there after 300 ms");
            assertThat(notices).hasSize(1);

            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(IncrementalOutput.update(out, "h", () -> FILES, Duration.ofSeconds(10), notices::add)
                    .written()).isEqualTo(2);
        } finally {
            holder.destroy();
        }
    }

    /** Holds the lock of the folder in {@code args[0]} until its standard input closes; says {@code locked}. */
    static final class LockHolder {
        public static void main(String[] args) throws IOException {
            OutputLock lock = OutputLock.acquire(OutputFolder.open(Path.of(args[0])), Duration.ZERO, n -> { });
            try {
                System.out.println("locked");
                System.out.flush();
                System.in.readAllBytes();
            } finally {
                lock.close();
            }
        }
    }
}
