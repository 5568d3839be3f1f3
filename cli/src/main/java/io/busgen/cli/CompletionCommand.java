package io.busgen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code busgen completion}: prints a bash completion script for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print a bash completion script for busgen (zsh can load it too, after 'autoload -U +X bashcompinit &&"
                    + " bashcompinit').",
            "Load it in the current shell with: source <(busgen completion)"},
        footer = {"", "Exits " + ExitCodes.OK + "."})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("busgen", spec.root().commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}
