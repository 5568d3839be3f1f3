package io.busgen.cli;

import io.busgen.generator.source.MessageText;
import io.busgen.generator.GenerationRun;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.source.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue folder a command works on and how messages name it.
 *
 * @param root the folder holding {@code catalog.json} (inside the schemas jar for the bundled catalogue)
 * @param displayRoot how problems and messages name that folder: the path as the user typed it, or
 *     {@code bundled:<name>}
 * @param bundled whether this is the bundled catalogue (no {@code --catalog}), whose classes ship compiled in
 *     {@code busgen-infrahub}
 */
record CatalogSource(Path root, String displayRoot, boolean bundled) {

    /** Loads and checks the catalogue; every problem found is in the result. */
    LoadResult load() {
        return CatalogLoader.load(root, displayRoot);
    }

    /**
     * Loads the catalogue for a command other than {@code lint}, which needs a sound one: when it has problems, prints
     * them on {@code err} as {@code lint} prints them and fails with exit code {@link ExitCodes#ERROR}.
     *
     * @throws CliException when the catalogue has problems
     */
    Catalog loadSound(PrintWriter err) {
        return sound(load(), err);
    }

    /** A generation run over this catalogue, with every output, Java in {@code java/} and pages in {@code docs/}. */
    GenerationRun run(@Nullable String javaPackage) {
        return GenerationRun.of(root, displayRoot, javaPackage);
    }

    /**
     * The catalogue of a load: when it has problems, prints them on {@code err} as {@code lint} prints them and fails
     * with exit code {@link ExitCodes#ERROR}.
     *
     * @throws CliException when the catalogue has problems
     */
    Catalog sound(LoadResult result, PrintWriter err) {
        if (result.ok()) {
            return result.orThrow();
        }
        for (Problem problem : result.problems()) {
            err.println(problem.format());
        }
        err.flush();
        throw new CliException(MessageText.count(result.problems().size(), "problem") + " in " + displayRoot
                + " (listed above): fix the catalogue first; 'busgen lint" + (bundled ? "" : " --catalog "
                + Shell.quote(displayRoot)) + "' checks it");
    }
}
