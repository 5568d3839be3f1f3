package io.busgen.generator.emit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Writes generated files into an output directory, leaving files whose content is unchanged untouched. */
public final class GeneratedFiles {

    /** What a write did. */
    public record WriteSummary(int written, int unchanged) {}

    private GeneratedFiles() {}

    /**
     * Writes each file under {@code directory}, creating folders as needed; a file whose bytes are already there is
     * not written again (its timestamp stays), so that incremental builds see no change.
     */
    public static WriteSummary write(Path directory, List<GeneratedFile> files) throws IOException {
        int written = 0;
        int unchanged = 0;
        for (GeneratedFile file : files) {
            Path target = directory.resolve(file.path());
            byte[] bytes = file.bytes();
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged++;
                continue;
            }
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            written++;
        }
        return new WriteSummary(written, unchanged);
    }
}
