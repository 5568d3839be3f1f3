package io.busgen.generator.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a file reached from a folder really is: busgen reads a file found in a catalogue (or named beside another, as
 * an accept file is) only when its real path is inside that folder, so that a symbolic link committed by anyone who
 * can open a pull request cannot make it read, and quote in a message, a file elsewhere on the machine.
 */
public final class InsideFolder {

    private InsideFolder() {}

    /**
     * The real path of {@code path} when it lies inside {@code realFolder} (itself a real path, see
     * {@link Path#toRealPath}); empty when {@code path} is, or goes through, a link that leads outside it.
     *
     * @throws java.nio.file.NoSuchFileException when {@code path}, or what a link on the way names, does not exist
     */
    public static Optional<Path> realPath(Path path, Path realFolder) throws IOException {
        Path real = path.toRealPath();
        return real.startsWith(realFolder) ? Optional.of(real) : Optional.empty();
    }

    /**
     * The real path of {@code file} when it is inside the folder that holds it: a link to a file beside it (or below)
     * is fine; empty when {@code file} is a link that leads out of that folder. The folders above it are taken as
     * named.
     *
     * @throws java.nio.file.NoSuchFileException when {@code file}, or what it links to, does not exist
     */
    public static Optional<Path> realPathInOwnFolder(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? Optional.of(file.toRealPath()) : realPath(file, folder.toRealPath());
    }
}
