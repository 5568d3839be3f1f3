package io.busgen.generator;

import io.busgen.generator.emit.GeneratedFile;
import io.busgen.generator.emit.IncrementalOutput;
import io.busgen.generator.emit.docs.DocsEmitter;
import io.busgen.generator.emit.docs.DocsStyle;
import io.busgen.generator.emit.java.JavaEmitter;
import io.busgen.generator.load.CatalogInputs;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.source.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One whole generation, as Wire's {@code WireRun} is: a catalogue folder and options in; the loaded model, the
 * generated files and a summary out. The CLI's {@code generate} and {@code docs}, the Maven plugin's {@code generate}
 * and {@code docs} goals and the generation benchmark all run through it, so that they cannot differ in what they
 * generate, how the inputs are hashed, or how an output folder is brought up to date.
 *
 * @param catalogRoot the catalogue folder (holding {@code catalog.json})
 * @param catalogDisplay how messages name the folder ({@code schemas/infrahub})
 * @param javaPackage the package of the generated Java, or null for the catalogue's {@code javaPackage}
 * @param outputs what to generate
 * @param javaFolder the folder, relative to the output folder, of the Java sources ({@code java}, or empty for the
 *     output folder itself)
 * @param docsFolder the folder, relative to the output folder, of the docs pages
 */
