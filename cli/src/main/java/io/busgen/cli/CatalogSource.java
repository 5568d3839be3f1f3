package io.busgen.cli;

import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import java.nio.file.Path;

/**
 * A catalogue folder a command works on and how messages name it.
 *
 * @param root the folder holding {@code catalog.json} (inside the schemas jar for the bundled catalogue)
 * @param displayRoot how problems and messages name that folder: the path as the user typed it, or
 *     {@code bundled:<name>}
 */
record CatalogSource(Path root, String displayRoot) {

    /** Loads and checks the catalogue; every problem found is in the result. */
    LoadResult load() {
        return CatalogLoader.load(root, displayRoot);
    }
}
