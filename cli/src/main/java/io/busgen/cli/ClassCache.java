package io.busgen.cli;

import io.busgen.generator.load.CatalogInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The compiled classes of catalogues, kept on disk between runs: one folder per catalogue input hash, holding the class
 * files laid out by package and a manifest, {@value #MANIFEST}, in {@code sha256sum} format.
 *
 * <p>An entry is written into a temporary folder beside it and renamed into place, so a reader sees a whole entry or
 * none. An entry whose manifest is missing or whose files do not match it is broken: it is deleted and rebuilt.
 */
final class ClassCache {

    /** The file listing each class file of an entry with its SHA-256, written last. */
    static final String MANIFEST = "classes.sha256";

    /** Changes when the layout of an entry changes, so that entries of another layout are never read. */
    private static final String FORMAT = "busgen class cache 1";

    private static final Pattern CLASS_FILE = Pattern.compile("[A-Za-z0-9_$]+(/[A-Za-z0-9_$]+)*\\.class");
    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-f]{64})  (.+)");

    private final Path root;

    ClassCache(Path root) {
        this.root = root;
    }

    /** The cache folder. */
    Path root() {
        return root;
    }

    /**
     * The input hash of a catalogue: SHA-256 over the sorted relative paths and the bytes of every file of the
     * catalogue folder, and the busgen version.
     */
    static String key(Path catalogRoot, String busgenVersion) throws IOException {
        try {
            return CatalogInputs.hash(catalogRoot, busgenVersion, List.of(FORMAT));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The class loader of the entry {@code key}, when there is a sound one: it loads the entry's own classes before
     * asking {@code parent}. A broken entry is deleted.
     */
    Optional<ClassLoader> find(String key, ClassLoader parent) {
        Path entry = root.resolve(key);
        if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Optional<Map<String, byte[]>> classes = verify(entry);
        if (classes.isEmpty()) {
            discard(key);
            return Optional.empty();
        }
        return Optional.of(new OwnClassesFirst(classes.get(), parent));
    }

    /** The classes of a sound entry, by binary name; empty when the manifest is missing, unreadable or not matched. */
    private static Optional<Map<String, byte[]>> verify(Path entry) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try {
            Path manifest = entry.resolve(MANIFEST);
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                var parts = MANIFEST_LINE.matcher(line);
                if (!parts.matches() || !CLASS_FILE.matcher(parts.group(2)).matches()) {
                    return Optional.empty();
                }
                Path file = entry.resolve(parts.group(2));
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.empty();
                }
                byte[] bytes = Files.readAllBytes(file);
                if (!HexFormat.of().formatHex(sha256().digest(bytes)).equals(parts.group(1))) {
                    return Optional.empty();
                }
                String path = parts.group(2);
                classes.put(path.substring(0, path.length() - ".class".length()).replace('/', '.'), bytes);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return classes.isEmpty() ? Optional.empty() : Optional.of(classes);
    }

    /**
     * Stores compiled classes as the entry {@code key}: written into a temporary folder, then renamed into place.
     * A broken entry in the way is replaced; a sound one, which another run may have just stored, is kept.
     */
    void store(String key, Map<String, byte[]> classes) throws IOException {
        Files.createDirectories(root);
        Path temporary = Files.createTempDirectory(root, ".tmp-" + key.substring(0, 16) + "-");
        try {
            StringBuilder manifest = new StringBuilder();
            for (Map.Entry<String, byte[]> compiled : new TreeMap<>(classes).entrySet()) {
                String path = compiled.getKey().replace('.', '/') + ".class";
                Path file = temporary.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, compiled.getValue());
                manifest.append(HexFormat.of().formatHex(sha256().digest(compiled.getValue()))).append("  ")
                        .append(path).append('\n');
            }
            Files.writeString(temporary.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
            Path entry = root.resolve(key);
            if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && verify(entry).isPresent()) {
                    return;
                }
                discard(key);
            }
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException storedMeanwhile) {
                // Another run stored the same classes first: theirs stay.
            }
        } finally {
            deleteTree(temporary);
        }
    }

    /** Deletes an entry, as far as it can: a broken entry left behind is found broken again next time. */
    void discard(String key) {
        try {
            deleteTree(root.resolve(key));
        } catch (IOException e) {
            // Best effort.
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
