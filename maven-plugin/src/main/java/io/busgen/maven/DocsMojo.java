package io.busgen.maven;

import io.busgen.generator.GenerationRun;
import io.busgen.generator.emit.GeneratedFiles;
import io.busgen.generator.emit.docs.DocsStyle;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.eclipse.aether.RepositorySystem;

/**
 * Writes a catalogue's Markdown page; with {@code check}, fails the build when the committed page is missing or
 * stale instead (for pull requests).
 */
@Mojo(name = "docs", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class DocsMojo extends CatalogMojo {

    /** {@code catalog} (a page for teams) or {@code infrahub} (the upstream page). */
    @Parameter(property = "busgen.style", defaultValue = "catalog")
    String style;

    /** The page. */
    @Parameter(property = "busgen.docsFile", defaultValue = "${project.basedir}/docs/catalog.md")
    File docsFile;

    /** Fail when the page differs from what would be written, rather than write it. */
    @Parameter(property = "busgen.check", defaultValue = "false")
    boolean check;

    @Inject
    public DocsMojo(RepositorySystem repositorySystem) {
        super(repositorySystem);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            logSkipped("docs");
            return;
        }
        DocsStyle docsStyle = DocsStyle.fromCliName(style).orElseThrow(() -> new MojoExecutionException(
                "<style> " + style + " is not a docs style: use catalog or infrahub"));
        CatalogRoot root = catalogRoot();
        GenerationRun.Output output = GenerationRun.Output.of(docsStyle);
        GenerationRun run = GenerationRun.of(root.root(), root.display(), null).withOutputs(Set.of(output));
        GenerationRun.Result result = run.generate();
        sound(root, result.load());
        String page = result.file(run.pagePath(output)).orElseThrow();
        Path file = docsFile.toPath();
        try {
            boolean fresh = Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(page);
            if (check) {
                if (!fresh) {
                    throw new MojoFailureException(file + (Files.exists(file) ? " is stale" : " is missing")
                            + ": regenerate it with mvn busgen:docs -Dbusgen.style=" + style);
                }
                getLog().info("busgen: " + file + " is up to date");
                return;
            }
            if (fresh) {
                getLog().info("busgen: " + file + " unchanged");
                return;
            }
            GeneratedFiles.writeAtomically(file, page.getBytes(StandardCharsets.UTF_8));
            getLog().info("busgen: " + file + " written");
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
