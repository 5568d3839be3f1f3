package io.busgen.cli;

import io.busgen.generator.source.MessageText;
import io.busgen.generator.diff.AcceptFile;
import io.busgen.generator.diff.AcceptFileDraft;
import io.busgen.generator.diff.AcceptedFinding;
import io.busgen.generator.diff.CatalogDiff;
import io.busgen.generator.diff.DiffReport;
import io.busgen.generator.diff.FailOn;
import io.busgen.generator.diff.Finding;
import io.busgen.generator.diff.ReportFormat;
import io.busgen.generator.diff.TextReport;
import io.busgen.generator.load.InsideFolder;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.source.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code busgen diff}: compares two versions of a catalogue through the model and reports every change with its effect
 * on producers and consumers; fails on the changes that reach {@code --fail-on} and are not accepted.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Compare two versions of a catalogue and report what changed and whom it breaks: producers built"
                    + " against the old schema sending to new consumers, and consumers built against the old schema"
                    + " reading what new producers send.",
            "The rules and their reasoning: docs/compatibility-rules.md."},
        footer = {"", "Exits " + ExitCodes.OK + " when no finding reaches --fail-on (accepted ones do not count), "
                + ExitCodes.FINDINGS + " when one does, " + ExitCodes.ERROR + " on a usage error or when a version"
                + " cannot be read or has lint problems.",
            "", "Example, in CI:", "  busgen diff --base git:origin/main:schemas/infrahub \\",
            "      --head schemas/infrahub --format markdown"})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Option(names = "--base", required = true, paramLabel = "DIR|git:REF:PATH",
            description = "The old version: a catalogue folder, or git:REF:PATH for the folder PATH (relative to"
                    + " the repository's top folder) as it is in revision REF of the repository (read with the git"
                    + " command, nothing in the work tree changes).")
    private String base;

    @Option(names = "--head", required = true, paramLabel = "DIR|git:REF:PATH",
            description = "The new version, named like --base; usually the catalogue folder of the work tree.")
    private String head;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = Completions.DiffFormats.class,
            description = "text (for terminals), markdown (a pull-request comment: a summary line, then a table),"
                    + " json (for tools) or github (workflow annotations). Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "breaking",
            completionCandidates = Completions.FailOnLevels.class,
            description = "Exit " + ExitCodes.FINDINGS + " when a finding that is not accepted reaches this level:"
                    + " breaking, warning or never. Default: ${DEFAULT-VALUE}.")
    private String failOn;

    @Option(names = "--accept", paramLabel = "FILE",
            description = "A JSON file of findings the team has agreed to, each named as reports print it, with a"
                    + " reason: {\"accepted\": [{\"finding\": \"RULE message routing.key #/pointer\", \"reason\":"
                    + " \"why\"}]}; they are shown but do not fail the run. - reads standard input.")
    private @Nullable String accept;

    @Option(names = "--write-accept", paramLabel = "FILE",
            description = "Write an accept file for this diff to FILE: the --accept entries that still match, then"
                    + " one entry with an empty reason for each finding that fails the run. Write each reason in,"
                    + " then pass the file with --accept (an empty reason is refused).")
    private @Nullable String writeAccept;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The git repository git: versions are read from. Default: the current directory.")
    private String repository;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ReportFormat reportFormat = ReportFormat.fromLabel(format).orElseThrow(() -> usage("--format " + format
                + ": choose one of " + labels(Arrays.stream(ReportFormat.values()).map(ReportFormat::label))));
        FailOn threshold = FailOn.fromLabel(failOn).orElseThrow(() -> usage("--fail-on " + failOn
                + ": choose one of " + labels(Arrays.stream(FailOn.values()).map(FailOn::label))));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<AcceptedFinding> accepted = accept == null ? List.of() : readAcceptFile(accept, main.stdin(), err);
        Version old = load("--base", base, err);
        Version now = load("--head", head, err);
        DiffReport report = new DiffReport(old.display(), now.display(), CatalogDiff.compare(old.catalog(),
                now.catalog()), accepted);
        out.print(reportFormat.render(report));
        out.flush();
        if (writeAccept != null) {
            writeAcceptFile(writeAccept, AcceptFileDraft.of(report, threshold), err);
        }
        if (reportFormat != ReportFormat.TEXT) {
            TextReport.unusedAcceptanceNotes(report).forEach(err::println);
            if (reportFormat != ReportFormat.JSON) {
                err.println(report.summary());
            }
        }
        List<Finding> failing = report.failing(threshold);
        if (failing.isEmpty()) {
            return ExitCodes.OK;
        }
        err.println("busgen diff: " + MessageText.count(failing.size(), "finding") + " at --fail-on "
                + threshold.label() + " or worse, not accepted: make the change compatible, or accept it with a"
                + " reason in an accept file (--accept FILE; --write-accept FILE drafts one)");
        return ExitCodes.FINDINGS;
    }

    /** Loads one version; a git revision is read into a temporary folder, deleted once the model is built. */
    /** One version of the catalogue, and how reports name it: the folder as typed, or {@code REF:PATH}. */
    private record Version(Catalog catalog, String display) {}

    private Version load(String option, String typed, PrintWriter err) {
        var gitSpec = GitRevision.parse(option, typed);
        CatalogSource source;
        if (gitSpec.isPresent()) {
            try (GitRevision revision = GitRevision.read(option, gitSpec.get(), Path.of(repository))) {
                source = new CatalogSource(revision.folder(), gitSpec.get().display(), false);
                return new Version(source.loadSound(err), source.displayRoot());
            }
        }
        source = CatalogOption.folder(option, typed);
        return new Version(source.loadSound(err), source.displayRoot());
    }

    private static List<AcceptedFinding> readAcceptFile(String file, java.io.InputStream stdin, PrintWriter err) {
        if (!file.equals("-") && java.nio.file.Files.isDirectory(Path.of(file))) {
            throw new CliException("--accept " + file + ": a directory, not a file; name the accept file (JSON, see"
                    + " docs/compatibility-rules.md), or - for standard input");
        }
        refuseLinkLeavingItsFolder("--accept", file);
        InputFile input = InputFile.readAll(List.of(file), stdin).get(0);
        AcceptFile.Result result = AcceptFile.read(file, new String(input.bytes(), StandardCharsets.UTF_8));
        if (!result.ok()) {
            for (Problem problem : result.problems()) {
                err.println(problem.format());
            }
            err.flush();
            throw new CliException(MessageText.count(result.problems().size(), "problem") + " in the accept file "
                    + file + " (listed above)");
        }
        return result.accepted();
    }

    /**
     * Stops the run when the accept file is a symbolic link out of its folder: it is committed with the catalogue, and
     * a link in a pull request could make busgen read, and quote, any file, or write over one.
     */
    private static void refuseLinkLeavingItsFolder(String option, String file) {
        if (file.equals("-")) {
            return;
        }
        try {
            if (InsideFolder.realPathInOwnFolder(Path.of(file)).isEmpty()) {
                String verb = option.equals("--accept") ? "read" : "write";
                throw new CliException(option + " " + file + ": a symbolic link that leads outside its folder: busgen"
                        + " " + verb + "s an accept file only inside the folder that holds it, so that a link in a"
                        + " pull request cannot make it " + verb + " other files; name the file itself");
            }
        } catch (IOException | java.nio.file.InvalidPathException unreadable) {
            // InputFile says what is wrong with it.
        }
    }

    /** Writes the draft accept file and says what is left to do. */
    private static void writeAcceptFile(String file, AcceptFileDraft draft, PrintWriter err) {
        if (file.equals("-") || java.nio.file.Files.isDirectory(Path.of(file))) {
            throw new CliException("--write-accept " + file + ": name the accept file to write (JSON, see"
                    + " docs/compatibility-rules.md)");
        }
        refuseLinkLeavingItsFolder("--write-accept", file);
        try {
            Path path = Path.of(file);
            if (java.nio.file.Files.isSymbolicLink(path) && !java.nio.file.Files.exists(path)) {
                throw new CliException("--write-accept " + file + ": a symbolic link to a file that does not exist:"
                        + " busgen writes an accept file only inside the folder that holds it; name the file itself");
            }
            java.nio.file.Files.writeString(path, draft.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("--write-accept " + file + ": cannot write the file (" + IoMessages.reason(e)
                    + "); name a file in a folder you can write to");
        } catch (java.nio.file.InvalidPathException e) {
            throw new CliException("--write-accept " + file + ": not a file name (" + e.getReason() + ")");
        }
        err.println("busgen diff: wrote " + file + ": " + draft.entries() + (draft.entries() == 1 ? " entry"
                : " entries") + (draft.toFill() == 0 ? ""
                : ", " + draft.toFill() + " with an empty \"reason\": write in why the team accepts each change,"
                        + " then pass the file with --accept " + file));
        err.flush();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static String labels(java.util.stream.Stream<String> labels) {
        return String.join(", ", labels.toList());
    }
}
