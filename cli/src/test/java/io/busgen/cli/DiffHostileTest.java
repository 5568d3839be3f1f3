package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code busgen diff} in a pull request: the accept file, the catalogue and the revision come from whoever opened it.
 * A link in any of them cannot make busgen read, and quote, a file elsewhere.
 */
class DiffHostileTest {

    private static final String BASE = "src/test/resources/diff/base";
    private static final String HEAD = "src/test/resources/diff/head";
    private static final String SECRET = "ghp_Secret123";

    @Test
    void anAcceptFileLinkedOutOfItsFolderIsNotRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("token");
        Files.writeString(secret, "{\"" + SECRET + "\": [1]}");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createSymbolicLink(repo.resolve("accepted.json"), secret);

        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept",
                repo.resolve("accepted.json").toString());

        assertThat(run.err()).isEqualTo("busgen: error: --accept " + repo.resolve("accepted.json") + ": a symbolic"
                + " link that leads outside its folder: busgen reads an accept file only inside the folder that holds"
                + " it, so that a link in a pull request cannot make it read other files; name the file itself\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void anAcceptFileLinkedToAFileBesideItIsRead(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("src/test/resources/diff/accepted.json"), dir.resolve("accepted-v2.json"));
        Files.createSymbolicLink(dir.resolve("accepted.json"), Path.of("accepted-v2.json"));

        CliRun linked = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept",
                dir.resolve("accepted.json").toString());
        CliRun direct = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept",
                "src/test/resources/diff/accepted.json");

        assertThat(linked.out().replace(dir.resolve("accepted.json").toString(),
                "src/test/resources/diff/accepted.json")).isEqualTo(direct.out()).contains("accepted: ");
        assertThat(linked.exitCode()).isEqualTo(direct.exitCode());
    }

    @Test
    void aMalformedAcceptFileIsQuotedShort(@TempDir Path dir) throws IOException {
        Path accept = dir.resolve("accepted.json");
        Files.writeString(accept, "{\"accepted\": " + SECRET + "abcdefghijklmnopqrstuvwxyz}");

        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", accept.toString());

        assertThat(run.err()).startsWith(accept + ":1:14: malformed JSON: unexpected 'ghp_Secret123abcdefg...'")
                .doesNotContain("hijk");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aSchemaLinkedOutOfTheHeadCatalogueIsALintLineWithoutItsContent(@TempDir Path dir) throws IOException {
        Path head = dir.resolve("head");
        CliRun.copyTree(Path.of(HEAD), head);
        Path secret = dir.resolve("token");
        Files.writeString(secret, SECRET + "\n");
        Files.createSymbolicLink(head.resolve("defs/t.json"), secret);

        CliRun run = CliRun.of("diff", "--base", BASE, "--head", head.toString());

        assertThat(run.err()).startsWith(head + "/defs/t.json:1:1: a symbolic link that leads outside the catalogue"
                + " folder: busgen reads only files inside the catalogue").doesNotContain("ghp_");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aRevisionThatLooksLikeAnOptionIsRefused() {
        CliRun run = CliRun.of("diff", "--base", "git:--output=/tmp/x:schemas", "--head", HEAD);

        assertThat(run.err()).isEqualTo("busgen: error: --base git:--output=/tmp/x:schemas: the revision"
                + " --output=/tmp/x starts with '-', which git would read as an option; name a branch, tag or"
                + " commit\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aTreeEntryThatWouldLeaveTheFolderIsRefused(@TempDir Path repo) throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        CliRun.copyOfShop(Files.createDirectories(repo.resolve("catalogue")));
        git(repo, null, "init", "-q");
        git(repo, null, "add", "-A");
        git(repo, null, "-c", "user.name=busgen", "-c", "user.email=busgen@example.com", "-c",
                "commit.gpgsign=false", "commit", "-q", "-m", "the shop");
        // git mktree takes a name git itself would never write: "..", beside the shop's files.
        String blob = git(repo, SECRET, "hash-object", "-w", "--stdin").strip();
        String shop = git(repo, git(repo, null, "ls-tree", "HEAD:catalogue/shop") + "100644 blob " + blob + "\t..\n",
                "mktree").strip();
        String catalogue = git(repo, "040000 tree " + shop + "\tshop\n", "mktree").strip();
        String root = git(repo, "040000 tree " + catalogue + "\tcatalogue\n", "mktree").strip();
        String commit = git(repo, null, "-c", "user.name=busgen", "-c", "user.email=busgen@example.com",
                "commit-tree", root, "-m", "hostile").strip();

        CliRun run = CliRun.of("diff", "--base", "git:" + commit + ":catalogue/shop", "--head", BASE, "--repo",
                repo.toString());

        assertThat(run.err()).isEqualTo("busgen: error: --base git:" + commit + ":catalogue/shop: catalogue/shop/.."
                + " in " + commit + " would leave the folder; busgen reads only the files inside it: fix the tree, or"
                + " name another revision\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs git in {@code repo} with {@code input} on its standard input; its standard output. */
    private static String git(Path repo, String input, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git %s", String.join(" ", arguments)).isZero();
        return output;
    }
}
