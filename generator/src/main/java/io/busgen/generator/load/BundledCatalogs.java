package io.busgen.generator.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds catalogues packaged on the class path, as a schemas jar lays them out: {@code busgen/catalogs/<name>/} with
 * {@code catalog.json} at that root. The bundled Infrahub catalogue ships in {@code busgen-schemas} this way.
 */
public final class BundledCatalogs {

    /** The catalogue busgen uses when none is named. */
    public static final String DEFAULT = "infrahub";

    private static final String PREFIX = "busgen/catalogs/";

    private BundledCatalogs() {}

    /** The folder of the named catalogue, readable as a {@link Path} (inside its jar when it is packaged). */
    public static Optional<Path> find(String name, ClassLoader classLoader) {
        URL url = classLoader.getResource(PREFIX + name + "/" + CatalogLoader.CATALOG_FILE);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            Path catalogFile = "jar".equals(uri.getScheme()) ? pathInJar(uri) : Path.of(uri);
            return Optional.of(catalogFile.getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unreadable class path location " + url, e);
        }
    }

    public static Optional<Path> find(String name) {
        return find(name, BundledCatalogs.class.getClassLoader());
    }

    /** How problems in a bundled catalogue name its folder. */
    public static String displayName(String name) {
        return "bundled:" + name;
    }

    private static Path pathInJar(URI uri) {
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            jar = FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + uri, e);
        }
        String spec = uri.getSchemeSpecificPart();
        return jar.getPath(spec.substring(spec.indexOf("!/") + 1));
    }
}
