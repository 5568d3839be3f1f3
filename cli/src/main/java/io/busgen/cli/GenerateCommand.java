package io.busgen.cli;

import io.busgen.generator.source.MessageText;
import io.busgen.generator.GenerationRun;
import io.busgen.generator.emit.IncrementalOutput;
import io.busgen.generator.emit.OutputFolderException;
import io.busgen.generator.model.Catalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
 * {@code busgen generate}: writes a catalogue's Java sources under {@code OUT/java/} and its two docs pages under
 * {@code OUT/docs/}, rewriting only the files whose content changed, and prints one summary line.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Generate a catalogue's Java sources (records, codecs, validators, the catalogue class) into OUT/java/"
                    + " and the docs pages its catalog.json names into OUT/docs/ (catalog.md; bus-events.md, in"
                    + " Infrahub's style, when \"pages\" names infrahub).",
            "Only files whose content changed are written; nothing outside OUT is touched: no symbolic link inside OUT"
                    + " is followed. One run at a time writes into OUT; another waits for it (up to "
                    + IncrementalOutput.LOCK_PATIENCE_SECONDS + " s)."},
        footer = {"", "Exits " + ExitCodes.OK + " when the files are written, " + ExitCodes.ERROR
                + " on a usage error, a catalogue with problems, or an output folder that cannot be written."})
final class GenerateCommand implements Callable<Integer> {

    /** The folder beneath OUT that receives the Java sources. */
    static final String JAVA_FOLDER = "java";

    /** The folder beneath OUT that receives the docs pages. */
    static final String DOCS_FOLDER = "docs";

    /** The page of each docs style, beneath {@link #DOCS_FOLDER}. */
    static final String CATALOG_PAGE = GenerationRun.CATALOG_PAGE;
    static final String EVENTS_PAGE = GenerationRun.EVENTS_PAGE;

    @Mixin
    private CatalogOption catalogOption;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/busgen",
            description = "The output folder: Java sources go to DIR/java/, docs to DIR/docs/. Default: ${DEFAULT-VALUE}.")
    private String out = "target/busgen";

    @Option(names = "--package", paramLabel = "P",
            description = "The package of the generated Java. Default: the catalogue's javaPackage.")
    private @Nullable String packageName;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        if (packageName != null) {
            GenerationRun.packageProblem(packageName).ifPresent(problem -> {
                throw new ParameterException(spec.commandLine(), "--package " + packageName + ": " + problem);
            });
        }
        Path directory = outputDirectory();
        CatalogSource source = catalogOption.resolve();
        GenerationRun.Result run = write(directory, source.run(packageName));
        Catalog catalog = source.sound(run.load(), spec.commandLine().getErr());
        IncrementalOutput.Result result = run.written();

        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().println(catalog.info().name() + ": "
                + MessageText.count(catalog.types().size(), "type") + ", "
                + MessageText.count(result.written(), "file") + " written, " + result.unchanged() + " unchanged"
                + (result.deleted() > 0 ? ", " + MessageText.count(result.deleted(), "file") + " deleted" : "")
                + ", in "
                + String.format(Locale.ROOT, "%.1f", seconds) + " s");
        return ExitCodes.OK;
    }

    private Path outputDirectory() {
        Path directory;
        try {
            directory = Path.of(out);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": not a valid path ("
                    + e.getReason() + ")");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new CliException("--out " + out + ": not a directory; name a folder (it is created when missing)");
        }
        return directory;
    }

    /**
     * Writes the Java under {@code java/} and the pages under {@code docs/}, through the output manifest: nothing is
     * generated or written when the catalogue, busgen and the options are those of the last run.
     */
    private GenerationRun.Result write(Path directory, GenerationRun run) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run.writeTo(directory, IncrementalOutput.LOCK_PATIENCE, notice -> {
                err.println("busgen: " + notice);
                err.flush();
            });
        } catch (OutputFolderException e) {
            throw new CliException(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new CliException("cannot write into " + directory + " (" + IoMessages.describe(
                    e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e)
                    + "); check that the folder is writable");
        }
    }
}
