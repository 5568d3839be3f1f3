package io.busgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * A catalogue folder as it is in a git revision, named {@code git:REF:PATH} ({@code git:origin/main:schemas/infrahub}),
 * read through the {@code git} command into a temporary folder that {@link #close()} deletes. PATH is relative to
 * the repository's top folder, as in git's own {@code REF:PATH}; nothing in the repository or its work tree changes.
 */
final class GitRevision implements AutoCloseable {

    static final String PREFIX = "git:";

    /** What {@code git:REF:PATH} names. */
    record Spec(String ref, String path) {
        /** How messages name the folder: {@code REF:PATH}, which {@code git show} understands too. */
        String display() {
            return ref + ":" + path;
        }
    }

    private final Path folder;
    private final Spec spec;

    private GitRevision(Path folder, Spec spec) {
        this.folder = folder;
        this.spec = spec;
    }

    /**
     * The revision and folder {@code typed} names, when it starts with {@code git:}.
     *
     * @throws CliException when it starts with {@code git:} but lacks the revision or the path
     */
    static Optional<Spec> parse(String option, String typed) {
        if (!typed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = typed.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        String ref = colon < 0 ? rest : rest.substring(0, colon);
        String path = colon < 0 ? null : rest.substring(colon + 1);
        if (ref.isEmpty() || path == null) {
            throw new CliException(option + " " + typed + ": write git:REF:PATH, a revision and the catalogue"
                    + " folder in it, relative to the repository's top folder (git:origin/main:schemas/infrahub)");
        }
        if (ref.startsWith("-")) {
            throw new CliException(option + " " + typed + ": the revision " + ref + " starts with '-', which git"
                    + " would read as an option; name a branch, tag or commit");
        }
        return Optional.of(new Spec(ref, normalize(path)));
    }

    /** The path without {@code ./} and trailing {@code /}; {@code .} for the repository's top folder. */
    private static String normalize(String path) {
        String normalized = path;
        while (normalized.startsWith("./")) {
            normalized = normalized.substring(2);
        }
        while (normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return normalized.isEmpty() ? "." : normalized;
    }

    /**
     * Reads the folder {@code spec} names from the repository around {@code repository}.
     *
     * @throws CliException when git is missing, the folder is not in a repository, the revision is unknown or has
     *     no such folder
     */
    static GitRevision read(String option, Spec spec, Path repository) {
        Git git = new Git(repository);
        git.run(option, "rev-parse", "--verify", "--quiet", spec.ref() + "^{commit}")
                .orElseThrow(() -> new CliException(option + " " + PREFIX + spec.display() + ": no revision "
                        + spec.ref() + " in the repository at " + repository.toAbsolutePath().normalize()
                        + "; name a branch, tag or commit (in CI, fetch it first: git fetch origin main)"));
        byte[] listing = git.run(option, "ls-tree", "-r", "-z", "--full-tree", spec.ref(), "--", spec.path())
                .orElseThrow(() -> new CliException(option + " " + PREFIX + spec.display() + ": git cannot list"
                        + " the folder"));
        List<String[]> blobs = new ArrayList<>();
        String prefix = spec.path().equals(".") ? "" : spec.path() + "/";
        List<String> links = new ArrayList<>();
        for (String entry : new String(listing, StandardCharsets.UTF_8).split("\0")) {
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] meta = entry.substring(0, tab).split(" ");
            String file = entry.substring(tab + 1);
            if (meta.length != 3 || !meta[1].equals("blob") || !file.startsWith(prefix)) {
                continue;
            }
            if (meta[0].equals("120000")) {
                links.add(file);
            } else {
                blobs.add(new String[] {meta[2], file.substring(prefix.length())});
            }
        }
        if (!links.isEmpty()) {
            throw new CliException(option + " " + PREFIX + spec.display() + ": " + String.join(", ", links)
                    + (links.size() == 1 ? " is a symbolic link" : " are symbolic links") + " in " + spec.ref()
                    + ", which busgen does not follow in a git revision; copy the file instead of linking it");
        }
        if (blobs.isEmpty()) {
            throw new CliException(option + " " + PREFIX + spec.display() + ": revision " + spec.ref()
                    + " has no folder " + spec.path() + " (the path is relative to the repository's top folder)");
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("busgen-" + spec.ref().replaceAll("[^A-Za-z0-9._-]", "_") + "-");
        } catch (IOException e) {
            throw new CliException("cannot make a temporary folder for " + PREFIX + spec.display() + " ("
                    + IoMessages.reason(e) + ")");
        }
        GitRevision revision = new GitRevision(folder, spec);
        try {
            for (String[] blob : blobs) {
                Path target = folder.resolve(blob[1]).normalize();
                if (!target.startsWith(folder) || target.equals(folder)) {
                    throw new CliException(option + " " + PREFIX + spec.display() + ": " + spec.path() + "/"
                            + blob[1] + " in " + spec.ref() + " would leave the folder; busgen reads only the files"
                            + " inside it: fix the tree, or name another revision");
                }
                byte[] content = git.run(option, "cat-file", "blob", blob[0]).orElseThrow(() -> new CliException(
                        option + " " + PREFIX + spec.display() + ": git cannot read " + spec.path() + "/" + blob[1]));
                Files.createDirectories(target.getParent());
                Files.write(target, content);
            }
        } catch (IOException | RuntimeException e) {
            revision.close();
            if (e instanceof IOException io) {
                throw new CliException("cannot write the temporary copy of " + PREFIX + spec.display() + " ("
                        + IoMessages.describe(io) + ")");
            }
            throw (RuntimeException) e;
        }
        return revision;
    }

    Path folder() {
        return folder;
    }

    Spec spec() {
        return spec;
    }

    /** Deletes the temporary copy. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary copy " + folder, e);
        }
    }

    /** The {@code git} command, run in one repository. */
    private record Git(Path repository) {

        private static byte[] readAll(Process process) {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        }

        /** The command's output when it succeeds; empty when it fails as git commands do (an unknown ref). */
        Optional<byte[]> run(String option, String... arguments) {
            List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
            command.addAll(List.of(arguments));
            Process process;
            try {
                process = new ProcessBuilder(command).start();
            } catch (IOException e) {
                throw new CliException(option + ": cannot run git (" + IoMessages.reason(e) + "); a " + PREFIX
                        + " revision is read with the git command: install git, or name a folder instead");
            }
            try {
                process.getOutputStream().close();
                // Read on another thread, so that git never waits on a full pipe we are not reading.
                CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process));
                byte[] output = process.getInputStream().readAllBytes();
                int exit = process.waitFor();
                if (exit == 128) {
                    String reason = new String(errors.join(), StandardCharsets.UTF_8).strip().lines().findFirst()
                            .orElse("git exited with status 128");
                    throw new CliException(option + ": git cannot read the repository at "
                            + repository.toAbsolutePath().normalize() + " (" + reason + "); run busgen inside the"
                            + " repository, or name it with --repo DIR");
                }
                return exit == 0 ? Optional.of(output) : Optional.empty();
            } catch (IOException e) {
                throw new CliException(option + ": cannot read what git printed (" + IoMessages.reason(e) + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliException(option + ": interrupted while git ran");
            }
        }
    }
}
