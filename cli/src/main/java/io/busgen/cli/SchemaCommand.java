package io.busgen.cli;

import io.busgen.generator.emit.GeneratedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code busgen schema --out DIR}: writes the dialect's meta-schemas, the JSON Schemas that describe
 * {@code catalog.json} and the message, response and defs files with busgen's {@code x-} keywords, so that an editor
 * checks catalogue files while they are typed. They are the meta-schemas lint itself runs, read from the generator
 * jar ({@value #RESOURCES}).
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Write the meta-schemas of busgen's dialect into DIR, for editors: " + SchemaCommand.CATALOG_FILE
                    + " (describes catalog.json) and " + SchemaCommand.SCHEMA_FILE + " (describes the files of"
                    + " messages/, responses/ and defs/: JSON Schema draft 2020-12 as busgen takes it, with its x-"
                    + " keywords).",
            "Map them to the catalogue's files in the editor's settings (VS Code: json.schemas; IntelliJ: JSON Schema"
                    + " Mappings). A file's own $schema takes precedence there, so leave $schema out of the schema"
                    + " files (busgen reads them as draft 2020-12 either way)."},
        footer = {"", "Exits " + ExitCodes.OK + " when the files are written (or already up to date), " + ExitCodes.ERROR
                + " on a usage error or a folder that cannot be written."})
final class SchemaCommand implements Callable<Integer> {

    /** Where the generator keeps the meta-schemas, as class-path resources. */
    static final String RESOURCES = "io/busgen/generator/dialect/";

    /** The meta-schema of {@code catalog.json}. */
    static final String CATALOG_FILE = "catalog-file.schema.json";

    /** The meta-schema of message, response and defs files. */
    static final String SCHEMA_FILE = "schema-file.schema.json";

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The folder to write the meta-schemas into; created when missing. Files of the same names"
                    + " are replaced.")
    private String out = "";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Path directory;
        try {
            directory = Path.of(out);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": not a valid path (" + e.getReason()
                    + ")");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new CliException("--out " + out + ": a file, not a folder; name a folder (it is created when"
                    + " missing)");
        }
        String display = CatalogOption.displayRoot(out);
        PrintWriter stdout = spec.commandLine().getOut();
        for (String name : List.of(CATALOG_FILE, SCHEMA_FILE)) {
            byte[] bytes = resource(name);
            Path file = directory.resolve(name);
            if (Files.isRegularFile(file) && Arrays.equals(read(file, display + "/" + name), bytes)) {
                stdout.println(display + "/" + name + ": unchanged");
                continue;
            }
            try {
                Files.createDirectories(directory);
                GeneratedFiles.writeAtomically(file, bytes);
            } catch (IOException e) {
                throw new CliException("--out " + out + ": cannot write " + name + " (" + IoMessages.describe(e)
                        + "); check that the folder is writable");
            }
            stdout.println(display + "/" + name + ": written");
        }
        stdout.println("next: map " + CATALOG_FILE + " to catalog.json and " + SCHEMA_FILE + " to the files of"
                + " messages/, responses/ and defs/ in your editor's JSON schema settings");
        return ExitCodes.OK;
    }

    /** The meta-schema's bytes, as the generator jar holds them. */
    static byte[] resource(String name) {
        try (InputStream in = SchemaCommand.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the meta-schema " + RESOURCES + name + " is missing from the"
                        + " busgen-generator jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the meta-schema " + RESOURCES + name, e);
        }
    }

    private static byte[] read(Path file, String display) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliException(display + ": cannot read the file (" + IoMessages.reason(e)
                    + "); check its permissions");
        }
    }
}
