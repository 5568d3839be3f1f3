package io.busgen.cli;

import io.busgen.generator.load.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code busgen init [DIR]}: writes a small catalogue to start from (a shop's: {@code catalog.json}, one message, its
 * response and one shared type) into a new or empty folder. Lint accepts it as it is and it generates Java that
 * compiles; the files are resources of this jar, under {@value #TEMPLATE}.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Write a small catalogue to start from into DIR: catalog.json, one message"
                    + " (messages/order.stock.reserve.json), its response and one shared type (defs/order_line.json).",
            "DIR must be new or empty (files whose names start with '.' do not count); nothing is overwritten.",
            "The schema files carry no $schema, so that an editor checks them against busgen's meta-schemas (see"
                    + " 'busgen schema') rather than plain draft 2020-12."},
        footer = {"", "Exits " + ExitCodes.OK + " when the catalogue is written, " + ExitCodes.ERROR + " when DIR is"
                + " not empty, is a file, or cannot be written."})
final class InitCommand implements Callable<Integer> {

    /** Where the catalogue's files are, as resources beside this class. */
    static final String TEMPLATE = "init/";

    /** The files written, relative to DIR, in the order they are written. */
    static final List<String> FILES = List.of("catalog.json", "defs/order_line.json",
            "messages/order.stock.reserve.json", "responses/order.stock.reserve.json");

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The folder to write the catalogue into; created when missing. Default: the current"
                    + " folder.")
    private String directory = ".";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Path root = emptyFolder();
        String display = CatalogOption.displayRoot(directory);
        PrintWriter out = spec.commandLine().getOut();
        for (String file : FILES) {
            Path target = root.resolve(file);
            write(target, template(file), display + "/" + file);
            out.println(display + "/" + file + ": written");
        }
        String catalog = Shell.quote(display);
        out.println("next: busgen lint --catalog " + catalog + ", then busgen generate --catalog " + catalog
                + " --out build/busgen");
        return ExitCodes.OK;
    }

    /**
     * The folder to write into, created when missing.
     *
     * @throws CliException when it is a file, holds anything but hidden files, or cannot be created or read
     */
    private Path emptyFolder() {
        Path root;
        try {
            root = Path.of(directory);
        } catch (InvalidPathException e) {
            throw new CliException("init " + directory + ": not a valid path (" + e.getReason() + ")");
        }
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new CliException("init " + directory + ": a file, not a folder; name a new or empty folder, such"
                    + " as: busgen init shop");
        }
        if (Files.isDirectory(root)) {
            List<String> present;
            try (Stream<Path> entries = Files.list(root)) {
                // Dot files and documentation (a README first) may stand in a catalogue, and init writes neither.
                present = entries.filter(p -> !CatalogLoader.isDocumentation(p)).map(p -> p.getFileName().toString())
                        .filter(n -> !n.startsWith(".")).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                throw new CliException("init " + directory + ": cannot read the folder ("
                        + IoMessages.reason(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e)
                        + "); check its permissions");
            }
            if (!present.isEmpty()) {
                throw new CliException("init " + directory + ": the folder is not empty (it holds "
                        + String.join(", ", present.subList(0, Math.min(3, present.size())))
                        + (present.size() > 3 ? ", ..." : "") + "); name a new or empty folder, such as: busgen init "
                        + Shell.quote(CatalogOption.displayRoot(directory) + "/shop"));
            }
        }
        return root;
    }

    /** The bytes of a template file. */
    static byte[] template(String file) {
        return resource(TEMPLATE + file);
    }

    /** The bytes of a resource beside this class in busgen's jar. */
    static byte[] resource(String name) {
        try (InputStream in = InitCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + name + " is missing from busgen's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + name, e);
        }
    }

    /** Writes a new file: one that is already there, or a link at its name, is never written through. */
    private static void write(Path target, byte[] bytes, String display) {
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new CliException("init: cannot write " + display + " (" + IoMessages.reason(e)
                    + "); check that the folder is writable");
        }
    }
}
