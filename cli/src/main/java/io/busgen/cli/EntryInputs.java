package io.busgen.cli;

import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.MessageType;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options of the commands that run one catalogue entry's generated code over body files ({@code @Mixin}):
 * {@code --catalog}, {@code --routing-key}/{@code --response} and {@code --cache-dir}/{@code --no-cache}.
 */
final class EntryInputs {

    /** The entry the options name, the body files read in full, and the catalogue's generated classes. */
    record Opened(MessageType entry, List<InputFile> inputs, CatalogClasses classes) {}

    @Mixin
    private CatalogOption catalogOption;

    @Mixin
    private EntryOption entryOption;

    @Mixin
    private CacheOption cacheOption;

    /**
     * Checks the options, loads the catalogue, resolves the entry, reads {@code files} ({@code -} from {@code stdin})
     * and only then loads or compiles the catalogue's classes, so a usage error or an unreadable file costs no
     * compilation.
     *
     * @throws picocli.CommandLine.ParameterException on a usage error
     * @throws CliException when the catalogue has problems or a file cannot be read
     */
    Opened open(List<String> files, InputStream stdin, CommandSpec spec) {
        Optional<Path> cacheDirectory = cacheOption.directory(spec);
        CatalogSource source = catalogOption.resolve();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog = source.loadSound(err);
        MessageType entry = entryOption.resolve(catalog, spec);
        List<InputFile> inputs = InputFile.readAll(files, stdin);
        return new Opened(entry, inputs, CatalogClasses.of(source, catalog, cacheDirectory, err));
    }
}
