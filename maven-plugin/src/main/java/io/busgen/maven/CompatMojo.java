package io.busgen.maven;

import io.busgen.generator.diff.AcceptFile;
import io.busgen.generator.diff.AcceptedFinding;
import io.busgen.generator.diff.CatalogDiff;
import io.busgen.generator.diff.DiffReport;
import io.busgen.generator.diff.FailOn;
import io.busgen.generator.diff.Finding;
import io.busgen.generator.diff.Level;
import io.busgen.generator.diff.TextReport;
import io.busgen.generator.load.InsideFolder;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.source.Problem;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.eclipse.aether.RepositorySystem;

/**
 * Compares the project's catalogue with a baseline (a folder, or a released schemas jar) and fails the build on the
 * changes that reach {@code failOn}, with every finding in the log: the rules of {@code busgen diff}.
 */
@Mojo(name = "compat", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public final class CompatMojo extends CatalogMojo {

    /** The old version, as a catalogue folder. */
    @Parameter(property = "busgen.compat.baseline")
    File baseline;

    /**
     * The old version, as a catalogue in a released schemas jar: {@code groupId:artifactId:version[:name]}, resolved
     * from the project's repositories (or, without a version, taken from the project's dependencies).
     */
    @Parameter(property = "busgen.compat.baselineArtifact")
    String baselineArtifact;

    /**
     * The level from which a finding that is not accepted fails the build: {@code breaking}, {@code warning} or
     * {@code never}.
     */
    @Parameter(property = "busgen.compat.failOn", defaultValue = "breaking")
    String failOn;

    /** An accept file: findings the team has agreed to, each with a reason (see docs/compatibility-rules.md). */
    @Parameter(property = "busgen.compat.accept")
    File accept;

    @Inject
    public CompatMojo(RepositorySystem repositorySystem) {
        super(repositorySystem);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            logSkipped("compat");
            return;
        }
        FailOn threshold = FailOn.fromLabel(failOn).orElseThrow(() -> new MojoExecutionException("<failOn> "
                + failOn + ": choose one of " + String.join(", ", Arrays.stream(FailOn.values()).map(FailOn::label)
                .toList())));
        if (baseline != null && baselineArtifact != null) {
            throw new MojoExecutionException("set either <baseline> (busgen.compat.baseline) or <baselineArtifact>"
                    + " (busgen.compat.baselineArtifact), not both: both are set now, perhaps one in the POM and one"
                    + " with -D");
        }
        if (baseline == null && baselineArtifact == null) {
            throw new MojoExecutionException("set the version to compare with: either <baseline> (a catalogue"
                    + " folder; -Dbusgen.compat.baseline) or <baselineArtifact> (groupId:artifactId:version[:name] of a"
                    + " released schemas jar; -Dbusgen.compat.baselineArtifact)");
        }
        List<AcceptedFinding> accepted = accept == null ? List.of() : readAcceptFile();
        CatalogRoot baseRoot = baseline != null ? fromFolder("baseline", baseline)
                : fromArtifact("baselineArtifact", baselineArtifact);
        CatalogRoot headRoot = catalogRoot();
        Catalog base = load(baseRoot);
        Catalog head = load(headRoot);
        DiffReport report = new DiffReport(baseRoot.display(), headRoot.display(), CatalogDiff.compare(base, head),
                accepted);
        for (Finding finding : report.byLevel()) {
            boolean failing = threshold.failsAt(finding.level()) && report.acceptance(finding).isEmpty();
            for (String line : TextReport.lines(report, finding)) {
                if (failing) {
                    getLog().error(line);
                } else if (finding.level() == Level.INFO || report.acceptance(finding).isPresent()) {
                    getLog().info(line);
                } else {
                    getLog().warn(line);
                }
            }
        }
        TextReport.unusedAcceptanceNotes(report).forEach(getLog()::warn);
        getLog().info("busgen: " + report.summary() + " from " + report.base() + " to " + report.head());
        List<Finding> failing = report.failing(threshold);
        if (!failing.isEmpty()) {
            throw new MojoFailureException(count(failing.size(), "finding") + " at failOn " + threshold.label()
                    + " or worse, not accepted (listed above): make the change compatible, or accept it with a"
                    + " reason in the accept file (<accept>; 'busgen diff --base ... --head ... --write-accept FILE'"
                    + " drafts its entries)");
        }
    }

    private List<AcceptedFinding> readAcceptFile() throws MojoExecutionException, MojoFailureException {
        String text;
        try {
            if (InsideFolder.realPathInOwnFolder(accept.toPath()).isEmpty()) {
                throw new MojoFailureException("<accept> " + accept + ": a symbolic link that leads outside its folder:"
                        + " busgen reads an accept file only inside the folder that holds it, so that a link in a pull"
                        + " request cannot make it read other files; name the file itself");
            }
            if (!Files.exists(accept.toPath())) {
                throw new MojoExecutionException("<accept> " + accept + ": no such file; create it with"
                        + " {\"accepted\": []}, or draft it with 'busgen diff --base ... --head ... --write-accept"
                        + " FILE' (docs/compatibility-rules.md, \"Accepting findings\")");
            }
            text = Files.readString(accept.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("<accept> " + accept + ": cannot read the file (" + e.getMessage()
                    + ")", e);
        }
        AcceptFile.Result result = AcceptFile.read(display(accept), text);
        if (!result.ok()) {
            throw new MojoFailureException(count(result.problems().size(), "problem") + " in the accept file:\n"
                    + String.join("\n", result.problems().stream().map(Problem::format).toList()));
        }
        return result.accepted();
    }
}
