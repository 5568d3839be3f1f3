package io.busgen.cli;

import io.busgen.generator.source.MessageText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How every failure reaches the user: usage errors as picocli's message and a hint, failures the user can fix
 * ({@link CliException}) as one line, anything else as one "internal error" line; a stack trace only with
 * {@code --verbose}.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final String VERBOSE = "--verbose";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        command.getOut().flush();
        err.println("busgen: error: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        command.getOut().flush();
        PrintWriter err = command.getErr();
        if (ex instanceof CliException failure) {
            err.println("busgen: error: " + MessageText.oneLine(failure.getMessage()));
            err.flush();
            return failure.exitCode();
        }
        return internalError(ex, err, verbose(parseResult));
    }

    /** Reports a bug: one line, or with {@code --verbose} the stack trace too. */
    static int internalError(Throwable t, PrintWriter err, boolean verbose) {
        String message = t.getMessage() != null ? t.getMessage() : t.getClass().getName();
        if (verbose) {
            err.println("busgen: internal error: " + message);
            t.printStackTrace(err);
        } else {
            err.println("busgen: internal error: " + MessageText.oneLine(message) + " (run with " + VERBOSE
                    + " for the stack trace)");
        }
        err.flush();
        return ExitCodes.ERROR;
    }

    /** Whether {@code --verbose} was given, on the top-level command or on any subcommand. */
    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}
