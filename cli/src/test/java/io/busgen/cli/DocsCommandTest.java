package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.emit.docs.DocsEmitter;
import io.busgen.generator.emit.docs.DocsStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsCommandTest {

    @Test
    void writesTheCataloguePageToStandardOutput() {
        CliRun run = CliRun.of("docs");

        assertThat(run.out()).isEqualTo(DocsEmitter.render(GenerateCommandTest.bundled(), DocsStyle.CATALOG));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void styleInfrahubGivesInfrahubsPage() {
        CliRun run = CliRun.of("docs", "--style", "infrahub");

        assertThat(run.out()).isEqualTo(DocsEmitter.render(GenerateCommandTest.bundled(), DocsStyle.INFRAHUB));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void anUnknownStyleIsAUsageErrorNamingTheStyles() {
        CliRun run = CliRun.of("docs", "--style", "docusaurus");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("busgen: error: Invalid value for option '--style': unknown style"
                + " 'docusaurus': use one of catalog, infrahub\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aLinkPlantedAtTheOldTemporaryNameIsNotWrittenThrough(@TempDir Path dir) throws IOException {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "keep");
        Path page = dir.resolve("docs/events.md");
        Files.createDirectories(page.getParent());
        Files.createSymbolicLink(dir.resolve("docs/events.md.tmp"), victim);

        CliRun run = CliRun.of("docs", "--out", page.toString());

        assertThat(run.out()).isEqualTo(page + ": written\n");
        assertThat(victim).hasContent("keep");
        assertThat(Files.isSymbolicLink(dir.resolve("docs/events.md.tmp"))).as("left alone").isTrue();
        try (var names = Files.list(page.getParent())) {
            assertThat(names.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("events.md", "events.md.tmp");
        }
    }

    @Test
    void outWritesTheFileAndCheckFindsItUpToDate(@TempDir Path dir) {
        Path page = dir.resolve("docs/events.md");

        CliRun write = CliRun.of("docs", "--style", "infrahub", "--out", page.toString());
        CliRun again = CliRun.of("docs", "--style", "infrahub", "--out", page.toString());
        CliRun check = CliRun.of("docs", "--style", "infrahub", "--out", page.toString(), "--check");

        assertThat(write.out()).isEqualTo(page + ": written\n");
        assertThat(write.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(page).usingCharset(StandardCharsets.UTF_8)
                .hasContent(DocsEmitter.render(GenerateCommandTest.bundled(), DocsStyle.INFRAHUB));
        assertThat(again.out()).isEqualTo(page + ": unchanged\n");
        assertThat(check.out()).isEqualTo(page + ": up to date\n");
        assertThat(check.err()).isEmpty();
        assertThat(check.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void checkFindsAStalePageAndSaysHowToRegenerateIt(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("catalog.md");
        CliRun.of("docs", "--catalog", CliRun.shop().toString(), "--out", page.toString());
        Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8) + "edited\n", StandardCharsets.UTF_8);
        byte[] stale = Files.readAllBytes(page);

        CliRun run = CliRun.of("docs", "--catalog", CliRun.shop().toString(), "--out", page.toString(), "--check");

        assertThat(run.out()).isEqualTo(page + ": stale (it differs from the catalog page of the catalogue);"
                + " regenerate it with: busgen docs --catalog " + CliRun.shop() + " --out " + page + "\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Files.readAllBytes(page)).isEqualTo(stale);
    }

    @Test
    void checkFindsAPageOfTheOtherStyleStale(@TempDir Path dir) {
        Path page = dir.resolve("catalog.md");
        CliRun.of("docs", "--out", page.toString());

        CliRun run = CliRun.of("docs", "--style", "infrahub", "--out", page.toString(), "--check");

        assertThat(run.out()).endsWith("regenerate it with: busgen docs --style infrahub --out " + page + "\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void checkFindsAMissingPageAndWritesNothing(@TempDir Path dir) {
        Path page = dir.resolve("docs/catalog.md");

        CliRun run = CliRun.of("docs", "--out", page.toString(), "--check");

        assertThat(run.out()).isEqualTo(page + ": missing; write it with: busgen docs --out " + page + "\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(dir.resolve("docs")).doesNotExist();
    }

    @Test
    void checkWithoutOutIsAUsageError() {
        CliRun run = CliRun.of("docs", "--check");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("busgen: error: --check needs --out FILE: the page file to check\n"
                + "Run 'busgen docs --help' for usage.\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void outNamingAFolderIsAnError(@TempDir Path dir) {
        CliRun run = CliRun.of("docs", "--out", dir.toString());

        assertThat(run.err()).startsWith("busgen: error: --out " + dir + ": a directory;").hasLineCount(1);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aCatalogueWithProblemsPrintsTheProblems(@TempDir Path dir) throws IOException {
        Path catalogue = CliRun.brokenShop(dir);

        CliRun run = CliRun.of("docs", "--catalog", catalogue.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(CliRun.brokenShopProblem(catalogue) + "\nbusgen: error: 1 problem in ");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("docs", "--chek");

        assertThat(run.err()).startsWith("busgen: error: Unknown option: '--chek'").contains("--check");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }
}
