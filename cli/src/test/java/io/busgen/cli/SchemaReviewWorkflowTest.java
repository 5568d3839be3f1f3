package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example pull-request workflow ({@code examples/ci/schema-review.yml}) calls busgen as it is: every
 * {@code ./busgen} line in it parses, and its lint and docs checks pass on this repository.
 */
class SchemaReviewWorkflowTest {

    /** The tests run in the cli module's folder. */
    private static final Path WORKFLOW = Path.of("../examples/ci/schema-review.yml");

    @Test
    void everyBusgenCommandInTheWorkflowParses() throws IOException {
        List<List<String>> commands = commands();

        assertThat(commands).extracting(c -> c.get(0))
                .containsExactly("lint", "docs", "docs", "diff", "diff", "diff");
        for (List<String> command : commands) {
            Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                    .parseArgs(command.toArray(String[]::new));
        }
        assertThat(commands.get(5)).containsSequence("--fail-on", "breaking");
    }

    @Test
    void theWorkflowsLintAndDocsChecksPassOnThisRepository() throws IOException {
        for (List<String> command : commands().subList(0, 3)) {
            String[] args = inThisCheckout(command);

            CliRun run = CliRun.of(args);

            assertThat(run.exitCode()).as("busgen %s: %s", String.join(" ", args), run.err()).isZero();
        }
    }

    @Test
    void theWorkflowsDiffStepsRunAgainstThisCheckoutsHead() throws Exception {
        assumeTrue(new ProcessBuilder("git", "rev-parse", "--verify", "--quiet", "HEAD").start().waitFor() == 0,
                "the tests do not run inside a git checkout of busgen (or git is missing): skipping");
        for (List<String> command : commands().subList(3, 6)) {
            // The pull request's base branch is this checkout's HEAD; the head is its work tree.
            String[] args = Arrays.stream(inThisCheckout(command))
                    .map(a -> a.replace("git:origin/main:", "git:HEAD:")).toArray(String[]::new);

            CliRun run = CliRun.of(args);

            // Findings in uncommitted edits may fail the last step (exit 1); a usage error (exit 2) may not happen.
            assertThat(run.exitCode()).as("busgen %s: %s", String.join(" ", args), run.err())
                    .isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        }
    }

    /** The arguments with the workflow's repository paths made relative to the cli module, where the tests run. */
    private static String[] inThisCheckout(List<String> command) {
        return command.stream().map(a -> a.startsWith("schemas/") || a.startsWith("docs/") ? "../" + a : a)
                .toArray(String[]::new);
    }

    /** The arguments of each {@code ./busgen} line, with the workflow's variables filled in as CI would. */
    private static List<List<String>> commands() throws IOException {
        return Files.readAllLines(WORKFLOW, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .map(line -> line.startsWith("run: ") ? line.substring("run: ".length()) : line)
                .filter(line -> line.startsWith("./busgen "))
                .map(line -> line.replace("\"$CATALOG\"", "schemas/infrahub")
                        .replace("\"$base\"", "git:origin/main:schemas/infrahub")
                        .replace("\"$BASE\"", "git:origin/main:schemas/infrahub")
                        // This repository has no accept file, so the workflow passes no --accept.
                        .replace(" \"${accept[@]}\"", "")
                        .replaceAll(" > \\S+$", ""))
                .map(line -> Arrays.asList(line.substring("./busgen ".length()).split(" +")))
                .toList();
    }
}
