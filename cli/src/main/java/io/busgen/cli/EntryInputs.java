package io.busgen.cli;

import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.MessageType;
import io.busgen.runtime.Validator;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options and parameters of the commands that run one catalogue entry's generated code over body files
 * ({@code @Mixin}): {@code --catalog}, {@code --routing-key}/{@code --response}, {@code --cache-dir}/{@code --no-cache}
 * and the files.
 */
final class EntryInputs {

    /** The entry the options name, the body files read in full, and the catalogue's generated classes. */
    record Opened(MessageType entry, List<InputFile> inputs, CatalogClasses classes) {

        /** The generated validator of the entry's body. */
        Validator validator() {
            return classes.validator(entry);
        }

        /** {@code send.echo.request message}: the entry, as the commands' summaries name it. */
        String what() {
            return entry.routingKey() + " " + entry.kind().wireName();
        }
    }

    @Mixin
    private CatalogOption catalogOption;

    @Mixin
    private EntryOption entryOption;

    @Mixin
    private CacheOption cacheOption;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The body files; - reads standard input.")
    private List<String> files = new ArrayList<>();

    /** The command this is mixed into, whose parent ({@link Main}) holds standard input. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /**
     * Checks the options, loads the catalogue, resolves the entry, reads the files ({@code -} from standard input)
     * and only then loads or compiles the catalogue's classes, so a usage error or an unreadable file costs no
     * compilation.
     *
     * @throws picocli.CommandLine.ParameterException on a usage error
     * @throws CliException when the catalogue has problems or a file cannot be read
     */
    Opened open() {
        InputStream stdin = ((Main) spec.parent().userObject()).stdin();
        Optional<Path> cacheDirectory = cacheOption.directory(spec);
        CatalogSource source = catalogOption.resolve();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog = source.loadSound(err);
        MessageType entry = entryOption.resolve(catalog, spec);
        List<InputFile> inputs = InputFile.readAll(files, stdin);
        return new Opened(entry, inputs, CatalogClasses.of(source, catalog, cacheDirectory, err));
    }
}
