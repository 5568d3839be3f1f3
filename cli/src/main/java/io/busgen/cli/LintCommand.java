package io.busgen.cli;

import io.busgen.generator.source.MessageText;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.source.Problem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code busgen lint}: loads a catalogue and reports every problem in it, one {@code file:line:col: #/pointer: message}
 * line each on stdout, with a count on stderr. Warnings and information ({@code file:line:col: warning: #/pointer:
 * message}) are printed too, but only errors make lint fail.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Check a catalogue: every schema file against the busgen dialect, references, routing keys and names.",
            "Prints each problem on stdout as file:line:column: #/pointer: message, and a count on stderr;"
                    + " a clean catalogue prints one summary line.",
            "Warnings (such as a pattern backtracking engines can take exponential time on) and information print"
                    + " as file:line:column: warning: #/pointer: message, and do not fail the lint.",
            "With --format json, the findings in one JSON document instead: {\"catalog\", \"ok\", \"counts\","
                    + " \"findings\": [{\"file\", \"line\", \"column\", \"pointer\", \"level\", \"message\"}, ...]}."},
        footer = {"", "Exits " + ExitCodes.OK + " when the catalogue has no errors (warnings allowed), "
                + ExitCodes.FINDINGS + " when it has errors, " + ExitCodes.ERROR
                + " when it cannot be read or on a usage error."})
final class LintCommand implements Callable<Integer> {

    @Mixin
    private CatalogOption catalogOption;

    @Mixin
    private FormatOption formatOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CatalogSource source = catalogOption.resolve();
        LoadResult result = source.load();
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> all = new ArrayList<>(result.problems());
        all.addAll(result.advice());
        all.sort(null);
        if (formatOption.json()) {
            ObjectNode document = JsonOutput.object();
            document.put("catalog", source.displayRoot());
            document.put("ok", result.ok());
            JsonOutput.putFindings(document, all.stream().map(LocatedFinding::of).toList());
            JsonOutput.print(out, document);
            return result.ok() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
        for (Problem problem : all) {
            out.println(problem.format());
        }
        String advice = advice(result.advice());
        if (result.ok()) {
            Catalog catalog = result.orThrow();
            out.println(catalog.info().name() + ": "
                    + MessageText.count(catalog.messages().size(), "message") + ", "
                    + MessageText.count(catalog.responses().size(), "response") + ", "
                    + MessageText.count(catalog.types().size(), "type") + ": no problems" + advice);
            return ExitCodes.OK;
        }
        out.flush();
        spec.commandLine().getErr().println(MessageText.count(result.problems().size(), "problem") + advice + " in "
                + source.displayRoot());
        return ExitCodes.FINDINGS;
    }

    /** {@code , 2 warnings, 1 information}, or nothing. */
    private static String advice(List<Problem> advice) {
        long warnings = advice.stream().filter(p -> p.level() == Problem.Level.WARNING).count();
        long information = advice.size() - warnings;
        return (warnings == 0 ? "" : ", " + MessageText.count((int) warnings, "warning"))
                + (information == 0 ? "" : ", " + information + " information");
    }

}
