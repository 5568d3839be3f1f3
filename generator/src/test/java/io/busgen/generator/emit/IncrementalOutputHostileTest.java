package io.busgen.generator.emit;

import static io.busgen.generator.emit.OutputFolderTestSupport.fingerprint;
import static io.busgen.generator.emit.OutputFolderTestSupport.writeManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hostile output folder (links planted inside it, a manifest edited to reach outside) cannot make busgen write, read
 * or delete anything outside it: each case ends in one located line, and the folder beside it is unchanged.
 */
class IncrementalOutputHostileTest {

    private static final List<GeneratedFile> FILES = List.of(new GeneratedFile("java/a/A.java", "class A {}"),
            new GeneratedFile("docs/catalog.md", "# catalogue"));

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
        Files.createDirectories(victim.resolve("a"));
        Files.writeString(victim.resolve("secret.txt"), "secret");
        Files.writeString(victim.resolve("a/A.java"), "class Victim {}");
        victimBefore = fingerprint(victim);
    }

    @Test
    void aLinkedFolderInsideIsNotWrittenThrough() throws IOException {
        Files.createSymbolicLink(out.resolve("java"), victim);

        assertThatThrownBy(() -> IncrementalOutput.update(out, "h", () -> FILES))
                .isInstanceOf(OutputFolderException.class)
                .hasMessage(out.resolve("java") + ": a symbolic link inside the output folder; busgen never follows"
                        + " links there, so that it cannot write or delete anything outside the folder: remove the"
                        + " link and run again");

        assertThat(fingerprint(victim)).isEqualTo(victimBefore);
        assertThat(out.resolve("docs")).as("nothing is written when a link is on the way").doesNotExist();
    }

    @Test
    void aManifestEntryBehindALinkIsNotDeleted() throws IOException {
        Files.createSymbolicLink(out.resolve("evil"), victim);
        writeManifest(out, "evil/secret.txt");

        assertThatThrownBy(() -> IncrementalOutput.update(out, "h", () -> FILES))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageStartingWith(out.resolve("evil") + ": a symbolic link inside the output folder");

        assertThat(fingerprint(victim)).isEqualTo(victimBefore);
    }

    @Test
    void aListedFileThatIsALinkIsNeitherDeletedNorFollowed() throws IOException {
        Files.createSymbolicLink(out.resolve("Gone.java"), victim.resolve("secret.txt"));
        writeManifest(out, "Gone.java");

        assertThatThrownBy(() -> IncrementalOutput.update(out, "h", () -> FILES))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageStartingWith(out.resolve("Gone.java") + ": a symbolic link inside the output folder");

        assertThat(fingerprint(victim)).isEqualTo(victimBefore);
    }

    @Test
    void aGeneratedFileWhosePlaceIsALinkStopsTheRunBeforeAnythingIsWritten() throws IOException {
        Files.createDirectories(out.resolve("java/a"));
        Files.createSymbolicLink(out.resolve("java/a/A.java"), victim.resolve("a/A.java"));

        assertThatThrownBy(() -> IncrementalOutput.update(out, "h", () -> FILES))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageStartingWith(out.resolve("java/a/A.java") + ": a symbolic link inside the output folder");

        assertThat(fingerprint(victim)).isEqualTo(victimBefore);
        assertThat(out.resolve("docs")).doesNotExist();
    }

    @Test
    void aLinkedManifestIsNotRead() throws IOException {
        Files.writeString(victim.resolve("manifest"), OutputFolderTestSupport.HEADER + "\nh\n");
        Map<String, String> before = fingerprint(victim);
        Files.createSymbolicLink(out.resolve(IncrementalOutput.MANIFEST), victim.resolve("manifest"));

        assertThatThrownBy(() -> IncrementalOutput.update(out, "h", () -> FILES))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageStartingWith(out.resolve(IncrementalOutput.MANIFEST)
                        + ": a symbolic link inside the output folder");

        assertThat(fingerprint(victim)).isEqualTo(before);
    }

    @Test
    void aLinkedLockFileIsNotOpened() throws IOException {
        Files.createSymbolicLink(out.resolve(IncrementalOutput.LOCK_FILE), victim.resolve("lock"));

        assertThatThrownBy(() -> IncrementalOutput.update(out, "h", () -> FILES))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageStartingWith(out.resolve(IncrementalOutput.LOCK_FILE)
                        + ": a symbolic link inside the output folder");

        assertThat(fingerprint(victim)).isEqualTo(victimBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../victim/secret.txt", "a/../../victim/secret.txt", "..", "./x", "a//b", "a\\..\\b",
        "C:x", "a/\u0007b"})
    void aManifestEntryThatLeavesTheFolderIsOneLocatedLine(String entry) throws IOException {
        writeManifest(out, "java/a/A.java", entry);

        assertThatThrownBy(() -> IncrementalOutput.update(out, "h", () -> FILES))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageStartingWith(out.resolve(IncrementalOutput.MANIFEST) + ":4: the entry \"")
                .hasMessageContaining("\" does not name a file inside the output folder (")
                .hasMessageEndingWith("busgen lists only files it wrote there, so the manifest was edited: delete"
                        + " it and run again (busgen then deletes no file)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\u0007"));

        assertThat(fingerprint(victim)).isEqualTo(victimBefore);
    }

    @Test
    void anAbsoluteManifestEntryIsRefused() throws IOException {
        writeManifest(out, victim.resolve("secret.txt").toAbsolutePath().toString());

        assertThatThrownBy(() -> IncrementalOutput.update(out, "h", () -> FILES))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageContaining(":3: the entry \"" + victim.resolve("secret.txt").toAbsolutePath())
                .hasMessageContaining("(the path is absolute)");

        assertThat(fingerprint(victim)).isEqualTo(victimBefore);
    }

    @Test
    void aFolderInAListedFilesPlaceIsLeftAlone() throws Exception {
        Files.createDirectories(out.resolve("Gone.java"));
        Files.writeString(out.resolve("Gone.java/mine.txt"), "mine");
        writeManifest(out, "Gone.java");

        IncrementalOutput.Result result = IncrementalOutput.update(out, "h", () -> FILES);

        assertThat(result.deleted()).isZero();
        assertThat(out.resolve("Gone.java/mine.txt")).hasContent("mine");
    }

    @Test
    void theOutputFolderItselfMayBeALinkTheUserNamed() throws Exception {
        Path real = dir.resolve("real");
        Files.createDirectories(real);
        Path named = dir.resolve("named");
        Files.createSymbolicLink(named, real);

        IncrementalOutput.Result result = IncrementalOutput.update(named, "h", () -> FILES);

        assertThat(result.written()).isEqualTo(2);
        assertThat(real.resolve("java/a/A.java")).hasContent("class A {}");
        assertThat(IncrementalOutput.update(named, "h", () -> FILES).upToDate()).isTrue();
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        IncrementalOutput.update(out, "h", () -> FILES);
        IncrementalOutput.update(out, "h2", () -> List.of(new GeneratedFile("java/a/A.java", "class A { }")));

        try (Stream<Path> walk = Files.walk(out)) {
            assertThat(walk.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aGeneratedPathThatWouldLeaveTheFolderIsRefusedBeforeAnythingIsWritten() throws IOException {
        List<GeneratedFile> hostile = List.of(new GeneratedFile("java/a/A.java", "class A {}"),
                new GeneratedFile("../victim/secret.txt", "overwritten"));

        assertThatThrownBy(() -> IncrementalOutput.update(out, "h", () -> hostile))
                .isInstanceOf(OutputFolderException.class)
                .hasMessageContaining("busgen generated a file whose path would leave the output folder (the path"
                        + " goes up with ..)");

        assertThat(fingerprint(victim)).isEqualTo(victimBefore);
        assertThat(out.resolve("java")).doesNotExist();
    }
}
