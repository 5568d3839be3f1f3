package io.busgen.maven;

import io.busgen.generator.GenerationRun;
import io.busgen.generator.emit.IncrementalOutput;
import io.busgen.generator.emit.OutputFolderException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.eclipse.aether.RepositorySystem;

/**
 * Generates the Java of a catalogue (records, codecs, validators, the catalogue class) and adds it to the
 * compilation. Incremental: when the catalogue, busgen and the options are those of the last run, nothing is
 * generated and no file is written; files of removed schemas are deleted; nothing outside the output directory is
 * touched (no symbolic link inside it is followed). Two builds writing into one directory take turns.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public final class GenerateMojo extends CatalogMojo {

    /** The package of the generated Java; default: the catalogue's javaPackage. */
    @Parameter(property = "busgen.packageName")
    String packageName;

    /** Where the Java goes; it is added as a compile source root. */
    @Parameter(property = "busgen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/busgen")
    File outputDirectory;

    @Inject
    public GenerateMojo(RepositorySystem repositorySystem) {
        super(repositorySystem);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            logSkipped("generate");
            return;
        }
        CatalogRoot root = catalogRoot();
        if (packageName != null) {
            java.util.Optional<String> problem = GenerationRun.packageProblem(packageName);
            if (problem.isPresent()) {
                throw new MojoExecutionException("<packageName> " + packageName + ": " + problem.get());
            }
        }
        GenerationRun run = new GenerationRun(root.root(), root.display(), packageName,
                Set.of(GenerationRun.Output.JAVA), "", "");
        GenerationRun.Result generation;
        try {
            generation = run.writeTo(outputDirectory.toPath(), IncrementalOutput.LOCK_PATIENCE,
                    notice -> getLog().info("busgen: " + notice));
        } catch (OutputFolderException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("cannot write into " + outputDirectory + ": " + e.getMessage(), e);
        }
        sound(root, generation.load());
        IncrementalOutput.Result result = generation.written();
        if (result.upToDate()) {
            getLog().info("busgen: " + root.display() + " is up to date: no file written (" + outputDirectory + ")");
        } else {
            getLog().info("busgen: " + root.display() + ": " + count(result.written(), "file") + " written, "
                    + result.unchanged() + " unchanged, " + result.deleted() + " deleted (" + outputDirectory + ")");
        }
        project.addCompileSourceRoot(outputDirectory.getPath());
    }
}
