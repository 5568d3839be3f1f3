package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private record Result(int exitCode, String out, String err) {}

    private static Result runMain(Path workingDirectory, String... args) throws IOException, InterruptedException {
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
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("busgen finished").isTrue();
        return new Result(process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
