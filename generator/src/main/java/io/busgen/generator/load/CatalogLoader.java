package io.busgen.generator.load;

import io.busgen.generator.instance.ExampleBodies;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.CatalogInfo;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaDocument;
import io.busgen.generator.schema.SchemaReader;
import io.busgen.generator.schema.Vocabulary.Dialect;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads a catalogue directory into the {@link Catalog} model: reads every file, checks it against the dialect, links
 * references and applies the naming rules, collecting every problem of the run before giving up.
 *
 * <p>A catalogue is {@code catalog.json} plus the folders {@code messages/}, {@code responses/} and {@code defs/}
 * of {@code .json} files. Nothing is ever read from the network.
 */
public final class CatalogLoader {

    static final String CATALOG_FILE = "catalog.json";

    /** The largest file busgen reads, in bytes (docs/schema-dialect.md, "Limits"). */
    public static final int MAX_FILE_BYTES = 1 << 20;

    /** The most schema files in one catalogue, over messages/, responses/ and defs/. */
    public static final int MAX_FILES = 5_000;

    static final List<String> FOLDERS = List.of("messages", "responses", "defs");

    private final Path root;
    /** The catalogue folder's real path: every file read must be inside it. */
    private Path realRoot;
    private final String displayRoot;
    private final Problems problems = new Problems();
    private final List<Runnable> metaSchemaChecks = new ArrayList<>();
    private final Set<String> unreadable = new HashSet<>();

    private CatalogLoader(Path root, String displayRoot) {
        this.root = root;
        this.displayRoot = displayRoot;
    }

    /** Loads the catalogue in {@code root}, naming files in problems as {@code root} is written. */
    public static LoadResult load(Path root) {
        return load(root, root.toString());
    }

    /**
     * Loads the catalogue in {@code root}.
     *
     * @param displayRoot how problems name the catalogue folder (files are shown as {@code displayRoot/messages/...})
     */
    public static LoadResult load(Path root, String displayRoot) {
        return new CatalogLoader(root, displayRoot).load();
    }

    private LoadResult load() {
        try {
            realRoot = Files.isDirectory(root) ? root.toRealPath() : null;
        } catch (IOException e) {
            realRoot = null;
        }
        if (realRoot == null) {
            problems.add(Problem.atPosition(CatalogInfoReader.rootOf(displayRoot), "catalogue directory not found:"
                    + " point to a folder that holds catalog.json, messages/, responses/ and defs/"));
            return finish(Optional.empty());
        }
        int count = countFiles();
        if (count > MAX_FILES) {
            problems.add(Problem.atPosition(CatalogInfoReader.rootOf(displayRoot), "the catalogue has " + count
                    + " files in messages/, responses/ and defs/, more than the " + MAX_FILES + " busgen reads:"
                    + " split it into several catalogues"));
            return finish(Optional.empty());
        }
        Optional<CatalogInfo> info = readCatalogInfo();
        Map<String, CatalogFile> files = readSchemaFiles();
        Optional<Catalog> catalog = info.flatMap(i -> new CatalogLinker(i, files, unreadable, problems).link());
        // The meta-schemas run last: where they find what the checks above already reported, the more precise
        // message of those checks is kept.
        metaSchemaChecks.forEach(Runnable::run);
        if (problems.isEmpty() && catalog.isPresent()) {
            // A sound catalogue's docs page shows an example body per entry: say where none can be made.
            ExampleBodies.warnings(catalog.get()).forEach(problems::add);
        }
        return finish(catalog);
    }

    private LoadResult finish(Optional<Catalog> catalog) {
        return problems.isEmpty() && catalog.isPresent()
                ? new LoadResult(catalog.get(), List.of(), problems.advice())
                : new LoadResult(null, problems.isEmpty() ? List.of(internalInconsistency()) : problems.sorted(),
                        problems.advice());
    }

    private Problem internalInconsistency() {
        return Problem.atPosition(CatalogInfoReader.rootOf(displayRoot),
                "the catalogue could not be linked, yet no problem was found; please report this as a busgen bug");
    }

