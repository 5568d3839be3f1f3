package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Main#main} in a JVM of its own, as the launcher runs it: exit codes and bytes on the real streams. */
class MainProcessTest {

    @Test
    void writesUtf8AndExitsWithTheCodeEvenUnderAnAsciiLocale(@TempDir Path dir) throws Exception {
        Path catalogue = dir.resolve("catalog");
        Files.createDirectories(catalogue.resolve("messages"));
        Files.writeString(catalogue.resolve("catalog.json"),
                "{\"name\": \"shop\", \"title\": \"Shop\", \"javaPackage\": \"com.example.shop\"}",
                StandardCharsets.UTF_8);
        Files.writeString(catalogue.resolve("messages/order.placed.json"), """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "x-routing-key": "order.placed",
                  "x-kind": "message",
                  "type": "object",
                  "properties": {
                    "größe": {"type": "integer", "maximüm": 3}
                  }
                }
                """, StandardCharsets.UTF_8);

        Result result = runMain(dir, "lint", "--catalog", "catalog");

        assertThat(result.out()).contains("catalog/messages/order.placed.json:7:", "\"maximüm\"");
        assertThat(result.err()).endsWith(" in catalog\n");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path dir) throws Exception {
        Result result = runMain(dir, "lint", "--no-such-option");

        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("busgen: error: Unknown option: '--no-such-option'");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void encodeWritesTheExactUtf8BytesUnderAnAsciiLocale(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("echo.json"),
                "{\"message\": \"\u00fcmlaut \ud83d\ude00\"}".getBytes(StandardCharsets.UTF_8));

        Result result = runMain(dir, "encode", "--routing-key", "send.echo.request", "echo.json");

        byte[] expected = ("{\"meta\":{\"request_id\":\"\"},\"message\":\"\u00fcmlaut \ud83d\ude00\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Files.readAllBytes(dir.resolve("stdout.txt"))).isEqualTo(expected);
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void theCacheIsUnderXdgCacheHomeAndNoCacheWritesNothing(@TempDir Path dir) throws Exception {
        Path body = Files.writeString(dir.resolve("order.json"), "{\"order_id\": \"o-1\", \"quantity\": 0}",
                StandardCharsets.UTF_8);
        Path xdg = dir.resolve("xdg");
        Files.createDirectories(xdg);
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", xdg.toString());
        String shop = CliRun.shop().toString();

        Result uncached = runMain(dir, environment, "validate", "--catalog", shop, "--no-cache", "--routing-key",
                "order.item.placed", body.getFileName().toString());
        List<Path> afterNoCache = ValidateCommandTest.entries(xdg);
        Result cached = runMain(dir, environment, "validate", "--catalog", shop, "--routing-key",
                "order.item.placed", body.getFileName().toString());

        assertThat(uncached.out()).isEqualTo("order.json: /quantity: must be at least 1, not 0\n");
        assertThat(uncached.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(afterNoCache).isEmpty();
        assertThat(cached.out()).isEqualTo(uncached.out());
        assertThat(ValidateCommandTest.entries(xdg.resolve("busgen"))).hasSize(1);
    }

    private record Result(int exitCode, String out, String err) {}

    private static Result runMain(Path workingDirectory, String... args) throws IOException, InterruptedException {
        return runMain(workingDirectory, Map.of(), args);
    }

    private static Result runMain(Path workingDirectory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path out = workingDirectory.resolve("stdout.txt");
        Path err = workingDirectory.resolve("stderr.txt");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("busgen finished").isTrue();
        return new Result(process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
