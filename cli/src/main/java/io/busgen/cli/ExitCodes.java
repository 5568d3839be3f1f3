package io.busgen.cli;

/**
 * The exit codes of every busgen command, in one place: the {@code --help} text and the commands both read them here.
 */
public final class ExitCodes {

    /** The command did what was asked and found nothing wrong. */
    public static final int OK = 0;

    /**
     * The command ran and found something wrong: lint problems, invalid inputs, a stale page, diff findings at
     * {@code --fail-on}.
     */
    public static final int FINDINGS = 1;

    /**
     * The command could not run: a usage error, an unreadable file or folder, (for commands other than {@code lint})
     * a catalogue with lint errors, or an internal error.
     */
    public static final int ERROR = 2;

    private ExitCodes() {}
}
