package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --format json} of {@code list}, {@code lint} and {@code validate}: the output parses as one JSON document of
 * the documented shape, says what the text form says, and leaves stderr empty.
 */
class JsonFormatTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode parse(CliRun run) {
        assertThat(run.out()).endsWith("}\n");
        return JSON.readTree(run.out());
    }

    @Test
    void listGivesEachEntryAsTheTableDoes() {
        CliRun run = CliRun.of("list", "--catalog", CliRun.shop().toString(), "--format", "json");

        JsonNode document = parse(run);
        assertThat(document.propertyNames()).containsExactly("catalog", "name", "entries");
        assertThat(document.get("catalog").asString()).isEqualTo(CliRun.shop().toString());
        assertThat(document.get("name").asString()).isEqualTo("shop");
        JsonNode message = document.get("entries").get(0);
        assertThat(message.propertyNames()).containsExactly("routingKey", "kind", "priority", "fields", "pairedWith");
        assertThat(message.get("routingKey").asString()).isEqualTo("order.item.placed");
        assertThat(message.get("kind").asString()).isEqualTo("message");
        assertThat(message.get("priority").isInt()).isTrue();
        assertThat(message.get("priority").asInt()).isEqualTo(3);
        assertThat(message.get("fields").asInt()).isEqualTo(3);
        assertThat(message.get("pairedWith").asString()).isEqualTo("order.item.placed");
        assertThat(document.get("entries").get(1).get("kind").asString()).isEqualTo("response");
        assertThat(document.get("entries")).hasSize(2);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void theBundledCataloguesEntriesAreTheRowsOfItsTable() {
        List<String> table = CliRun.of("list").out().lines().skip(1).toList();

        JsonNode document = parse(CliRun.of("list", "--format", "json"));

        List<String> rows = new ArrayList<>();
        for (JsonNode entry : document.get("entries")) {
            rows.add(String.join(" ", entry.get("routingKey").asString(), entry.get("kind").asString(),
                    entry.get("priority").asString(), entry.get("fields").asString(),
                    entry.get("pairedWith").isNull() ? "-" : entry.get("pairedWith").asString()));
        }
        assertThat(rows).containsExactlyElementsOf(table.stream().map(l -> l.replaceAll(" +", " ")).toList());
        assertThat(document.get("catalog").asString()).isEqualTo("bundled:infrahub");
        assertThat(table).anySatisfy(line -> assertThat(line).endsWith("  -"));
    }

    @Test
    void lintGivesEveryFindingWithItsLevelAndExitsAsTheTextFormDoes(@TempDir Path dir) throws IOException {
        Path catalogue = CliRun.copyOfShop(dir);
        Path message = catalogue.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8)
                .replace("\"type\": \"string\"\n", "\"type\": \"string\",\n      \"pattern\": \"(x+x+)+y\"\n")
                .replace("\"minimum\": 1", "\"minimun\": 1"), StandardCharsets.UTF_8);
        CliRun text = CliRun.of("lint", "--catalog", catalogue.toString());

        CliRun run = CliRun.of("lint", "--catalog", catalogue.toString(), "--format", "json");

        JsonNode document = parse(run);
        assertThat(document.propertyNames()).containsExactly("catalog", "ok", "counts", "findings");
        assertThat(document.get("catalog").asString()).isEqualTo(catalogue.toString());
        assertThat(document.get("ok").asBoolean()).isFalse();
        assertThat(document.get("counts").toString()).isEqualTo("{\"error\":1,\"warning\":1,\"information\":0}");
        JsonNode warning = document.get("findings").get(0);
        JsonNode error = document.get("findings").get(1);
        assertThat(warning.propertyNames()).containsExactly("file", "line", "column", "pointer", "level", "message");
        assertThat(warning.get("file").asString()).isEqualTo(message.toString());
        assertThat(warning.get("line").asInt()).isEqualTo(14);
        assertThat(warning.get("column").asInt()).isEqualTo(18);
        assertThat(warning.get("pointer").asString()).isEqualTo("/properties/order_id/pattern");
        assertThat(warning.get("level").asString()).isEqualTo("warning");
        assertThat(error.get("level").asString()).isEqualTo("error");
        assertThat(error.get("pointer").asString()).isEqualTo("/properties/quantity/minimun");
        // The same findings as the text form, field by field.
        assertThat(text.out().lines().toList()).containsExactly(
                message + ":14:18: warning: #/properties/order_id/pattern: " + warning.get("message").asString(),
                message + ":" + error.get("line").asInt() + ":" + error.get("column").asInt()
                        + ": #/properties/quantity/minimun: " + error.get("message").asString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS).isEqualTo(text.exitCode());
    }

    @Test
    void aLintFindingInAFileThatIsNotJsonHasNoPointer(@TempDir Path dir) throws IOException {
        Path catalogue = CliRun.copyOfShop(dir);
        Files.writeString(catalogue.resolve("defs/meta.json"), "{\n  \"type\": object\n}", StandardCharsets.UTF_8);

        JsonNode finding = parse(CliRun.of("lint", "--catalog", catalogue.toString(), "--format", "json"))
                .get("findings").get(0);

        assertThat(finding.get("file").asString()).isEqualTo(catalogue + "/defs/meta.json");
        assertThat(finding.get("line").asInt()).isEqualTo(2);
        assertThat(finding.get("pointer").isNull()).isTrue();
    }

    @Test
    void aCleanLintIsOkWithNoFindings() {
        CliRun run = CliRun.of("lint", "--format", "json");

        JsonNode document = parse(run);
        assertThat(document.get("ok").asBoolean()).isTrue();
        assertThat(document.get("findings")).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void validateGivesViolationsInTheSameShape(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.json"), "{\"message\": \"ping\"}", StandardCharsets.UTF_8);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"message\": 5}", StandardCharsets.UTF_8);
        Path missing = Files.writeString(dir.resolve("missing.json"), "{}", StandardCharsets.UTF_8);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"message\": ping\n}",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("validate", "--routing-key", "send.echo.request", "--format", "json",
                good.toString(), bad.toString(), missing.toString(), broken.toString());

        JsonNode document = parse(run);
        assertThat(document.propertyNames()).containsExactly("routingKey", "kind", "files", "invalidFiles", "counts",
                "findings");
        assertThat(document.get("routingKey").asString()).isEqualTo("send.echo.request");
        assertThat(document.get("kind").asString()).isEqualTo("message");
        assertThat(document.get("files").asInt()).isEqualTo(4);
        assertThat(document.get("invalidFiles").asInt()).isEqualTo(3);
        assertThat(document.get("counts").get("error").asInt()).isEqualTo(3);
        JsonNode findings = document.get("findings");
        assertThat(findings.get(0).toString()).isEqualTo(JSON.createObjectNode().put("file", bad.toString())
                .putNull("line").putNull("column").put("pointer", "/message").put("level", "error")
                .put("message", "must be a string, not an integer").toString());
        assertThat(findings.get(1).get("pointer").asString()).as("the whole body").isEmpty();
        assertThat(findings.get(2).get("line").asInt()).isEqualTo(2);
        assertThat(findings.get(2).get("column").asInt()).isEqualTo(14);
        assertThat(findings.get(2).get("pointer").isNull()).isTrue();
        assertThat(findings.get(2).get("message").asString()).startsWith("malformed JSON: ");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.of("lint", "--format", "yaml");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("busgen: error: Invalid value for option '--format': unknown format 'yaml':"
                + " use one of text, json\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }
}
