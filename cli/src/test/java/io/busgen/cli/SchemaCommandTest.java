package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code busgen schema}: the meta-schemas it writes are the ones lint runs, and an editor that uses them, as networknt
 * does here, accepts every file of every catalogue busgen accepts and flags a misspelled {@code x-} keyword.
 */
class SchemaCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The tests run in the cli module's folder. */
    private static final Path BUNDLED = Path.of("..", "schemas", "infrahub");
    private static final Path TEST_CATALOGUES = Path.of("..", "generator", "src", "test", "resources", "catalogs");

    @Test
    void writesBothMetaSchemasAsTheGeneratorJarHoldsThemAndThenLeavesThemAlone(@TempDir Path dir) {
        Path out = dir.resolve("editor/schemas");

        CliRun first = CliRun.of("schema", "--out", out.toString());
        CliRun second = CliRun.of("schema", "--out", out.toString());

        assertThat(first.out()).startsWith(out + "/catalog-file.schema.json: written\n"
                + out + "/schema-file.schema.json: written\nnext: map catalog-file.schema.json to catalog.json");
        assertThat(second.out()).startsWith(out + "/catalog-file.schema.json: unchanged\n"
                + out + "/schema-file.schema.json: unchanged\n");
        assertThat(first.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("catalog-file.schema.json")).hasBinaryContent(
                SchemaCommand.resource("catalog-file.schema.json"));
        assertThat(out.resolve("schema-file.schema.json")).hasBinaryContent(
                SchemaCommand.resource("schema-file.schema.json"));
    }

    @Test
    void everyFileOfTheBundledCatalogueTheTestCataloguesAndInitsCatalogueFitsTheExportedMetaSchemas(
            @TempDir Path dir) throws IOException {
        CliRun.of("schema", "--out", dir.resolve("schemas").toString());
        CliRun.of("init", dir.resolve("shop").toString());
        MetaSchemas metaSchemas = new MetaSchemas(dir.resolve("schemas"));
        List<Path> catalogues = new ArrayList<>(List.of(BUNDLED, dir.resolve("shop"), CliRun.shop()));
        try (Stream<Path> folders = Files.list(TEST_CATALOGUES)) {
            catalogues.addAll(folders.filter(Files::isDirectory).sorted().toList());
        }
        assertThat(catalogues).hasSizeGreaterThan(10);

        int files = 0;
        for (Path catalogue : catalogues) {
            assertThat(CliRun.of("lint", "--catalog", catalogue.toString()).exitCode())
                    .as("lint accepts %s", catalogue).isEqualTo(ExitCodes.OK);
            for (Path file : jsonFiles(catalogue)) {
                assertThat(metaSchemas.check(catalogue, file)).as("%s", file).isEmpty();
                files++;
            }
        }
        assertThat(files).isGreaterThan(80);
    }

    @Test
    void aMisspelledXKeywordAndAWrongXKindAreFlagged(@TempDir Path dir) throws IOException {
        CliRun.of("schema", "--out", dir.resolve("schemas").toString());
        MetaSchemas metaSchemas = new MetaSchemas(dir.resolve("schemas"));
        Path catalogue = CliRun.copyOfShop(dir);
        Path message = catalogue.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8)
                .replace("\"x-routing-key\"", "\"x-routing-kye\"")
                .replace("\"x-kind\": \"message\"", "\"x-kind\": \"event\""), StandardCharsets.UTF_8);
        Path catalogJson = catalogue.resolve("catalog.json");
        Files.writeString(catalogJson, Files.readString(catalogJson, StandardCharsets.UTF_8)
                .replace("\"javaPackage\"", "\"javaPakage\""), StandardCharsets.UTF_8);

        List<Error> messageErrors = metaSchemas.check(catalogue, message);
        List<Error> catalogErrors = metaSchemas.check(catalogue, catalogJson);

        assertThat(messageErrors).anySatisfy(e -> {
            assertThat(e.getKeyword()).isEqualTo("additionalProperties");
            assertThat(e.getProperty()).isEqualTo("x-routing-kye");
        });
        assertThat(messageErrors).anySatisfy(e -> {
            assertThat(e.getKeyword()).isEqualTo("enum");
            assertThat(e.getInstanceLocation().toString()).contains("x-kind");
        });
        assertThat(catalogErrors).extracting(Error::getProperty).contains("javaPakage");
    }

    @Test
    void anOutThatIsAFileIsOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("schemas"), "", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("schema", "--out", file.toString());

        assertThat(run.err()).isEqualTo("busgen: error: --out " + file + ": a file, not a folder; name a folder (it"
                + " is created when missing)\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void outIsRequired() {
        CliRun run = CliRun.of("schema");

        assertThat(run.err()).startsWith("busgen: error: Missing required option: '--out=DIR'\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    /** The exported meta-schemas, loaded from their files as an editor would, each applied to its files. */
    private static final class MetaSchemas {
        private final Schema catalogFile;
        private final Schema schemaFile;

        MetaSchemas(Path folder) throws IOException {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            catalogFile = registry.getSchema(Files.readString(folder.resolve("catalog-file.schema.json"),
                    StandardCharsets.UTF_8));
            schemaFile = registry.getSchema(Files.readString(folder.resolve("schema-file.schema.json"),
                    StandardCharsets.UTF_8));
        }

        /** catalog.json against the catalogue's meta-schema, any other file against the schema files' one. */
        List<Error> check(Path catalogue, Path file) throws IOException {
            Schema metaSchema = file.equals(catalogue.resolve("catalog.json")) ? catalogFile : schemaFile;
            return metaSchema.validate(JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)));
        }
    }

    private static List<Path> jsonFiles(Path catalogue) throws IOException {
        try (Stream<Path> walk = Files.walk(catalogue)) {
            return walk.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
        }
    }
}
