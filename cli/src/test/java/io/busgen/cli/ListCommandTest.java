package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

    @Test
    void listsTheShopCatalogue() {
        CliRun run = CliRun.of("list", "--catalog", CliRun.shop().toString());

        assertThat(run.out()).isEqualTo("""
                routing key        kind      priority  fields  paired with
                order.item.placed  message          3       3  order.item.placed
                order.item.placed  response         3       2  order.item.placed
                """);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void listsEveryEntryOfTheBundledCatalogueInAlignedColumns() {
        CliRun run = CliRun.of("list");

        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1 + 13 + 2);
        assertThat(lines.get(0)).matches("routing key +kind +priority +fields +paired with");
        assertThat(lines).contains(
                "check.generator.run                        message          3      15  -",
                "git.file.get                               message          4       6  git.file.get",
                "git.file.get                               response         4       6  git.file.get");
        int kindColumn = lines.get(0).indexOf("kind");
        assertThat(lines).allSatisfy(line -> assertThat(line.charAt(kindColumn - 1)).isEqualTo(' '))
                .allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aCatalogueWithProblemsPrintsTheProblems(@TempDir Path dir) throws IOException {
        Path catalogue = CliRun.brokenShop(dir);

        CliRun run = CliRun.of("list", "--catalog", catalogue.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(CliRun.brokenShopProblem(catalogue) + "\nbusgen: error: 1 problem in "
                + catalogue + " (listed above)");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("list", "--long");

        assertThat(run.err()).startsWith("busgen: error: Unknown option: '--long'");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }
}
