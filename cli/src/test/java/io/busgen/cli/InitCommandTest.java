package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.generator.emit.GeneratedFile;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code busgen init}: the catalogue it writes is clean, generates and compiles; it never writes over anything. */
class InitCommandTest {

    @Test
    void writesACatalogueThatTheLoaderAcceptsWithoutAnyProblemOrAdvice(@TempDir Path dir) {
        Path catalogue = dir.resolve("shop");

        CliRun run = CliRun.of("init", catalogue.toString());

        assertThat(run.out()).isEqualTo(catalogue + "/catalog.json: written\n"
                + catalogue + "/defs/order_line.json: written\n"
                + catalogue + "/messages/order.stock.reserve.json: written\n"
                + catalogue + "/responses/order.stock.reserve.json: written\n"
                + "next: busgen lint --catalog " + catalogue + ", then busgen generate --catalog " + catalogue
                + " --out build/busgen\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        LoadResult loaded = CatalogLoader.load(catalogue, "shop");
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.advice()).isEmpty();
        assertThat(loaded.orThrow().messages()).extracting(m -> m.routingKey()).containsExactly("order.stock.reserve");
        assertThat(loaded.orThrow().responses()).extracting(m -> m.routingKey())
                .containsExactly("order.stock.reserve");
        assertThat(CliRun.of("lint", "--catalog", catalogue.toString()).out())
                .isEqualTo("shop: 1 message, 1 response, 3 types: no problems\n");
    }

    @Test
    void theCatalogueGeneratesJavaThatCompilesWarningFreeAndValidatesBodies(@TempDir Path dir) throws IOException {
        Path catalogue = dir.resolve("shop");
        CliRun.of("init", catalogue.toString());
        Path out = dir.resolve("out");

        CliRun generate = CliRun.of("generate", "--catalog", catalogue.toString(), "--out", out.toString());

        assertThat(generate.exitCode()).as(generate.err()).isEqualTo(ExitCodes.OK);
        List<GeneratedFile> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out.resolve("java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.add(new GeneratedFile(out.relativize(file).toString(), Files.readString(file,
                        StandardCharsets.UTF_8)));
            }
        }
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(sources, CatalogCompiler.classPath(),
                List.of("-Xlint:all", "-Werror", "--release", "17"));
        assertThat(compiled.diagnostics()).isEmpty();
        assertThat(compiled.classes()).containsKey("com.example.shop.ShopCatalog");

        Path valid = Files.writeString(dir.resolve("valid.json"), """
                {"order_id": "5f0c6a38-6d43-4b0e-9d53-3c1b8e0a6c11", "lines": [{"sku": "MUG-BLUE-350", "quantity": 2}]}
                """, StandardCharsets.UTF_8);
        Path invalid = Files.writeString(dir.resolve("invalid.json"), """
                {"order_id": "5f0c6a38-6d43-4b0e-9d53-3c1b8e0a6c11", "lines": [{"sku": "mug", "quantity": 0}]}
                """, StandardCharsets.UTF_8);
        CliRun validate = CliRun.of("validate", "--catalog", catalogue.toString(), "--no-cache", "--routing-key",
                "order.stock.reserve", valid.toString(), invalid.toString());

        assertThat(validate.out()).isEqualTo(
                invalid + ": /lines/0/sku: must match the pattern \"^[A-Z0-9-]{3,32}$\"\n"
                        + invalid + ": /lines/0/quantity: must be at least 1, not 0\n");
        assertThat(validate.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void refusesAFolderThatIsNotEmptyWithOneLineAndWritesNothing(@TempDir Path dir) throws IOException {
        Path catalogue = Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(catalogue.resolve("notes.yaml"), "mine", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("init", catalogue.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("busgen: error: init " + catalogue + ": the folder is not empty (it holds"
                + " notes.yaml); name a new or empty folder, such as: busgen init " + catalogue + "/shop\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        try (Stream<Path> entries = Files.list(catalogue)) {
            assertThat(entries).containsExactly(catalogue.resolve("notes.yaml"));
        }
    }

    @Test
    void hiddenFilesAndDocumentationDoNotCountAndAFileIsRefused(@TempDir Path dir) throws IOException {
        Path repository = Files.createDirectories(dir.resolve("repo/.git"));
        Files.writeString(dir.resolve("repo/README.md"), "# Our catalogue\n", StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("catalogue"), "", StandardCharsets.UTF_8);

        CliRun intoRepository = CliRun.of("init", repository.getParent().toString());
        CliRun intoFile = CliRun.of("init", file.toString());

        assertThat(intoRepository.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(repository.getParent().resolve("catalog.json")).isRegularFile();
        assertThat(repository.getParent().resolve("README.md")).hasContent("# Our catalogue");
        assertThat(intoFile.err()).isEqualTo("busgen: error: init " + file + ": a file, not a folder; name a new"
                + " or empty folder, such as: busgen init shop\n");
        assertThat(intoFile.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void everyTemplateFileIsWritten() throws IOException, URISyntaxException {
        Path templates = Path.of(InitCommand.class.getResource(InitCommand.TEMPLATE).toURI());

        List<String> files;
        try (Stream<Path> walk = Files.walk(templates)) {
            files = walk.filter(Files::isRegularFile).map(f -> templates.relativize(f).toString()).sorted().toList();
        }

        assertThat(InitCommand.FILES).containsExactlyInAnyOrderElementsOf(files);
    }
}
