package io.busgen.cli;

import io.busgen.generator.asyncapi.AsyncApiImport;
import io.busgen.generator.asyncapi.AsyncApiReader;
import io.busgen.generator.emit.GeneratedFiles;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.source.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code busgen import asyncapi FILE --out DIR}: a catalogue from an AsyncAPI 3.0 or 2.x document. */
@Command(name = "asyncapi", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Make a catalogue from an AsyncAPI document (3.0, or 2.0 to 2.6; YAML or JSON): one message"
                + " per channel, routing keys from the channel addresses, priorities from the AMQP operation"
                + " bindings, responses from replies, shared schemas into defs/, draft-07 forms rewritten to 2020-12."
                + " What a catalogue has no place for (servers, security, other protocols' bindings) is listed, one"
                + " line each; what cannot be converted fails at its place in the document.",
            "A document busgen exported comes back as the catalogue it was made from."},
        footer = {"", "Exits " + ExitCodes.OK + " when the catalogue is written and lints clean, " + ExitCodes.FINDINGS
                + " when the document cannot be converted, " + ExitCodes.ERROR + " on a usage error or a file that"
                + " cannot be read or written."})
final class ImportAsyncApiCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The AsyncAPI document (bundled: one file, no"
            + " references to other files).")
    private String document = "";

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The catalogue folder to write;"
            + " it must not exist yet, or be empty.")
    private String out = "";

    @Option(names = "--name", paramLabel = "NAME", description = "The catalogue's name (default: made from the"
            + " document's title).")
    private @Nullable String name;

    @Option(names = "--java-package", paramLabel = "PACKAGE", description = "The package of the generated Java"
            + " (default: com.example.<name>).")
    private @Nullable String javaPackage;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (name != null && !name.matches("[a-z][a-z0-9_]*")) {
            throw new ParameterException(spec.commandLine(), "--name " + name + ": lower-case letters, digits and _,"
                    + " starting with a letter");
        }
        if (javaPackage != null && !javaPackage.matches("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*")) {
            throw new ParameterException(spec.commandLine(), "--java-package " + javaPackage + ": not a Java package"
                    + " name");
        }
        Path input = path(document, "FILE");
        Path folder = path(out, "--out");
        byte[] bytes = read(input);
        AsyncApiImport.Result result = AsyncApiImport.read(document, bytes,
                new AsyncApiImport.Options(name, javaPackage));
        PrintWriter err = spec.commandLine().getErr();
        result.notes().stream().map(Problem::format).forEach(err::println);
        if (!result.ok()) {
            result.problems().stream().map(Problem::format).forEach(err::println);
            err.flush();
            throw new CliException(ExitCodes.FINDINGS, result.problems().size() + " part(s) of " + document
                    + " cannot be converted (listed above); nothing was written");
        }
        checkEmpty(folder);
        try {
            for (Map.Entry<String, String> file : result.files().entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                GeneratedFiles.writeAtomically(target, file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new CliException("--out " + out + ": cannot write the catalogue (" + IoMessages.describe(e)
                    + "); check that the folder is writable");
        }
        String display = CatalogOption.displayRoot(out);
        LoadResult lint = CatalogLoader.load(folder, display);
        lint.advice().stream().map(Problem::format).forEach(err::println);
        if (!lint.ok()) {
            lint.problems().stream().map(Problem::format).forEach(err::println);
            err.flush();
            throw new CliException(ExitCodes.FINDINGS, "the catalogue written to " + display + " has "
                    + lint.problems().size() + " problem(s) (listed above): fix them there, then run 'busgen lint"
                    + " --catalog " + Shell.quote(display) + "'");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(display + ": " + result.files().size() + " files written, " + lint.orThrow().messages().size()
                + " messages, " + lint.orThrow().responses().size() + " responses; lint finds no problem");
        return ExitCodes.OK;
    }

    private Path path(String typed, String option) {
        try {
            return Path.of(typed);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), option + " " + typed + ": not a valid path ("
                    + e.getReason() + ")");
        }
    }

    private byte[] read(Path input) {
        if (!Files.isRegularFile(input)) {
            throw new CliException(document + ": no such file; name the AsyncAPI document to import");
        }
        try (InputStream in = Files.newInputStream(input)) {
            byte[] bytes = in.readNBytes(AsyncApiReader.MAX_BYTES + 1);
            if (bytes.length > AsyncApiReader.MAX_BYTES) {
                throw new CliException(ExitCodes.FINDINGS, document + ": more than " + AsyncApiReader.MAX_BYTES
                        + " bytes, the most busgen reads in one document: split it");
            }
            return bytes;
        } catch (IOException e) {
            throw new CliException(document + ": cannot read the file (" + IoMessages.reason(e)
                    + "); check its permissions");
        }
    }

    private void checkEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new CliException("--out " + out + ": a file, not a folder; name a new folder for the catalogue");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new CliException("--out " + out + ": the folder is not empty; name a new folder, so that"
                        + " nothing of yours is overwritten");
            }
        } catch (IOException e) {
            throw new CliException("--out " + out + ": cannot list the folder (" + IoMessages.reason(e) + ")");
        }
    }
}
