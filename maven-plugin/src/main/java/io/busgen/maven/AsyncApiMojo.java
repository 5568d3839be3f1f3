package io.busgen.maven;

import io.busgen.generator.asyncapi.AsyncApiExport;
import io.busgen.generator.asyncapi.DocumentFormat;
import io.busgen.generator.emit.GeneratedFiles;
import io.busgen.generator.source.Problem;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.eclipse.aether.RepositorySystem;

/**
 * Writes the catalogue as an AsyncAPI 3.0.0 document (docs/asyncapi.md), as {@code busgen asyncapi} does; the file
 * is rewritten only when its bytes change.
 */
@Mojo(name = "asyncapi", threadSafe = true, defaultPhase = LifecyclePhase.GENERATE_RESOURCES,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public final class AsyncApiMojo extends CatalogMojo {

    /** The document to write. */
    @Parameter(property = "busgen.asyncapiFile", defaultValue = "${project.build.directory}/asyncapi/asyncapi.yaml")
    File asyncapiFile;

    /** {@code yaml} or {@code json}. */
    @Parameter(property = "busgen.asyncapiFormat", defaultValue = "yaml")
    String asyncapiFormat;

    @Inject
    public AsyncApiMojo(RepositorySystem repositorySystem) {
        super(repositorySystem);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            logSkipped("asyncapi");
            return;
        }
        DocumentFormat format = switch (asyncapiFormat.toLowerCase(Locale.ROOT)) {
            case "yaml", "yml" -> DocumentFormat.YAML;
            case "json" -> DocumentFormat.JSON;
            default -> throw new MojoExecutionException("<asyncapiFormat> " + asyncapiFormat + " is not a format:"
                    + " use yaml or json");
        };
        CatalogRoot root = catalogRoot();
        load(root);
        AsyncApiExport.Result result = AsyncApiExport.export(root.root(), root.display());
        if (result.document() == null) {
            result.problems().stream().map(Problem::format).forEach(getLog()::error);
            throw new MojoFailureException("cannot export " + root.display() + " (listed above)");
        }
        byte[] bytes = format.write(result.document()).getBytes(StandardCharsets.UTF_8);
        Path file = asyncapiFile.toPath();
        String shown = display(asyncapiFile);
        try {
            if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                getLog().info("busgen: " + shown + " unchanged");
                return;
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            GeneratedFiles.writeAtomically(file, bytes);
            getLog().info("busgen: " + shown + " written (AsyncAPI 3.0.0)");
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
