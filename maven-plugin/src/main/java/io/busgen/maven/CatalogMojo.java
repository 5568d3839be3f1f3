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
import java.nio.file.InvalidPathException;
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
 * What every busgen goal shares: which catalogue to read, and loading it with the same one-line problems as the CLI.
 *
 * <p>The catalogue is the one named by {@code <catalog>} (a folder, or {@code bundled:infrahub} for the catalogue
 * bundled with the plugin) or {@code <catalogArtifact>} (a catalogue in a schemas jar); with neither, the project's
 * {@value #DEFAULT_FOLDER}, as protobuf builds read {@code src/main/proto}. A project with none of these fails with the
 * ways to name one: a goal never falls back to a catalogue the project did not ask for. Every goal logs the catalogue
 * it read, and how it was chosen.
 */
abstract class CatalogMojo extends AbstractMojo {

    /**
     * Where a project's catalogue is read from when it names none, relative to the project: a folder named after the
     * tool that reads it, beside {@code src/main/java}, as {@code src/main/proto} and {@code src/main/avro} are.
     */
    static final String DEFAULT_FOLDER = "src/main/busgen";

    /** The file at the root of every catalogue. */
    static final String CATALOG_FILE = "catalog.json";

    /** How {@code <catalog>} names a catalogue bundled with the plugin: as busgen's messages name it. */
    static final String BUNDLED = BundledCatalogs.displayName("");

    /**
     * The catalogue: a folder holding catalog.json (relative to the project, or absolute), or {@code bundled:infrahub}
     * for the Infrahub catalogue bundled with the plugin. Default: the project's {@code src/main/busgen}. Set it in
     * the plugin's {@code <configuration>}, not an execution's, so that goals run by hand read it too.
     */
    @Parameter(property = "busgen.catalog")
    String catalog;

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

    /**
     * A catalogue to read.
     *
     * @param root the folder holding catalog.json (inside its jar for a bundled catalogue or a schemas jar)
     * @param display how messages name it: relative to the project when it is inside it, {@code bundled:infrahub},
     *     or {@code jar!/busgen/catalogs/name}
     * @param chosenBy what chose it, for the log: {@code <catalog>}, {@code <catalogArtifact>}, {@code <baseline>},
     *     ... or {@code the default folder}
     */
    record CatalogRoot(Path root, String display, String chosenBy) {}

    /** The catalogue the goal reads: see the class comment. */
    CatalogRoot catalogRoot() throws MojoExecutionException {
        if (catalog != null && catalogArtifact != null) {
            throw new MojoExecutionException("set either <catalog> or <catalogArtifact>, not both");
        }
        if (catalog != null) {
            return catalog.startsWith(BUNDLED) ? bundled(catalog.substring(BUNDLED.length()))
                    : fromFolder("catalog", inProject("catalog", catalog));
        }
        if (catalogArtifact != null) {
            return fromArtifact("catalogArtifact", catalogArtifact);
        }
        return fromDefaultFolder();
    }

    private CatalogRoot bundled(String name) throws MojoExecutionException {
        Path root = BundledCatalogs.find(name, getClass().getClassLoader()).orElseThrow(
                () -> new MojoExecutionException("<catalog> " + BUNDLED + name + ": the plugin bundles no catalogue '"
                        + name + "'; the bundled catalogue is " + BundledCatalogs.displayName(BundledCatalogs.DEFAULT)));
        return new CatalogRoot(root, BundledCatalogs.displayName(name), "<catalog>");
    }

    private CatalogRoot fromDefaultFolder() throws MojoExecutionException {
        File folder = new File(project.getBasedir(), DEFAULT_FOLDER);
        if (new File(folder, CATALOG_FILE).isFile()) {
            return new CatalogRoot(folder.toPath(), DEFAULT_FOLDER, "the default folder");
        }
        String nameIt = "name the catalogue in the plugin's <configuration> (not an execution's, so that goals run"
                + " by hand read it too): <catalog>path/to/folder</catalog>, <catalog>"
                + BundledCatalogs.displayName(BundledCatalogs.DEFAULT) + "</catalog> for the Infrahub catalogue"
                + " bundled with the plugin, or <catalogArtifact>groupId:artifactId</catalogArtifact> for one in a"
                + " schemas jar";
        if (folder.isDirectory()) {
            throw new MojoExecutionException(DEFAULT_FOLDER + " holds no " + CATALOG_FILE + ": busgen"
                    + " reads the catalogue there when the build names none; add " + CATALOG_FILE
                    + " (with messages/, responses/ and defs/ beside it), or " + nameIt);
        }
        throw new MojoExecutionException("no catalogue: put the project's catalogue in " + DEFAULT_FOLDER
                + " (catalog.json, messages/, responses/, defs/), or " + nameIt);
    }

    /** A path the build gave in {@code parameter}, relative to the project unless absolute. */
    private File inProject(String parameter, String path) throws MojoExecutionException {
        try {
            return project.getBasedir().toPath().resolve(Path.of(path)).normalize().toFile();
        } catch (InvalidPathException e) {
            throw new MojoExecutionException("<" + parameter + "> " + path + ": not a valid path (" + e.getReason()
                    + "): point it at the folder that holds catalog.json");
        }
    }

    /** A catalogue folder named by {@code parameter}, shown relative to the project when it is inside it. */
    CatalogRoot fromFolder(String parameter, File folder) throws MojoExecutionException {
        if (!folder.isDirectory()) {
            throw new MojoExecutionException("<" + parameter + "> " + folder + " is not a folder: point it at the"
                    + " folder that holds catalog.json" + ("catalog".equals(parameter) ? ", or write "
                    + BundledCatalogs.displayName(BundledCatalogs.DEFAULT) + " for the catalogue bundled with the"
                    + " plugin" : ""));
        }
        return new CatalogRoot(folder.toPath(), display(folder), "<" + parameter + ">");
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
        return new CatalogRoot(catalogs.resolve(name), jar.getName() + "!/busgen/catalogs/" + name,
                "<" + parameter + ">");
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

    /**
     * The catalogue of a load, or the failure that lists its problems. A sound catalogue is logged, with how it was
     * chosen and its size ({@code busgen: catalogue src/main/busgen (the default folder): 2 messages, ...}), then its
     * warnings and information.
     */
    Catalog sound(CatalogRoot root, LoadResult result) throws MojoFailureException {
        if (result.ok()) {
            Catalog catalog = result.orThrow();
            getLog().info("busgen: catalogue " + root.display() + " (" + root.chosenBy() + "): "
                    + count(catalog.messages().size(), "message") + ", "
                    + count(catalog.responses().size(), "response") + ", " + count(catalog.types().size(), "type"));
        }
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
