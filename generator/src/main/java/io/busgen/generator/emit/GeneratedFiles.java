package io.busgen.generator.emit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes generated files into an output directory, leaving files whose content is unchanged untouched, and never
 * leaving the directory: no symbolic link inside it is followed (see {@link OutputFolder}).
 */
public final class GeneratedFiles {

    /** What a write did. */
    public record WriteSummary(int written, int unchanged) {}

    private GeneratedFiles() {}

    /**
     * Writes each file under {@code directory}, creating folders as needed; a file whose bytes are already there is
     * not written again (its timestamp stays), so that incremental builds see no change.
     *
     * @throws OutputFolderException when a symbolic link inside the directory is on the way to a file, or a file's
     *     path would leave the directory
     */
    public static WriteSummary write(Path directory, List<GeneratedFile> files) throws IOException {
        return write(OutputFolder.open(directory), files);
    }

    /**
     * Writes {@code bytes} as {@code file}, whole or not at all: into a temporary file of a unique name beside it,
     * created only where nothing (not even a link) is, then renamed over {@code file}. A link at {@code file} is
     * replaced, not followed; the folders above it are taken as named.
     */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            throw new IOException(file + ": not a file name");
        }
        Files.createDirectories(folder);
        OutputFolder.replace(folder, folder.resolve(file.getFileName()), bytes);
    }

    static WriteSummary write(OutputFolder folder, List<GeneratedFile> files) throws IOException {
        for (GeneratedFile file : files) {
            var unsafe = OutputFolder.unsafe(file.path());
            if (unsafe.isPresent()) {
                throw new OutputFolderException(folder.display() + ": busgen generated a file whose path would"
                        + " leave the output folder (" + unsafe.get() + "): " + folder.display(file.path())
                        + "; nothing was written; please report this as a busgen bug");
            }
            // A link on the way to any file stops the run before anything is written.
            var present = folder.attributes(file.path());
            if (present.isPresent() && present.get().isSymbolicLink()) {
                throw folder.link(file.path());
            }
        }
        int written = 0;
        int unchanged = 0;
        for (GeneratedFile file : files) {
            byte[] bytes = file.bytes();
            if (Arrays.equals(folder.readRegular(file.path()), bytes)) {
                unchanged++;
                continue;
            }
            folder.write(file.path(), bytes);
            written++;
        }
        return new WriteSummary(written, unchanged);
    }
}
