package io.busgen.cli;

import io.busgen.generator.load.BundledCatalogs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --catalog DIR} option every command that reads a catalogue mixes in ({@code @Mixin}): the folder the user
 * names, or the bundled {@value BundledCatalogs#DEFAULT} catalogue when there is none.
 */
final class CatalogOption {

    @Option(names = "--catalog", paramLabel = "DIR",
            description = "The catalogue folder: catalog.json with messages/, responses/ and defs/; or bundled:"
                    + BundledCatalogs.DEFAULT + " for the catalogue bundled with busgen. Default: the current folder"
                    + " when it holds catalog.json, else bundled:" + BundledCatalogs.DEFAULT + ".")
    private @Nullable String catalog;

    /** The folder as the user typed it, or {@code null} for the bundled catalogue. */
    @Nullable String typed() {
        return catalog;
    }

    /**
     * The catalogue to work on.
     *
     * @throws CliException when the named folder does not exist, is not a folder or cannot be read
     */
    CatalogSource resolve() {
        return resolve(Path.of(""));
    }

    /**
     * The catalogue to work on, where {@code workingFolder} is the folder busgen runs in: without {@code --catalog},
     * that folder when it holds a {@code catalog.json} (so that {@code busgen lint} inside a catalogue checks it, not
     * the bundled one), else the bundled catalogue.
     */
    CatalogSource resolve(Path workingFolder) {
        if (catalog == null) {
            if (Files.isRegularFile(workingFolder.resolve("catalog.json"))) {
                String path = workingFolder.toString();
                return folder("--catalog", path.isEmpty() ? "." : path);
            }
            return bundled(BundledCatalogs.DEFAULT);
        }
        String prefix = BundledCatalogs.displayName("");
        if (catalog.startsWith(prefix)) {
            String name = catalog.substring(prefix.length());
            if (!name.matches("[a-z][a-z0-9_]*") || BundledCatalogs.find(name).isEmpty()) {
                throw new CliException("--catalog " + catalog + ": busgen bundles no catalogue of that name; the"
                        + " bundled catalogue is " + BundledCatalogs.displayName(BundledCatalogs.DEFAULT));
            }
            return bundled(name);
        }
        return folder("--catalog", catalog);
    }

    /**
     * A catalogue folder the user named with {@code option}.
     *
     * @throws CliException when the folder does not exist, is not a folder or cannot be read
     */
    static CatalogSource folder(String option, String typed) {
        Path root;
        try {
            root = Path.of(typed);
        } catch (InvalidPathException e) {
            throw new CliException(option + " " + typed + ": not a valid path (" + e.getReason() + "); "
                    + whatToName(option));
        }
        if (!Files.exists(root)) {
            throw new CliException(option + " " + typed + ": no such directory; " + whatToName(option));
        }
        if (!Files.isDirectory(root)) {
            throw new CliException(option + " " + typed + ": not a directory; " + whatToName(option)
                    + ", not at a file");
        }
        if (!Files.isReadable(root)) {
            throw new CliException(option + " " + typed + ": the directory is not readable; check its permissions");
        }
        return new CatalogSource(root, displayRoot(typed), false);
    }

    private static String whatToName(String option) {
        return "point " + option + " at a catalogue folder (one holding catalog.json, messages/, responses/ and"
                + " defs/)";
    }

    private static CatalogSource bundled(String name) {
        Path root = BundledCatalogs.find(name).orElseThrow(() -> new CliException("the bundled '" + name
                + "' catalogue is not on the class path (the busgen-schemas jar is missing); rebuild busgen,"
                + " or name a catalogue with --catalog DIR"));
        return new CatalogSource(root, BundledCatalogs.displayName(name), true);
    }

    /**
     * The folder as the user typed it, less trailing separators (shells complete folders with one), so that files in
     * it read {@code dir/messages/x.json} rather than {@code dir//messages/x.json}.
     */
    static String displayRoot(String typed) {
        String display = typed;
        while (display.length() > 1 && (display.endsWith("/") || display.endsWith(File.separator))) {
            display = display.substring(0, display.length() - 1);
        }
        return display;
    }
}
