package io.busgen.generator.asyncapi;

import io.busgen.generator.load.BundledCatalogs;
import io.busgen.generator.load.CatalogLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The catalogues the AsyncAPI tests export: the bundled one, every test catalogue that lints clean, and the AsyncAPI
 * tests' own (a broker topology of its own).
 */
final class AsyncApiCatalogues {

    record Named(String name, Path root) {
        @Override
        public String toString() {
            return name;
        }
    }

    private AsyncApiCatalogues() {}

    static List<Named> all() {
        List<Named> all = new ArrayList<>();
        all.add(new Named("infrahub", BundledCatalogs.find("infrahub").orElseThrow()));
        try {
            Path catalogs = Path.of(AsyncApiCatalogues.class.getResource("/catalogs").toURI());
            try (Stream<Path> folders = Files.list(catalogs)) {
                folders.sorted().filter(f -> CatalogLoader.load(f, f.getFileName().toString()).ok())
                        .forEach(f -> all.add(new Named(f.getFileName().toString(), f)));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.add(brokerTopology());
        // the catalogues of the other modules, read in place
        for (String other : List.of("../cli/src/test/resources/catalogs/shop", "../cli/src/main/resources/io/busgen/cli/init",
                "../examples/own-catalogue/src/main/busgen")) {
            Path folder = Path.of(other);
            if (Files.isRegularFile(folder.resolve("catalog.json"))) {
                all.add(new Named(other.replace("../", "").replace('/', '_'), folder));
            }
        }
        return all;
    }

    /** A catalogue with its own {@code broker}: a namespace, and keys that are work, broadcast, both and neither. */
    static Named brokerTopology() {
        try {
            return new Named("broker-topology",
                    Path.of(AsyncApiCatalogues.class.getResource("/asyncapi/export/broker-topology").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
