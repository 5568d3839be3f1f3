package io.busgen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code busgen import FORMAT ...}: a catalogue made from another description of the bus. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Make a catalogue from another description of the bus.",
        synopsisSubcommandLabel = "FORMAT",
        subcommands = {ImportAsyncApiCommand.class})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing format: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + " (busgen import asyncapi FILE --out DIR)");
    }
}
