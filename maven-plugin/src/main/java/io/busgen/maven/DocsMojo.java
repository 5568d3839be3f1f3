package io.busgen.maven;

import io.busgen.generator.GenerationRun;
import io.busgen.generator.emit.GeneratedFiles;
import io.busgen.generator.emit.docs.DocsStyle;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
 * stale instead (for pull requests). A file that is there already is replaced only when it is a page of the same
 * catalogue ({@link ExistingPage}): never by another catalogue's page.
 */
@Mojo(name = "docs", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class DocsMojo extends CatalogMojo {

    /** {@code catalog} (a page for teams) or {@code infrahub} (the Infrahub page). */
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
        String shown = display(docsFile);
        try {
            String existing = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (page.equals(existing)) {
                getLog().info("busgen: " + shown + (check ? " is up to date" : " unchanged"));
                return;
            }
            Optional<String> notOurs = existing == null ? Optional.empty()
                    : ExistingPage.whyNotReplaceable(existing, page);
            if (notOurs.isPresent()) {
                throw new MojoFailureException(shown + " is not the page of the catalogue " + root.display() + ": "
                        + notOurs.get() + ". busgen:docs replaces only a page of the same catalogue, so it is left as"
                        + " it is: write this page to another file with <docsFile> (-Dbusgen.docsFile=...), name the"
                        + " catalogue the page documents with <catalog>, or delete the file if it may go");
            }
            if (check) {
                throw new MojoFailureException(shown + (existing != null ? " is stale" : " is missing")
                        + ": regenerate it with mvn busgen:docs -Dbusgen.style=" + style);
            }
            GeneratedFiles.writeAtomically(file, page.getBytes(StandardCharsets.UTF_8));
            getLog().info("busgen: " + shown + " written");
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
