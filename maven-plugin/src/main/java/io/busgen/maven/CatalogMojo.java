package io.busgen.maven;

import io.busgen.generator.load.BundledCatalogs;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.source.Problem;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * What every busgen goal shares: which catalogue to read (a folder, a catalogue in a schemas jar, or the bundled
 * Infrahub catalogue), and loading it with the same one-line problems as the CLI.
 */
abstract class CatalogMojo extends AbstractMojo {

    /** The catalogue folder (holding catalog.json). */
    @Parameter(property = "busgen.catalog")
    File catalog;

    /**
     * A catalogue in a schemas jar, laid out as {@code busgen/catalogs/<name>/}: {@code groupId:artifactId[:version][:name]}.
     * Without a version the jar is taken from the project's dependencies; with one it is resolved from the
     * project's repositories. {@code name} is needed only when the jar holds several catalogues.
     */
    @Parameter(property = "busgen.catalogArtifact")
    String catalogArtifact;

    /** Skips the goal. */
    @Parameter(property = "busgen.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    RepositorySystemSession repositorySession;

    private final RepositorySystem repositorySystem;

    CatalogMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    /** The catalogue folder to read and how messages name it. */
    record CatalogRoot(Path root, String display) {}

    CatalogRoot catalogRoot() throws MojoExecutionException {
        if (catalog != null && catalogArtifact != null) {
            throw new MojoExecutionException("set either <catalog> or <catalogArtifact>, not both");
        }
        if (catalog != null) {
            return fromFolder("catalog", catalog);
        }
        if (catalogArtifact != null) {
            return fromArtifact("catalogArtifact", catalogArtifact);
        }
        Path bundled = BundledCatalogs.find(BundledCatalogs.DEFAULT, getClass().getClassLoader()).orElseThrow(
                () -> new MojoExecutionException("the bundled catalogue is missing from the plugin's class path"));
        return new CatalogRoot(bundled, BundledCatalogs.displayName(BundledCatalogs.DEFAULT));
    }

    /** A catalogue folder named by {@code parameter}, shown relative to the project when it is inside it. */
    CatalogRoot fromFolder(String parameter, File folder) throws MojoExecutionException {
        if (!folder.isDirectory()) {
            throw new MojoExecutionException("<" + parameter + "> " + folder + " is not a folder: point it at the"
                    + " folder that holds catalog.json");
        }
        return new CatalogRoot(folder.toPath(), display(folder));
    }

    /** How messages name a file or folder: relative to the project when it is inside it. */
    String display(File file) {
        Path base = project.getBasedir().toPath();
        Path path = file.toPath();
        return path.startsWith(base) ? base.relativize(path).toString().replace('\\', '/') : path.toString();
    }

    /**
     * The catalogue in a schemas jar named by {@code coordinates}, {@code groupId:artifactId[:version][:name]}.
     *
     * @param parameter the parameter that named it, for messages
     */
    CatalogRoot fromArtifact(String parameter, String coordinates) throws MojoExecutionException {
        String[] parts = coordinates.split(":", -1);
        if (parts.length < 2 || parts.length > 4 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new MojoExecutionException("<" + parameter + "> " + coordinates + " must be"
                    + " groupId:artifactId[:version][:name]");
        }
        String version = parts.length > 2 && !parts[2].isEmpty() ? parts[2] : null;
        String name = parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null;
        File jar = version == null ? fromDependencies(parameter, parts[0], parts[1])
                : resolve(parts[0], parts[1], version);
        Path catalogs = openJar(jar).getPath("/busgen/catalogs");
        if (!Files.isDirectory(catalogs)) {
            throw new MojoExecutionException(jar.getName() + " holds no catalogue: a schemas jar lays them out as"
                    + " busgen/catalogs/<name>/catalog.json");
        }
        List<String> names;
        try (Stream<Path> entries = Files.list(catalogs)) {
            names = entries.filter(p -> Files.isRegularFile(p.resolve("catalog.json")))
                    .map(p -> p.getFileName().toString().replace("/", "")).sorted().toList();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + jar, e);
        }
        if (name == null) {
            if (names.size() != 1) {
                throw new MojoExecutionException(jar.getName() + " holds " + names.size() + " catalogues " + names
                        + ": name one in <" + parameter + "> as groupId:artifactId:version:name");
            }
            name = names.get(0);
        } else if (!names.contains(name)) {
            throw new MojoExecutionException(jar.getName() + " has no catalogue '" + name + "'; it holds " + names);
        }
        return new CatalogRoot(catalogs.resolve(name), jar.getName() + "!/busgen/catalogs/" + name);
    }

    private File fromDependencies(String parameter, String groupId, String artifactId)
            throws MojoExecutionException {
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getGroupId().equals(groupId) && artifact.getArtifactId().equals(artifactId)
                    && artifact.getFile() != null) {
                return artifact.getFile();
            }
        }
        throw new MojoExecutionException(groupId + ":" + artifactId + " is not among the project's dependencies:"
                + " add it as a dependency, or give its version in <" + parameter + ">");
    }

    private File resolve(String groupId, String artifactId, String version) throws MojoExecutionException {
        try {
            return repositorySystem.resolveArtifact(repositorySession, new ArtifactRequest(
                    new DefaultArtifact(groupId, artifactId, "jar", version), project.getRemoteProjectRepositories(),
                    null)).getArtifact().getFile();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("cannot resolve " + groupId + ":" + artifactId + ":" + version + ": "
                    + e.getMessage(), e);
        }
    }

    private static FileSystem openJar(File jar) throws MojoExecutionException {
        URI uri = URI.create("jar:" + jar.toURI());
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException open) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot open " + jar + " as a jar: " + e.getMessage(), e);
        }
    }

    /** {@code 1 file}, {@code 2 files}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Logs that the goal was skipped. */
    void logSkipped(String goal) {
        getLog().info("busgen:" + goal + " skipped");
    }

    /**
     * Loads the catalogue; its errors fail the build, one line each, as the CLI prints them; its warnings and
     * information are logged at warn and info level.
     */
    Catalog load(CatalogRoot root) throws MojoFailureException {
        return sound(root, CatalogLoader.load(root.root(), root.display()));
    }

    /** The catalogue of a load, or the failure that lists its problems; warnings and information are logged. */
    Catalog sound(CatalogRoot root, LoadResult result) throws MojoFailureException {
        for (Problem advice : result.advice()) {
            if (advice.level() == Problem.Level.WARNING) {
                getLog().warn(advice.format());
            } else {
                getLog().info(advice.format());
            }
        }
        if (!result.ok()) {
            // The failure's message carries every problem, one line each; Maven prints it once.
            throw new MojoFailureException(count(result.problems().size(), "problem") + " in the catalogue "
                    + root.display() + ":\n" + String.join("\n", result.problems().stream().map(Problem::format)
                            .toList()));
        }
        return result.orThrow();
    }
}
