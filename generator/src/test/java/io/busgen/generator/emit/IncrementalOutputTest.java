package io.busgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalOutputTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @Test
    void writesEverythingFirstThenNothingWhileTheInputsStayTheSame(@TempDir Path out) throws Exception {
        AtomicInteger generations = new AtomicInteger();
        List<GeneratedFile> files = List.of(new GeneratedFile("a/A.java", "class A {}"),
                new GeneratedFile("b.md", "# b"));

        IncrementalOutput.Result first = IncrementalOutput.update(out, "hash-1", () -> {
            generations.incrementAndGet();
            return files;
        });
        assertThat(first).isEqualTo(new IncrementalOutput.Result(false, 2, 0, 0));
        FileTime written = Files.getLastModifiedTime(out.resolve("a/A.java"));

        IncrementalOutput.Result second = IncrementalOutput.update(out, "hash-1", () -> {
            generations.incrementAndGet();
            return files;
        });
        assertThat(second).isEqualTo(new IncrementalOutput.Result(true, 0, 2, 0));
        assertThat(generations).hasValue(1);
        assertThat(Files.getLastModifiedTime(out.resolve("a/A.java"))).isEqualTo(written);
    }

    @Test
    void rewritesOnlyWhatChangedAndDeletesWhatIsNoLongerGenerated(@TempDir Path out) throws Exception {
        IncrementalOutput.update(out, "hash-1", () -> List.of(new GeneratedFile("A.java", "class A {}"),
                new GeneratedFile("Gone.java", "class Gone {}")));
        Files.setLastModifiedTime(out.resolve("A.java"), LONG_AGO);
        Files.writeString(out.resolve("mine.txt"), "not busgen's");

        IncrementalOutput.Result result = IncrementalOutput.update(out, "hash-2", () -> List.of(
                new GeneratedFile("A.java", "class A {}"), new GeneratedFile("New.java", "class New {}")));

        assertThat(result).isEqualTo(new IncrementalOutput.Result(false, 1, 1, 1));
        assertThat(Files.getLastModifiedTime(out.resolve("A.java"))).as("unchanged content").isEqualTo(LONG_AGO);
        assertThat(out.resolve("Gone.java")).doesNotExist();
        assertThat(out.resolve("New.java")).exists();
        assertThat(out.resolve("mine.txt")).as("a file busgen did not write").hasContent("not busgen's");
    }

    @Test
    void regeneratesWhenAListedFileWasEditedByHand(@TempDir Path out) throws Exception {
        IncrementalOutput.update(out, "h", () -> List.of(new GeneratedFile("A.java", "class A {}")));
        Files.writeString(out.resolve("A.java"), "class A { int edited; }");
        assertThat(IncrementalOutput.update(out, "h", () -> List.of(new GeneratedFile("A.java", "class A {}")))
                .written()).isEqualTo(1);
        assertThat(out.resolve("A.java")).hasContent("class A {}");
    }

    @Test
    void regeneratesWhenAListedFileIsMissing(@TempDir Path out) throws Exception {
        IncrementalOutput.update(out, "h", () -> List.of(new GeneratedFile("A.java", "class A {}")));
        Files.delete(out.resolve("A.java"));
        assertThat(IncrementalOutput.update(out, "h", () -> List.of(new GeneratedFile("A.java", "class A {}")))
                .written()).isEqualTo(1);
    }

    @Test
    void neverDeletesOutsideTheDirectoryWhateverTheManifestSays(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path outside = dir.resolve("precious.txt");
        Files.writeString(outside, "keep");
        Files.write(out.resolve(IncrementalOutput.MANIFEST), List.of("# busgen output manifest 1: the inputs' hash,"
                + " then size, mtime and path of every file busgen wrote", "old", "4 0 ../precious.txt"));

        assertThatThrownBy(() -> IncrementalOutput.update(out, "new",
                () -> List.of(new GeneratedFile("A.java", "class A {}"))))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageStartingWith(out.resolve(IncrementalOutput.MANIFEST) + ":3: the entry \"../precious.txt\"");

        assertThat(outside).hasContent("keep");
    }

    @Test
    void aManifestThatIsNotUtf8IsRewrittenAndDeletesNothing(@TempDir Path out) throws Exception {
        Files.writeString(out.resolve("Old.java"), "class Old {}");
        Files.write(out.resolve(IncrementalOutput.MANIFEST), new byte[] {'#', (byte) 0xff, '\n'});

        IncrementalOutput.Result result = IncrementalOutput.update(out, "h",
                () -> List.of(new GeneratedFile("A.java", "class A {}")));

        assertThat(result).isEqualTo(new IncrementalOutput.Result(false, 1, 0, 0));
        assertThat(out.resolve("Old.java")).exists();
        assertThat(IncrementalOutput.update(out, "h", () -> List.of()).upToDate()).isTrue();
    }

    @Test
    void theLockFileStaysAndIsTheOnlyFileBesideTheManifest(@TempDir Path out) throws Exception {
        IncrementalOutput.update(out, "h", () -> List.of(new GeneratedFile("a/A.java", "class A {}")));

        try (var names = Files.list(out)) {
            assertThat(names.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(IncrementalOutput.LOCK_FILE, IncrementalOutput.MANIFEST, "a");
        }
    }
}
