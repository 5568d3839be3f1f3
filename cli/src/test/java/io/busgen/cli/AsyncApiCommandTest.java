package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncApiCommandTest {

    @Test
    void exportsTheBundledCatalogueAsYamlByDefault() {
        CliRun run = CliRun.of("asyncapi");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("asyncapi: 3.0.0\ninfo:\n  title: Message bus events\n")
                .contains("  send.echo.request.reply:\n    address: null\n");
    }

    @Test
    void exportThenImportGivesTheCatalogueBack(@TempDir Path temp) throws Exception {
        Path document = temp.resolve("shop.json");
        CliRun export = CliRun.of("asyncapi", "--catalog", CliRun.shop().toString(), "--format", "json", "--out",
                document.toString());
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(document)).startsWith("{\n  \"asyncapi\": \"3.0.0\",");

        Path back = temp.resolve("back");
        CliRun imported = CliRun.of("import", "asyncapi", document.toString(), "--out", back.toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out()).endsWith("lint finds no problem\n");
        for (String file : new String[] {"catalog.json", "defs/meta.json", "messages/order.item.placed.json"}) {
            assertThat(Files.readString(back.resolve(file))).as(file)
                    .isEqualToIgnoringWhitespace(Files.readString(CliRun.shop().resolve(file)));
        }
    }

    @Test
    void aDocumentThatCannotBeConvertedFailsWithItsLocationAndWritesNothing(@TempDir Path temp) throws Exception {
        Path document = temp.resolve("bad.yaml");
        Files.writeString(document, "asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\nchannels:\n  a:\n"
                + "    address: user/{id}/signup\n    messages:\n      m:\n        payload:\n          type: object\n",
                StandardCharsets.UTF_8);
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("import", "asyncapi", document.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.err()).contains(document + ":7:14: #/channels/a/address: the address \"user/{id}/signup\" is"
                + " no routing key busgen accepts");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesToWriteIntoAFolderThatHoldsFiles(@TempDir Path temp) throws Exception {
        Path document = temp.resolve("shop.yaml");
        assertThat(CliRun.of("asyncapi", "--catalog", CliRun.shop().toString(), "--out", document.toString())
                .exitCode()).isEqualTo(ExitCodes.OK);
        Files.writeString(temp.resolve("keep.txt"), "mine");
        CliRun run = CliRun.of("import", "asyncapi", document.toString(), "--out", temp.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("the folder is not empty");
    }
}
