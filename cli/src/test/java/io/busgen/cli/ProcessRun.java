package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a program in a process of its own, as a person or CI would run it: its exit code and what it wrote. The
 * process gets this JVM's environment less what would leak the build into it ({@code CLASSPATH},
 * {@code JAVA_TOOL_OPTIONS}, {@code JAVA_HOME}), plus {@code environment}.
 */
record ProcessRun(int exitCode, String out, String err) {

    static ProcessRun of(Path workingDirectory, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("busgen-out", ".txt");
        Path err = Files.createTempFile("busgen-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().remove("CLASSPATH");
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JAVA_HOME");
            builder.environment().putAll(environment);
            Process process = builder.start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished within 120 s", command).isTrue();
            return new ProcessRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The {@code java} of the JVM running the tests: a JDK, as validate needs. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A system property the build sets, or a failure that says so. */
    static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s (set by the cli module's failsafe configuration)", name)
                .isNotBlank();
        return value;
    }
}
