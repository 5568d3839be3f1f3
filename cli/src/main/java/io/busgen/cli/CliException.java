package io.busgen.cli;

/**
 * A failure the user can fix (a missing folder, an unreadable file): printed as one line
 * {@code busgen: error: <message>}, never with a stack trace, and ends the run with {@link #exitCode()}.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(String message) {
        this(ExitCodes.ERROR, message);
    }

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
