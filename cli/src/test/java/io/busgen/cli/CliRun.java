package io.busgen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import picocli.CommandLine;

/** One run of the busgen command line in the test's JVM: its exit code and what it wrote. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return of(Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), args);
    }

    /** Runs {@code commandLine} (made by {@link Main#newCommandLine}, maybe with more subcommands) with {@code args}. */
    static CliRun of(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return new CliRun(exitCode, normalize(out), normalize(err));
    }

    /** A folder of the test resources, as a path. */
    static Path resource(String name) {
        URL url = CliRun.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String normalize(StringWriter written) {
        return written.toString().replace(System.lineSeparator(), "\n");
    }
}
