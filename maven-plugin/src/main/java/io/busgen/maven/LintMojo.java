package io.busgen.maven;

import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.eclipse.aether.RepositorySystem;

/** Checks a catalogue against busgen's dialect; every problem fails the build, one line each. */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public final class LintMojo extends CatalogMojo {

    @Inject
    public LintMojo(RepositorySystem repositorySystem) {
        super(repositorySystem);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            logSkipped("lint");
            return;
        }
        CatalogRoot root = catalogRoot();
        load(root);
        getLog().info("busgen: " + root.display() + ": no problems");
    }
}
