package io.busgen.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code busgen} command line: the top-level command, and the jar's entry point. */
@Command(name = "busgen", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Schema-first code generator for message buses: JSON Schema in, Java records, codecs,"
                + " validators and docs out.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {InitCommand.class, LintCommand.class, GenerateCommand.class, DocsCommand.class, ListCommand.class,
            ValidateCommand.class, EncodeCommand.class, DiffCommand.class, SchemaCommand.class, CompletionCommand.class,
            AsyncApiCommand.class, ImportCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":ok",
            ExitCodes.FINDINGS + ":findings: lint problems, invalid inputs, a stale page, diff findings at"
                    + " --fail-on",
            ExitCodes.ERROR + ":usage error, unreadable file or folder, internal error, or (for commands other"
                    + " than lint) a catalogue with lint errors"},
        footer = {"", "Run 'busgen COMMAND --help' for the options of a command."})
public final class Main implements Callable<Integer> {

    // Global: accepted before or after any command. ErrorHandler reads it from the parse result, wherever it was given.
    @Option(names = ErrorHandler.VERBOSE, scope = ScopeType.INHERIT,
            description = "On an internal error, print the stack trace too.")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    /** What {@code -} names as an input file: the process's standard input, or what a test gives. */
    private final InputStream stdin;

    private Main(InputStream stdin) {
        this.stdin = stdin;
    }

    /** The standard input, for commands that read {@code -}. */
    InputStream stdin() {
        return stdin;
    }

    /** Without a command, busgen says which ones there are. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: choose one of " + String.join(", ", spec.subcommands().keySet()));
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform's locale: problem lines quote schema text, which may be any Unicode.
        PrintWriter out = utf8Writer(FileDescriptor.out);
        PrintWriter err = utf8Writer(FileDescriptor.err);
        int exitCode;
        try {
            exitCode = run(System.in, out, err, args);
        } finally {
            out.flush();
            err.flush();
        }
        System.exit(exitCode);
    }

    /**
     * Runs busgen with {@code args}, reading {@code -} from {@code stdin} and writing to {@code out} and {@code err};
     * gives the exit code.
     */
    static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        try {
            return newCommandLine(stdin, out, err).execute(args);
        } catch (Throwable t) {
            // Picocli hands exceptions of the commands to the ErrorHandler; this catches what escapes it (errors,
            // a broken command definition).
            out.flush();
            return ErrorHandler.internalError(t, err, Arrays.asList(args).contains(ErrorHandler.VERBOSE));
        }
    }

    /** The busgen command line, writing to {@code out} and {@code err}, with busgen's error handling. */
    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(System.in, out, err);
    }

    /** The same, reading {@code -} from {@code stdin}. */
    static CommandLine newCommandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new Main(stdin))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    private static PrintWriter utf8Writer(FileDescriptor descriptor) {
        return new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }
}
