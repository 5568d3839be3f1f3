package io.busgen.cli;

import io.busgen.generator.asyncapi.AsyncApiExport;
import io.busgen.generator.asyncapi.DocumentFormat;
import io.busgen.generator.emit.GeneratedFiles;
import io.busgen.generator.source.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code busgen asyncapi}: the catalogue as an AsyncAPI 3.0.0 document (docs/asyncapi.md), for documentation portals,
 * event catalogues and other languages' code generators.
 */
@Command(name = "asyncapi", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the catalogue as an AsyncAPI 3.0.0 document: a channel per routing key with its AMQP"
                + " binding, send and receive operations with their priority, replies, and the schemas; what only"
                + " busgen knows travels as x-busgen- extensions, so that 'busgen import asyncapi' gives the"
                + " catalogue back. The same catalogue always gives the same bytes."},
        footer = {"", "Exits " + ExitCodes.OK + " when the document is written, " + ExitCodes.ERROR + " on a usage"
                + " error, a catalogue with problems, or a file that cannot be written."})
final class AsyncApiCommand implements Callable<Integer> {

    @Mixin
    private CatalogOption catalogOption;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the document to FILE instead of standard"
            + " output.")
    private @Nullable String out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
            description = "yaml or json. Default: ${DEFAULT-VALUE}.")
    private String format = "yaml";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        DocumentFormat documentFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "yaml", "yml" -> DocumentFormat.YAML;
            case "json" -> DocumentFormat.JSON;
            default -> throw new ParameterException(spec.commandLine(), "--format " + format + ": write yaml or json");
        };
        CatalogSource source = catalogOption.resolve();
        PrintWriter err = spec.commandLine().getErr();
        source.loadSound(err);
        AsyncApiExport.Result result = AsyncApiExport.export(source.root(), source.displayRoot());
        if (result.document() == null) {
            result.problems().stream().map(Problem::format).forEach(err::println);
            throw new CliException("cannot export " + source.displayRoot() + " (listed above)");
        }
        String text = documentFormat.write(result.document());
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
            return ExitCodes.OK;
        }
        Path file;
        try {
            file = Path.of(out);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": not a valid path (" + e.getReason()
                    + ")");
        }
        if (Files.isDirectory(file)) {
            throw new CliException("--out " + out + ": a folder; name the file to write, such as " + out
                    + "/asyncapi." + format.toLowerCase(Locale.ROOT));
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            GeneratedFiles.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliException("--out " + out + ": cannot write the file (" + IoMessages.describe(e)
                    + "); check that its folder is writable");
        }
        return ExitCodes.OK;
    }
}
