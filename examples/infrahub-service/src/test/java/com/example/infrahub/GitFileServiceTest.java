package com.example.infrahub;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.infrahub.GitFileGet;
import io.busgen.infrahub.GitFileGetResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** git.file.get without a broker: what the service answers, and the requests it refuses to follow out of a worktree. */
class GitFileServiceTest {

    @TempDir
    Path repositories;

    private GitFileService service;

    @BeforeEach
    void worktree() throws IOException {
        Path worktree = Files.createDirectories(repositories.resolve("infra").resolve("c1"));
        Files.writeString(worktree.resolve("README.md"), "# infra\n");
        Files.writeString(repositories.resolve("secret.txt"), "not for callers");
        service = new GitFileService(repositories);
    }

    private GitFileGetResponse.Data get(String repository, String commit, String file) {
        return service.answer(GitFileGet.builder().repositoryId("r-1").repositoryName(repository)
                .repositoryKind(InfrahubClient.REPOSITORY_KIND).commit(commit).file(file).build()).data();
    }

    @Test
    void aFileIsReadFromItsCommitsWorktree() {
        assertThat(get("infra", "c1", "README.md").content()).isEqualTo("# infra\n");
        assertThat(get("infra", "c2", "README.md").httpCode()).isEqualTo(404L);
    }

    @Test
    void namesAndPathsThatLeaveTheWorktreeAreRefused() throws IOException {
        Files.createSymbolicLink(repositories.resolve("infra").resolve("c1").resolve("link"),
                repositories.resolve("secret.txt"));

        assertThat(get("..", "c1", "secret.txt").errorMessage())
                .isEqualTo("repository_name \"..\" is not a folder name");
        assertThat(get("infra", "../..", "secret.txt").errorMessage())
                .isEqualTo("commit \"../..\" is not a folder name");
        assertThat(get("infra", "c1", "/etc/passwd").errorMessage())
                .isEqualTo("file \"/etc/passwd\" is not a path inside the repository");
        assertThat(get("infra", "c1", "link").errorMessage()).isEqualTo("file \"link\" leads out of the repository");
        assertThat(get("infra", "c1", "link").content()).isNull();
        assertThat(get("infra", "c1", "link").httpCode()).isEqualTo(400L);
    }

    @Test
    void aFileThatIsNotTextOrTooLargeIsAnError() throws IOException {
        Path worktree = repositories.resolve("infra").resolve("c1");
        Files.write(worktree.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(worktree.resolve("huge.txt"), new byte[(int) GitFileService.MAX_BYTES + 1]);

        assertThat(get("infra", "c1", "logo.png").httpCode()).isEqualTo(415L);
        assertThat(get("infra", "c1", "huge.txt").httpCode()).isEqualTo(413L);
    }
}
