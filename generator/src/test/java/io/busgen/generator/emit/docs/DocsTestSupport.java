package io.busgen.generator.emit.docs;

import io.busgen.generator.load.BundledCatalogs;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.model.Catalog;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Loading the catalogues the docs tests render, and finding the read-only reference folder. */
final class DocsTestSupport {

    private DocsTestSupport() {}

    static Catalog infrahub() {
        return CatalogLoader.load(BundledCatalogs.find("infrahub").orElseThrow(), "bundled:infrahub").orThrow();
    }

    static Catalog kitchen() throws URISyntaxException {
        Path root = Path.of(DocsTestSupport.class.getResource("/catalogs/kitchen").toURI());
        return CatalogLoader.load(root, "kitchen").orThrow();
    }

    /** {@code ../shared}: the system property {@code busgen.shared}, else {@code ../../shared} from the module. */
    static Optional<Path> sharedFolder() {
        String configured = System.getProperty("busgen.shared");
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "..", "shared");
        return Files.isDirectory(folder) ? Optional.of(folder.toAbsolutePath().normalize()) : Optional.empty();
    }
}
