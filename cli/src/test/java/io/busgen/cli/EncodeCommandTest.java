package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.runtime.PlainJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodeCommandTest {

    @Test
    void everyValidVectorBodyEncodesToItsExactBytes(@TempDir Path dir) throws IOException {
        Map<String, List<Map<String, @Nullable Object>>> byEntry = vectorsByEntry();
        assertThat(byEntry).isNotEmpty();
        for (Map.Entry<String, List<Map<String, @Nullable Object>>> entry : byEntry.entrySet()) {
            List<String> args = new ArrayList<>(arguments(entry.getKey()));
            StringBuilder expected = new StringBuilder();
            for (Map<String, @Nullable Object> vector : entry.getValue()) {
                args.add(writeBody(dir, vector).toString());
                expected.append(vector.get("body")).append('\n');
            }

            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.out()).as(entry.getKey()).isEqualTo(expected.toString());
            assertThat(run.err()).isEmpty();
            assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        }
    }

    @Test
    void envelopeGivesTheVectorsPropertiesAndBody(@TempDir Path dir) throws IOException {
        int checked = 0;
        for (Map.Entry<String, List<Map<String, @Nullable Object>>> entry : vectorsByEntry().entrySet()) {
            for (Map<String, @Nullable Object> vector : entry.getValue()) {
                Map<?, ?> properties = (Map<?, ?>) vector.get("properties");
                // Only what a body carries: a message's priority is its catalogue's; headers and expiration travel
                // in the envelope alone.
                if (!"message".equals(vector.get("kind")) || properties.containsKey("headers")
                        || properties.containsKey("expiration")) {
                    continue;
                }
                List<String> args = new ArrayList<>(arguments(entry.getKey()));
                args.add("--envelope");
                args.add(writeBody(dir, vector).toString());

                CliRun run = CliRun.of(args.toArray(String[]::new));

                assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
                assertThat(run.out()).endsWith("\n").hasLineCount(1);
                Map<String, @Nullable Object> envelope = PlainJson.parseObject(run.out().strip());
                assertThat(envelope.keySet()).containsExactly("routing_key", "properties", "body");
                assertThat(entry.getKey()).endsWith(" " + envelope.get("routing_key"));
                assertThat(envelope.get("properties")).as(vector.get("id").toString()).isEqualTo(properties);
                assertThat(List.<Object>copyOf(((Map<?, ?>) envelope.get("properties")).keySet()))
                        .as("the order of the properties").isEqualTo(List.<Object>copyOf(properties.keySet()));
                assertThat(envelope.get("body")).isEqualTo(vector.get("body"));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void theEnvelopeIsCompactJsonInTheVectorsSpelling(@TempDir Path dir) throws IOException {
        Path body = ValidateCommandTest.write(dir, "ping.json",
                "{\"message\": \"ping\", \"meta\": {\"correlation_id\": \"c-1\", \"reply_to\": \"q\"}}");

        CliRun run = CliRun.of("encode", "--routing-key", "send.echo.request", "--envelope", body.toString());

        assertThat(run.out()).isEqualTo("{\"routing_key\":\"send.echo.request\","
                + "\"properties\":{\"content_type\":\"application/json\","
                + "\"content_encoding\":\"utf-8\",\"priority\":5,\"correlation_id\":\"c-1\",\"reply_to\":\"q\"},"
                + "\"body\":\"{\\\"meta\\\":{\\\"request_id\\\":\\\"\\\",\\\"correlation_id\\\":\\\"c-1\\\","
                + "\\\"reply_to\\\":\\\"q\\\"},\\\"message\\\":\\\"ping\\\"}\"}\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aBodyThatIsNotValidIsReportedAndTheOthersStillEncode(@TempDir Path dir) throws IOException {
        Path good = ValidateCommandTest.write(dir, "good.json", "{ \"message\" : \"ping\" }");
        Path wrong = ValidateCommandTest.write(dir, "wrong.json", "{\"message\": 5}");
        Path missing = ValidateCommandTest.write(dir, "missing.json", "{\"meta\": {}}");

        CliRun run = CliRun.of("encode", "--routing-key", "send.echo.request", wrong.toString(), good.toString(),
                missing.toString());

        assertThat(run.out()).isEqualTo("{\"meta\":{\"request_id\":\"\"},\"message\":\"ping\"}\n");
        assertThat(run.err()).isEqualTo(wrong + ": /message: must be a string, not an integer\n"
                + missing + ": (root): required property \"message\" is missing\n"
                + "2 of 3 files did not validate as send.echo.request message\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void encodeValidatesByDefaultAndNoValidateOnlyDecodes(@TempDir Path dir) throws IOException {
        // Decodes (the decoder does not check bounds), but breaks the schema's minimum.
        Path body = ValidateCommandTest.write(dir, "none.json", "{\"quantity\": 0, \"order_id\": \"o-1\"}");

        CliRun validated = CliRun.of("encode", "--catalog", CliRun.shop().toString(), "--no-cache",
                "--routing-key", "order.item.placed", body.toString());
        CliRun decoded = CliRun.of("encode", "--catalog", CliRun.shop().toString(), "--no-cache",
                "--routing-key", "order.item.placed", "--no-validate", body.toString());

        assertThat(validated.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(validated.out()).isEmpty();
        assertThat(validated.err()).startsWith(body + ": /quantity: must be at least 1, not 0");
        assertThat(decoded.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(decoded.err()).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonIsReportedWithLineAndColumn() {
        CliRun run = CliRun.withStdin("{\"message\": \"a\",}", "encode", "--routing-key", "send.echo.request", "-");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("<stdin>: line 1 column 17: malformed JSON: unexpected '}' after ',': JSON"
                + " allows no trailing comma\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void anotherCatalogueIsCompiledToEncode(@TempDir Path dir) throws IOException {
        Path body = ValidateCommandTest.write(dir, "order.json", "{\"quantity\": 2, \"order_id\": \"o-ü\"}");

        CliRun run = CliRun.of("encode", "--catalog", CliRun.shop().toString(), "--no-cache", "--routing-key",
                "order.item.placed", "--envelope", body.toString());

        assertThat(run.out()).isEqualTo("{\"routing_key\":\"order.item.placed\","
                + "\"properties\":{\"content_type\":\"application/json\","
                + "\"content_encoding\":\"utf-8\",\"priority\":3},\"body\":\"{\\\"meta\\\":{\\\"request_id\\\":"
                + "\\\"\\\"},\\\"order_id\\\":\\\"o-ü\\\",\\\"quantity\\\":2}\"}\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void anUnknownRoutingKeyIsAUsageError(@TempDir Path dir) throws IOException {
        Path body = ValidateCommandTest.write(dir, "ping.json", "{\"message\": \"ping\"}");

        CliRun run = CliRun.of("encode", "--routing-key", "git.fil.get", body.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("busgen: error: unknown message routing key 'git.fil.get'; the infrahub")
                .contains("; did you mean 'git.file.get'?\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aMissingFileIsAnError(@TempDir Path dir) {
        Path missing = dir.resolve("none.json");

        CliRun run = CliRun.of("encode", "--routing-key", "send.echo.request", missing.toString());

        assertThat(run.err()).isEqualTo("busgen: error: " + missing
                + ": cannot read the file (no such file or directory)\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aCatalogueWithProblemsPrintsTheProblems(@TempDir Path dir) throws IOException {
        Path catalogue = CliRun.brokenShop(dir);

        CliRun run = CliRun.of("encode", "--catalog", catalogue.toString(), "--no-cache", "--routing-key",
                "order.item.placed", "x.json");

        assertThat(run.err()).startsWith(CliRun.brokenShopProblem(catalogue) + "\nbusgen: error: 1 problem in ");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("encode", "--routing-key", "send.echo.request", "--envelop", "x.json");

        assertThat(run.err()).startsWith("busgen: error: Unknown option: '--envelop'").contains("--envelope");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    /** The valid vectors by {@code kind routing_key}, in file order. */
    private static Map<String, List<Map<String, @Nullable Object>>> vectorsByEntry() throws IOException {
        Map<String, List<Map<String, @Nullable Object>>> byEntry = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CliRun.testdata().resolve("vectors/wire-valid.jsonl"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, @Nullable Object> vector = PlainJson.parseObject(line);
            byEntry.computeIfAbsent(vector.get("kind") + " " + vector.get("routing_key"), k -> new ArrayList<>())
                    .add(vector);
        }
        return byEntry;
    }

    private static List<String> arguments(String kindAndKey) {
        String[] parts = kindAndKey.split(" ");
        List<String> args = new ArrayList<>(List.of("encode", "--routing-key", parts[1]));
        if (parts[0].equals("response")) {
            args.add("--response");
        }
        return args;
    }

    private static Path writeBody(Path dir, Map<String, @Nullable Object> vector) throws IOException {
        Path file = dir.resolve(vector.get("id").toString().replace(':', '_') + ".json");
        Files.write(file, ((String) vector.get("body")).getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