public record GenerationRun(
        Path catalogRoot,
        String catalogDisplay,
        @Nullable String javaPackage,
        Set<Output> outputs,
        String javaFolder,
        String docsFolder) {

    /** What a run can generate. */
    public enum Output {
        /** Records, codecs, validators and the catalogue class. */
        JAVA,
        /** busgen's catalogue page ({@code catalog.md}). */
        CATALOG_PAGE,
        /** The page in the style of Infrahub's "Message bus events" ({@code bus-events.md}). */
        EVENTS_PAGE,
        /**
         * The pages {@code catalog.json} names in {@code "pages"} ({@code catalog} by default; the bundled catalogue
         * also names {@code infrahub}).
         */
        NAMED_PAGES;

        /** The docs style of a page output. */
        public Optional<DocsStyle> style() {
            return switch (this) {
                case CATALOG_PAGE -> Optional.of(DocsStyle.CATALOG);
                case EVENTS_PAGE -> Optional.of(DocsStyle.INFRAHUB);
                case JAVA, NAMED_PAGES -> Optional.empty();
            };
        }

        /** The output that renders a docs style. */
        public static Output of(DocsStyle style) {
            return style == DocsStyle.CATALOG ? CATALOG_PAGE : EVENTS_PAGE;
        }
    }

    /** The file name of the catalogue page in the docs folder. */
    public static final String CATALOG_PAGE = "catalog.md";
    /** The file name of the events page in the docs folder. */
    public static final String EVENTS_PAGE = "bus-events.md";

    public GenerationRun {
        outputs = outputs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outputs));
        if (javaPackage != null && !JavaNames.isValidPackage(javaPackage)) {
            throw new IllegalArgumentException("not a Java package name: " + javaPackage);
        }
    }

    /**
     * A run that generates what the catalogue asks for: Java under {@code java/}, the pages {@code catalog.json} names
     * under {@code docs/}.
     */
    public static GenerationRun of(Path catalogRoot, String catalogDisplay, @Nullable String javaPackage) {
        return new GenerationRun(catalogRoot, catalogDisplay, javaPackage, EnumSet.of(Output.JAVA,
                Output.NAMED_PAGES), "java", "docs");
    }

    /** This run with other outputs. */
    public GenerationRun withOutputs(Set<Output> outputs) {
        return new GenerationRun(catalogRoot, catalogDisplay, javaPackage, outputs, javaFolder, docsFolder);
    }

    /** This run with the Java and the pages in other folders of the output folder. */
    public GenerationRun withFolders(String javaFolder, String docsFolder) {
        return new GenerationRun(catalogRoot, catalogDisplay, javaPackage, outputs, javaFolder, docsFolder);
    }

    /** Why a package option is refused, if it is: the message for {@code --package} or {@code packageName}. */
    public static Optional<String> packageProblem(String javaPackage) {
        if (!JavaNames.isValidPackage(javaPackage)) {
            return Optional.of("not a Java package name: use dot-separated identifiers such as com.example.events");
        }
        if (JavaNames.isJdkPackage(javaPackage)) {
            return Optional.of("a package of the JDK, where no other code may be compiled: use your own, such as"
                    + " com.example.events");
        }
        return Optional.empty();
    }

    /**
     * What a run gave: the load's result (the model, or every problem), and the files; when the run wrote into a
     * folder, what it did there.
     */
    public record Result(LoadResult load, List<GeneratedFile> files, IncrementalOutput.@Nullable Result written) {

        public boolean ok() {
            return load.ok();
        }

        public List<Problem> problems() {
            return load.problems();
        }

        /** The model; only when {@link #ok()}. */
        public Catalog catalog() {
            return load.orThrow();
        }

        /** The content of the file generated at {@code path}, relative to the output folder. */
        public Optional<String> file(String path) {
            return files.stream().filter(f -> f.path().equals(path)).map(GeneratedFile::content).findFirst();
        }
    }

    /** Loads the catalogue and generates the outputs in memory; writes nothing. */
    public Result generate() {
        LoadResult load = CatalogLoader.load(catalogRoot, catalogDisplay);
        return new Result(load, load.ok() ? emit(load.orThrow()) : List.of(), null);
    }

    /**
     * Brings {@code outputFolder} up to date: when the catalogue's files, busgen and the options are those of the last
     * run there, nothing is loaded, generated or written; otherwise only changed files are written, and files of the
     * last run that are no longer generated are deleted. Nothing is written when the catalogue has problems.
     *
     * @throws IOException when the folder cannot be read or written
     */
    public Result writeTo(Path outputFolder) throws IOException {
        return writeTo(outputFolder, IncrementalOutput.LOCK_PATIENCE, notice -> {});
    }

    /**
     * {@link #writeTo(Path)}, waiting at most {@code lockPatience} for another run writing into the same folder and
     * telling {@code notices} (one line each) while it waits.
     *
     * @throws io.busgen.generator.emit.OutputFolderException when the folder holds a symbolic link, a manifest entry
     *     that leaves it, or another run holds it longer than {@code lockPatience}
     */
    public Result writeTo(Path outputFolder, java.time.Duration lockPatience,
            java.util.function.Consumer<String> notices) throws IOException {
        String inputHash = CatalogInputs.hash(catalogRoot, BusgenVersion.identity(), List.of(
                "java-package=" + javaPackage, "outputs=" + outputs, "java=" + javaFolder, "docs=" + docsFolder));
        LoadResult[] loaded = new LoadResult[1];
        if (!java.nio.file.Files.exists(outputFolder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // Nothing can be up to date: load first, so that a catalogue with problems creates no folder.
            loaded[0] = CatalogLoader.load(catalogRoot, catalogDisplay);
            if (!loaded[0].ok()) {
                return new Result(loaded[0], List.of(), null);
            }
        }
        List<GeneratedFile> generated = new ArrayList<>();
        try {
            IncrementalOutput.Result written = IncrementalOutput.update(outputFolder, inputHash, () -> {
                if (loaded[0] == null) {
                    loaded[0] = CatalogLoader.load(catalogRoot, catalogDisplay);
                }
                if (!loaded[0].ok()) {
                    throw new ProblemsFound();
                }
                generated.addAll(emit(loaded[0].orThrow()));
                return generated;
            }, lockPatience, notices);
            LoadResult load = loaded[0] != null ? loaded[0] : CatalogLoader.load(catalogRoot, catalogDisplay);
            return new Result(load, List.copyOf(generated), written);
        } catch (ProblemsFound problems) {
            return new Result(loaded[0], List.of(), null);
        }
    }

    /** Leaves the output folder untouched when the catalogue has problems. */
    private static final class ProblemsFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProblemsFound() {
            super(null, null, false, false);
        }
    }

    private List<GeneratedFile> emit(Catalog catalog) {
        List<GeneratedFile> files = new ArrayList<>();
        if (outputs.contains(Output.JAVA)) {
            for (GeneratedFile file : JavaEmitter.emit(catalog, javaPackage)) {
                files.add(new GeneratedFile(join(javaFolder, file.path()), file.content()));
            }
        }
        for (Output output : List.of(Output.CATALOG_PAGE, Output.EVENTS_PAGE)) {
            DocsStyle style = output.style().orElseThrow();
            if (outputs.contains(output) || (outputs.contains(Output.NAMED_PAGES)
                    && catalog.info().pages().contains(style.cliName()))) {
                files.add(new GeneratedFile(join(docsFolder, pageName(output)), DocsEmitter.render(catalog, style)));
            }
        }
        return List.copyOf(files);
    }

    /** The file name of a page output. */
    public static String pageName(Output page) {
        return page == Output.CATALOG_PAGE ? CATALOG_PAGE : EVENTS_PAGE;
    }

    /** The path, relative to the output folder, of a page output. */
    public String pagePath(Output page) {
        return join(docsFolder, pageName(page));
    }

    private static String join(String folder, String path) {
        return folder.isEmpty() ? path : folder + "/" + path;
    }
}
