package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {

    @Test
    void versionIsTheProjectVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.out()).isEqualTo("busgen " + System.getProperty("busgen.version") + "\n");
        assertThat(run.out()).doesNotContain("${").doesNotContain("unknown");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.out()).contains("Usage: busgen", "lint", "generate", "docs", "list", "validate", "encode",
                        "completion", "--verbose", "Exit codes:")
                .containsPattern("(?m)^\\s*0\\s+ok$")
                .containsPattern("(?m)^\\s*1\\s+findings: lint problems")
                .containsPattern("(?m)^\\s*2\\s+usage error, unreadable file or folder");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void lintHasItsOwnHelp() {
        CliRun run = CliRun.of("lint", "--help");

        assertThat(run.out()).contains("Usage: busgen lint", "--catalog=DIR", "--verbose", "bundled:infrahub for the", "Default: the current");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lint", "generate", "docs", "list", "validate", "encode", "completion"})
    void everyCommandHasHelpAndVersion(String command) {
        CliRun help = CliRun.of(command, "--help");
        CliRun version = CliRun.of(command, "--version");

        assertThat(help.out()).startsWith("Usage: busgen " + command).contains("-h, --help", "-V, --version");
        assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(version.out()).isEqualTo("busgen " + System.getProperty("busgen.version") + "\n");
        assertThat(version.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void completionPrintsABashScriptForEveryCommand() {
        CliRun run = CliRun.of("completion");

        assertThat(run.out()).startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_busgen", "generate", "validate", "--routing-key", "--cache-dir",
                        "(\"catalog\" \"infrahub\")");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("--frobnicate");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("busgen: error: Unknown option: '--frobnicate'\n")
                .endsWith("Run 'busgen --help' for usage.\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("lnt");

        assertThat(run.err()).startsWith("busgen: error: Unmatched argument at index 0: 'lnt'\n").contains("lint");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.err()).isEqualTo("busgen: error: Missing command: choose one of init, lint, generate, docs,"
                + " list, validate, encode, diff, schema, completion, asyncapi, import\n"
                + "Run 'busgen --help' for usage.\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void anInternalErrorIsOneLineWithoutAStackTrace() {
        CliRun run = CliRun.of(withFailingCommand(), "fail");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(
                "busgen: internal error: something broke (run with --verbose for the stack trace)\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void verbosePrintsTheStackTraceOnTheTopLevelCommand() {
        CliRun run = CliRun.of(withFailingCommand(), "--verbose", "fail");

        assertThat(run.err()).startsWith("busgen: internal error: something broke\n")
                .contains("java.lang.IllegalStateException: something broke", "at io.busgen.cli.MainTest$Fail.call");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void verbosePrintsTheStackTraceOnASubcommand() {
        CliRun run = CliRun.of(withFailingCommand(), "fail", "--verbose");

        assertThat(run.err()).startsWith("busgen: internal error: something broke\n")
                .contains("at io.busgen.cli.MainTest$Fail.call");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    /** The busgen command line with a command {@code fail} that throws, as a bug would. */
    private static CommandLine withFailingCommand() {
        CommandLine commandLine = Main.newCommandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        commandLine.addSubcommand(new Fail());
        return commandLine;
    }

    @Command(name = "fail")
    static final class Fail implements Callable<Integer> {

        @Override
        public Integer call() {
            throw new IllegalStateException("something broke");
        }
    }
}
