package io.busgen.cli;

import io.busgen.generator.load.LoadResult;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.source.Problem;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code busgen lint}: loads a catalogue and reports every problem in it, one {@code file:line:col: #/pointer: message}
 * line each on stdout, with a count on stderr.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Check a catalogue: every schema file against the busgen dialect, references, routing keys and names.",
            "Prints each problem on stdout as file:line:column: #/pointer: message, and a count on stderr;"
                    + " a clean catalogue prints one summary line."},
        footer = {"", "Exits " + ExitCodes.OK + " when the catalogue is clean, " + ExitCodes.FINDINGS
                + " when it has problems, " + ExitCodes.ERROR + " when it cannot be read or on a usage error."})
final class LintCommand implements Callable<Integer> {

    @Mixin
    private CatalogOption catalogOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CatalogSource source = catalogOption.resolve();
        LoadResult result = source.load();
        PrintWriter out = spec.commandLine().getOut();
        if (result.ok()) {
            Catalog catalog = result.orThrow();
            out.println(catalog.info().name() + ": "
                    + count(catalog.messages().size(), "message") + ", "
                    + count(catalog.responses().size(), "response") + ", "
                    + count(catalog.types().size(), "type") + ": no problems");
            return ExitCodes.OK;
        }
        for (Problem problem : result.problems()) {
            out.println(problem.format());
        }
        out.flush();
        spec.commandLine().getErr().println(count(result.problems().size(), "problem") + " in " + source.displayRoot());
        return ExitCodes.FINDINGS;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
