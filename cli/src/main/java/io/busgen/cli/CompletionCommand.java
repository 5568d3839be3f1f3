package io.busgen.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code busgen completion}: prints a bash completion script for every command and option: picocli's, which offers
 * the commands, the options and the values of {@code --format}, {@code --fail-on}, {@code --style} and (for the bundled
 * catalogue) {@code --routing-key}, followed by {@value #MORE}, which offers the routing keys of the catalogue that
 * {@code --catalog} names (asking {@code busgen list}) and file names where a command takes a path.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Print a bash completion script for busgen (zsh can load it too, after 'autoload -U +X bashcompinit &&"
                    + " bashcompinit').",
            "Load it in the current shell with: source <(busgen completion)",
            "It completes commands, options, the values of --format, --fail-on and --style, the routing keys of the"
                    + " bundled catalogue, or of the one --catalog names (by running 'busgen list' on it), and file"
                    + " names where a path goes."},
        footer = {"", "Exits " + ExitCodes.OK + "."})
final class CompletionCommand implements Callable<Integer> {

    /** What busgen adds to picocli's script: routing keys of the catalogue named, and file names. */
    static final String MORE = "completion-more.bash";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("busgen", spec.root().commandLine()));
        out.print(new String(InitCommand.resource(MORE), StandardCharsets.UTF_8));
        out.flush();
        return ExitCodes.OK;
    }
}
