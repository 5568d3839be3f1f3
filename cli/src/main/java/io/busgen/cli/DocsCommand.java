package io.busgen.cli;

import io.busgen.generator.GenerationRun;
import io.busgen.generator.emit.GeneratedFiles;
import io.busgen.generator.emit.docs.DocsStyle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code busgen docs}: renders a catalogue's Markdown page, to stdout or to a file, or checks that a file holds the
 * page as it would be rendered now.
 */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Render a catalogue's Markdown page: to standard output, or with --out to a file.",
            "With --check, write nothing: check that --out FILE holds the page as it would be written now."},
        footer = {"", "Exits " + ExitCodes.OK + " when the page is written (or, with --check, up to date), "
                + ExitCodes.FINDINGS + " when --check finds the file missing or stale, " + ExitCodes.ERROR
                + " on a usage error, a catalogue with problems, or a file that cannot be read or written."})
final class DocsCommand implements Callable<Integer> {

    @Mixin
    private CatalogOption catalogOption;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "catalog", converter = StyleConverter.class,
            completionCandidates = StyleNames.class,
            description = "The page's style: ${COMPLETION-CANDIDATES}. 'catalog' is busgen's own page; 'infrahub'"
                    + " follows Infrahub's message bus events page. Default: ${DEFAULT-VALUE}.")
    private DocsStyle style = DocsStyle.CATALOG;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the page to FILE instead of standard output.")
    private @Nullable String out;

    @Option(names = "--check", description = "Write nothing; exit " + ExitCodes.FINDINGS + " when --out FILE is"
            + " missing or differs from the page, " + ExitCodes.OK + " when it is up to date. Needs --out.")
    private boolean check;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (check && out == null) {
            throw new ParameterException(spec.commandLine(), "--check needs --out FILE: the page file to check");
        }
        String typed = out;
        Path file = typed == null ? null : path(typed);
        CatalogSource source = catalogOption.resolve();
        GenerationRun run = source.run(null).withOutputs(Set.of(GenerationRun.Output.of(style)));
        GenerationRun.Result result = run.generate();
        source.sound(result.load(), spec.commandLine().getErr());
        String page = result.file(run.pagePath(GenerationRun.Output.of(style))).orElseThrow();
        PrintWriter stdout = spec.commandLine().getOut();
        if (typed == null || file == null) {
            stdout.print(page);
            stdout.flush();
            return ExitCodes.OK;
        }
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        byte[] present = read(file, typed);
        if (check) {
            if (present == null) {
                stdout.println(typed + ": missing; write it with: " + regenerate(typed));
                return ExitCodes.FINDINGS;
            }
            if (!Arrays.equals(present, bytes)) {
                stdout.println(typed + ": stale (it differs from the " + style.cliName()
                        + " page of the catalogue); regenerate it with: " + regenerate(typed));
                return ExitCodes.FINDINGS;
            }
            stdout.println(typed + ": up to date");
            return ExitCodes.OK;
        }
        if (present != null && Arrays.equals(present, bytes)) {
            stdout.println(typed + ": unchanged");
            return ExitCodes.OK;
        }
        write(file, typed, bytes);
        stdout.println(typed + ": written");
        return ExitCodes.OK;
    }

    /** The command that writes the page the way this one checks it. */
    private String regenerate(String typed) {
        StringBuilder command = new StringBuilder("busgen docs");
        String catalog = catalogOption.typed();
        if (catalog != null) {
            command.append(" --catalog ").append(Shell.quote(catalog));
        }
        if (style != DocsStyle.CATALOG) {
            command.append(" --style ").append(style.cliName());
        }
        return command.append(" --out ").append(Shell.quote(typed)).toString();
    }

    private Path path(String typed) {
        try {
            return Path.of(typed);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "--out " + typed + ": not a valid path ("
                    + e.getReason() + ")");
        }
    }

    /** The file's bytes, or {@code null} when there is no such file. */
    private static byte @Nullable [] read(Path file, String typed) {
        if (Files.isDirectory(file)) {
            throw new CliException("--out " + typed + ": a directory; name the page's file, such as "
                    + file.resolve(GenerateCommand.CATALOG_PAGE));
        }
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliException("--out " + typed + ": cannot read the file (" + IoMessages.reason(e)
                    + "); check its permissions");
        }
    }

    /**
     * Writes atomically: the page appears whole or not at all, through a temporary file of a unique name, so that two
     * runs never share one and a link planted at a temporary name is never written through.
     */
    private static void write(Path file, String typed, byte[] bytes) {
        try {
            GeneratedFiles.writeAtomically(file, bytes);
        } catch (IOException e) {
            throw new CliException("--out " + typed + ": cannot write the file (" + IoMessages.describe(e)
                    + "); check that its folder is writable");
        }
    }

    /** Reads {@code --style} by its command-line name. */
    static final class StyleConverter implements ITypeConverter<DocsStyle> {
        @Override
        public DocsStyle convert(String value) {
            return DocsStyle.fromCliName(value).orElseThrow(() -> new TypeConversionException("unknown style '"
                    + value + "': use one of " + String.join(", ", names())));
        }
    }

    /** The styles' command-line names, for the help text and shell completion. */
    static final class StyleNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names().iterator();
        }
    }

    static List<String> names() {
        return Arrays.stream(DocsStyle.values()).map(DocsStyle::cliName).toList();
    }
}
