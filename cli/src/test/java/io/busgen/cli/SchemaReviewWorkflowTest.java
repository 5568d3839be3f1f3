package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
            String[] args = command.stream().map(a -> a.startsWith("schemas/") || a.startsWith("docs/") ? "../" + a
                    : a).toArray(String[]::new);

            CliRun run = CliRun.of(args);

            assertThat(run.exitCode()).as("busgen %s: %s", String.join(" ", args), run.err()).isZero();
        }
    }

    /** The arguments of each {@code ./busgen} line, with the workflow's variables filled in as CI would. */
    private static List<List<String>> commands() throws IOException {
        return Files.readAllLines(WORKFLOW, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .map(line -> line.startsWith("run: ") ? line.substring("run: ".length()) : line)
                .filter(line -> line.startsWith("./busgen "))
                .map(line -> line.replace("\"$CATALOG\"", "schemas/infrahub")
                        .replace("\"$base\"", "git:origin/main:schemas/infrahub")
                        .replace("\"${{ steps.diff.outputs.base }}\"", "git:origin/main:schemas/infrahub")
                        .replace("\"${accept[@]}\"", "--accept schemas/compat-accepted.json")
                        .replaceAll(" > \\S+$", ""))
                .map(line -> Arrays.asList(line.substring("./busgen ".length()).split(" +")))
                .toList();
    }
}
