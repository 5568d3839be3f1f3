package io.busgen.generator.emit;

import io.busgen.generator.source.MessageText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The folder busgen writes generated files into, which it never leaves. The folder itself is taken as the user named
 * it (a link to it is followed once, to its real path); inside it, files are named by relative paths with {@code /}
 * separators that are checked first (no absolute path, no {@code ..}), and no symbolic link is ever followed: a link
 * met on the way to a file busgen reads, writes or deletes stops the run with an {@link OutputFolderException}.
 *
 * <p>Files are written to a temporary file of a unique name beside them and renamed into place, so that a reader sees
 * the old file or the new one, and two writers never share a temporary file.
 */
final class OutputFolder {

    private final Path real;
    private final Path named;
    /** The relative folders already checked to be real folders, so that each is checked once per run. */
    private final Set<String> checkedFolders = new HashSet<>();

    private OutputFolder(Path real, Path named) {
        this.real = real;
        this.named = named;
    }

    /** The folder {@code directory}, created when missing. */
    static OutputFolder open(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new OutputFolder(directory.toRealPath(), directory);
    }

    /** The folder's real path: no link in it. */
    Path real() {
        return real;
    }

    /** How messages name a file of the folder: beneath the folder as the user named it. */
    String display(String relative) {
        return MessageText.oneLine(named.resolve(relative).toString());
    }

    /** How messages name the folder itself. */
    String display() {
        return MessageText.oneLine(named.toString());
    }

    /**
     * Why {@code relative} cannot name a file inside the folder (it is absolute, goes up with {@code ..}, ...), or
     * empty when it can.
     */
    static Optional<String> unsafe(String relative) {
        if (relative.isEmpty()) {
            return Optional.of("the path is empty");
        }
        if (relative.startsWith("/")) {
            return Optional.of("the path is absolute");
        }
        for (int i = 0; i < relative.length(); i++) {
            char c = relative.charAt(i);
            if (c == '\\' || c == ':') {
                return Optional.of("the path holds '" + c + "', which Windows reads as a separator or a drive");
            }
            if (Character.isISOControl(c)) {
                return Optional.of("the path holds a control character");
            }
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..")) {
                return Optional.of("the path goes up with ..");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return Optional.of("the path has an empty or '.' segment");
            }
        }
        return Optional.empty();
    }

    /**
     * The attributes of the file {@code relative}, of the link itself when it is a link; empty when there is no such
     * file.
     *
     * @throws OutputFolderException when a folder on the way is a link or not a folder
     */
    Optional<BasicFileAttributes> attributes(String relative) throws IOException {
        Path parent = folder(parentOf(relative), false);
        if (parent == null) {
            return Optional.empty();
        }
        return attributesOf(parent.resolve(nameOf(relative)));
    }

    /**
     * The bytes of the regular file {@code relative}, or {@code null} when there is none.
     *
     * @throws OutputFolderException when it, or a folder on the way, is a link
     */
    byte @Nullable [] readRegular(String relative) throws IOException {
        Optional<BasicFileAttributes> attributes = attributes(relative);
        if (attributes.isEmpty()) {
            return null;
        }
        if (attributes.get().isSymbolicLink()) {
            throw link(relative);
        }
        if (!attributes.get().isRegularFile()) {
            return null;
        }
        try (InputStream in = Files.newInputStream(real.resolve(relative), LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    /**
     * Writes {@code bytes} as the file {@code relative}, creating its folders: into a temporary file of a unique
     * name, then renamed over the file. A link in the file's place is replaced, never followed.
     *
     * @throws OutputFolderException when a folder on the way is a link or not a folder, or a folder is in the
     *     file's place
     */
    void write(String relative, byte[] bytes) throws IOException {
        Path parent = folder(parentOf(relative), true);
        Path target = parent.resolve(nameOf(relative));
        Optional<BasicFileAttributes> present = attributesOf(target);
        if (present.isPresent() && present.get().isDirectory()) {
            throw new OutputFolderException(display(relative) + ": a folder where busgen writes a file: move it out"
                    + " of the output folder and run again");
        }
        replace(parent, target, bytes);
    }

    /** Writes {@code bytes} into a new temporary file in {@code folder}, then renames it over {@code target}. */
    static void replace(Path folder, Path target, byte[] bytes) throws IOException {
        Path temporary = writeTemporary(folder, bytes);
        boolean moved = false;
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Deletes the file {@code relative} when it is a regular file; a folder or anything else in its place is left
     * alone.
     *
     * @return whether a file was deleted
     * @throws OutputFolderException when it, or a folder on the way, is a link
     */
    boolean deleteRegular(String relative) throws IOException {
        Path parent = folder(parentOf(relative), false);
        if (parent == null) {
            return false;
        }
        Path file = parent.resolve(nameOf(relative));
        Optional<BasicFileAttributes> attributes = attributesOf(file);
        if (attributes.isPresent() && attributes.get().isSymbolicLink()) {
            throw link(relative);
        }
        if (attributes.isEmpty() || !attributes.get().isRegularFile()) {
            return false;
        }
        return Files.deleteIfExists(file);
    }

    /**
     * The real path of the folder {@code relative} ({@code ""} for the output folder), each of its folders checked to
     * be a real folder and created when missing and {@code create}; {@code null} when missing, or not a folder, and
     * not {@code create}.
     *
     * @throws OutputFolderException when a folder on the way is a link, or (when {@code create}) not a folder
     */
    private @Nullable Path folder(String relative, boolean create) throws IOException {
        if (relative.isEmpty()) {
            return real;
        }
        if (checkedFolders.contains(relative)) {
            return real.resolve(relative);
        }
        Path folder = real;
        StringBuilder walked = new StringBuilder();
        for (String segment : relative.split("/")) {
            walked.append(walked.length() == 0 ? "" : "/").append(segment);
            folder = folder.resolve(segment);
            if (checkedFolders.contains(walked.toString())) {
                continue;
            }
            Optional<BasicFileAttributes> attributes = attributesOf(folder);
            if (attributes.isEmpty()) {
                if (!create) {
                    return null;
                }
                try {
                    Files.createDirectory(folder);
                } catch (FileAlreadyExistsException meanwhile) {
                    // Checked again below.
                }
                attributes = attributesOf(folder);
            }
            if (attributes.isPresent() && attributes.get().isSymbolicLink()) {
                throw link(walked.toString());
            }
            if (attributes.isEmpty() || !attributes.get().isDirectory()) {
                if (!create) {
                    return null;
                }
                throw new OutputFolderException(display(walked.toString()) + ": a file where busgen needs a folder:"
                        + " move it out of the output folder and run again");
            }
            checkedFolders.add(walked.toString());
        }
        return folder;
    }

    /** The error for a link met inside the folder. */
    OutputFolderException link(String relative) {
        return new OutputFolderException(display(relative) + ": a symbolic link inside the output folder; busgen"
                + " never follows links there, so that it cannot write or delete anything outside the folder:"
                + " remove the link and run again");
    }

    private static Optional<BasicFileAttributes> attributesOf(Path file) throws IOException {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        }
    }

    /**
     * A new file of a unique name in {@code folder} holding {@code bytes}, created only if nothing (not even a link) is
     * there.
     */
    private static Path writeTemporary(Path folder, byte[] bytes) throws IOException {
        while (true) {
            Path temporary = folder.resolve(".busgen-" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            OutputStream out;
            try {
                out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            try (out) {
                out.write(bytes);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            return temporary;
        }
    }

    private static String parentOf(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    private static String nameOf(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }
}