    private Optional<CatalogInfo> readCatalogInfo() {
        Path file = root.resolve(CATALOG_FILE);
        String display = display(CATALOG_FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.atPosition(CatalogInfoReader.rootOf(display), "catalog.json is missing: create it"
                    + " with at least {\"name\": ..., \"title\": ..., \"javaPackage\": ...}"));
            return Optional.empty();
        }
        Optional<String> text = inside(file, display).flatMap(real -> readText(real, display));
        Optional<JsonValue> json = text.flatMap(t -> LocatedJsonReader.read(display, t, problems));
        if (json.isEmpty()) {
            return Optional.empty();
        }
        Optional<CatalogInfo> info = new CatalogInfoReader(problems).read(json.get());
        if (CatalogInfoReader.beyondLimits(json.get())) {
            return info; // reported; the meta-schema's patterns would recurse once per package segment
        }
        metaSchemaChecks.add(() -> DialectMetaSchema.instance().checkCatalogFile(text.get(), json.get(), problems));
        return info;
    }

    private Map<String, CatalogFile> readSchemaFiles() {
        Map<String, CatalogFile> files = new LinkedHashMap<>();
        for (Path entry : list(root)) {
            String name = entry.getFileName().toString();
            if (!name.equals(CATALOG_FILE) && !FOLDERS.contains(name) && !name.startsWith(".")
                    && !isDocumentation(entry)) {
                problems.add(Problem.atPosition(CatalogInfoReader.rootOf(display(name)), "unexpected "
                        + (Files.isDirectory(entry) ? "folder" : "file") + " in the catalogue: it holds catalog.json,"
                        + " messages/, responses/, defs/ and documentation (" + DOCUMENTATION_LIST + ") only; move"
                        + " it elsewhere"));
            }
        }
        for (String folder : FOLDERS) {
            Path directory = root.resolve(folder);
            if (!Files.isDirectory(directory) || inside(directory, display(folder)).isEmpty()) {
                continue;
            }
            for (Path entry : list(directory)) {
                String name = entry.getFileName().toString();
                String path = folder + "/" + name;
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
                    problems.add(Problem.atPosition(CatalogInfoReader.rootOf(display(path)), "a symbolic link to a file"
                            + " that does not exist: put the schema file itself here, or remove the link"));
                    unreadable.add(path);
                    continue;
                }
                if (isDocumentation(entry)) {
                    continue;
                }
                if (!Files.isRegularFile(entry) || !name.endsWith(".json")) {
                    problems.add(Problem.atPosition(CatalogInfoReader.rootOf(display(path)), "unexpected "
                            + (Files.isDirectory(entry) ? "folder" : "file") + " in " + folder + "/: it holds"
                            + " <name>.json schema files and documentation (" + DOCUMENTATION_LIST + ") only; move"
                            + " it elsewhere"));
                    continue;
                }
                Optional<Path> real = inside(entry, display(path));
                if (real.isEmpty()) {
                    unreadable.add(path);
                    continue;
                }
                readSchemaFile(real.get(), path).ifPresentOrElse(file -> files.put(path, file), () -> unreadable.add(path));
            }
        }
        return files;
    }

    /** The endings of documentation files, which a catalogue folder may hold beside its schemas (a README). */
    private static final List<String> DOCUMENTATION = List.of(".md", ".markdown", ".txt", ".adoc", ".rst");
    private static final String DOCUMENTATION_LIST = String.join(", ", DOCUMENTATION);

    /**
     * A regular file (not a link) whose name ends as documentation does ({@code README.md}): left alone by the loader.
     *
     * @param entry a file or folder
     * @return whether it is documentation a catalogue folder may hold
     */
    public static boolean isDocumentation(Path entry) {
        String name = entry.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && DOCUMENTATION.stream().anyMatch(name::endsWith);
    }

    private int countFiles() {
        int count = 0;
        for (String folder : FOLDERS) {
            Path directory = root.resolve(folder);
            if (Files.isDirectory(directory)) {
                try (Stream<Path> entries = Files.list(directory)) {
                    count += (int) Math.min(entries.limit(MAX_FILES + 1L).count(), MAX_FILES + 1L);
                } catch (IOException e) {
                    // reported when the folder is read
                }
            }
        }
        return count;
    }

    private Optional<CatalogFile> readSchemaFile(Path file, String path) {
        String display = display(path);
        Optional<String> text = readText(file, display);
        Optional<JsonValue> json = text.flatMap(t -> LocatedJsonReader.read(display, t, problems));
        if (json.isEmpty()) {
            return Optional.empty();
        }
        Schema schema = new SchemaReader(Dialect.CATALOG, problems).read(json.get());
        metaSchemaChecks.add(() -> DialectMetaSchema.instance().checkSchemaFile(text.get(), json.get(), problems));
        return Optional.of(new CatalogFile(path, display, json.get(), SchemaDocument.of(display, schema)));
    }

    /**
     * The real path of {@code file} (a file or folder of the catalogue) when it is inside the catalogue folder; when a
     * link leads outside, or to nothing, a problem naming the link (never what it leads to) and empty.
     */
    private Optional<Path> inside(Path file, String display) {
        try {
            Optional<Path> real = InsideFolder.realPath(file, realRoot);
            if (real.isEmpty()) {
                problems.add(Problem.atPosition(CatalogInfoReader.rootOf(display), "a symbolic link that leads outside"
                        + " the catalogue folder: busgen reads only files inside the catalogue, so that a catalogue"
                        + " cannot make it read other files; put the file itself in the catalogue"));
            }
            return real;
        } catch (IOException e) {
            problems.add(Problem.atPosition(CatalogInfoReader.rootOf(display), "cannot read the file ("
                    + e.getClass().getSimpleName() + "); check that it is readable"));
            return Optional.empty();
        }
    }

    private Optional<String> readText(Path file, String display) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(Problem.atPosition(CatalogInfoReader.rootOf(display), "the file has " + size + " bytes,"
                        + " more than the " + MAX_FILE_BYTES + " busgen reads in one file: split it into files under"
                        + " defs/"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            problems.add(Problem.atPosition(CatalogInfoReader.rootOf(display),
                    "the file is not valid UTF-8: save it as UTF-8"));
        } catch (IOException e) {
            problems.add(Problem.atPosition(CatalogInfoReader.rootOf(display), "cannot read the file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); check that it is readable"));
        }
        return Optional.empty();
    }

    private List<Path> list(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> sorted = new ArrayList<>(entries.toList());
            sorted.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            return sorted;
        } catch (IOException e) {
            problems.add(Problem.atPosition(CatalogInfoReader.rootOf(display(root.relativize(directory).toString())),
                    "cannot list the folder (" + e.getMessage() + "); check that it is readable"));
            return List.of();
        }
    }

    private String display(String relativePath) {
        String path = relativePath.replace('\\', '/');
        return displayRoot.isEmpty() ? path : displayRoot + "/" + path;
    }
}
