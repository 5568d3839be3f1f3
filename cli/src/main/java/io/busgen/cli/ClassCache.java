package io.busgen.cli;

import io.busgen.generator.load.CatalogInputs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
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
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The compiled classes of catalogues, kept on disk between runs: one folder per catalogue input hash, holding the class
 * files laid out by package and a manifest, {@value #MANIFEST}, in {@code sha256sum} format.
 *
 * <p>An entry is written into a temporary folder beside it and renamed into place, so a reader sees a whole entry or
 * none. An entry whose manifest is missing or whose files do not match it is broken: it is deleted and rebuilt.
 *
 * <p>The manifest only proves that an entry is whole, not who wrote it: the cache key can be computed by anyone who
 * can read the catalogue. So the cache must be the user's own ({@link CacheTrust}): busgen creates its folders
 * {@code rwx------} and its files {@code rw-------}, and refuses (with an {@link UntrustedCacheException}) a cache
 * folder, or any folder or file of an entry, that another user owns or that group or others can write.
 */
final class ClassCache {

    /** The file listing each class file of an entry with its SHA-256, written last. */
    static final String MANIFEST = "classes.sha256";

    /** Changes when the layout of an entry changes, so that entries of another layout are never read. */
    private static final String FORMAT = "busgen class cache 2";

    private static final Pattern CLASS_FILE = Pattern.compile("[A-Za-z0-9_$]+(/[A-Za-z0-9_$]+)*\\.class");
    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-f]{64})  (.+)");

    private final Path root;
    private final CacheTrust trust;
    /** The cache folder's real path, once created and checked. */
    private @Nullable Path checkedRoot;

    /**
     * @param root the cache folder, created (private) when missing
     * @param trust decides whether the folder and its entries are the user's own
     */
    ClassCache(Path root, CacheTrust trust) {
        this.root = root;
        this.trust = trust;
    }

    /** The cache folder, as named. */
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
     *
     * @throws UntrustedCacheException when the cache folder or the entry is not the user's own
     */
    Optional<ClassLoader> find(String key, ClassLoader parent) throws UntrustedCacheException {
        Path folder;
        try {
            folder = checkedRoot();
        } catch (IOException cannotMakeIt) {
            return Optional.empty();
        }
        Path entry = folder.resolve(key);
        if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        checkEntry(key);
        Optional<Map<String, byte[]>> classes = verify(entry);
        if (classes.isEmpty()) {
            discard(key);
            return Optional.empty();
        }
        return Optional.of(new OwnClassesFirst(classes.get(), parent));
    }

    /**
     * The cache folder's real path: created, private, when missing; checked to be the user's own.
     *
     * @throws UntrustedCacheException when it is not the user's own
     */
    private Path checkedRoot() throws IOException, UntrustedCacheException {
        if (checkedRoot == null) {
            if (!Files.exists(root)) {
                Files.createDirectories(root, CacheTrust.privateFolder(root.toAbsolutePath()));
            }
            Path real = root.toRealPath();
            Optional<String> distrust = trust.distrust(real, "it");
            if (distrust.isPresent()) {
                throw new UntrustedCacheException("not using the class cache " + root + ": " + distrust.get()
                        + ", so another user could plant classes there that busgen would run: "
                        + (distrust.get().contains(" is writable by ") ? "make it private (chmod 700 "
                        + Shell.quote(root.toString()) + ") or " : "") + "name a folder of your own with --cache-dir;"
                        + " continuing without it");
            }
            checkedRoot = real;
        }
        return checkedRoot;
    }

    /**
     * Checks every folder and file of the entry {@code key} (links are not followed: {@link #verify} finds an entry
     * with a link broken).
     *
     * @throws UntrustedCacheException when one is not the user's own
     */
    private void checkEntry(String key) throws UntrustedCacheException {
        Path entry = root.resolve(key);
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(checkedRoot.resolve(key))) {
            paths = walk.toList();
        } catch (IOException | UncheckedIOException unreadable) {
            return;
        }
        for (Path path : paths) {
            Optional<String> distrust;
            try {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                distrust = trust.distrust(path, "its entry "
                        + checkedRoot.relativize(path).toString().replace('\\', '/'));
            } catch (IOException unreadable) {
                continue;
            }
            if (distrust.isPresent()) {
                throw new UntrustedCacheException("not using the class cache " + root + ": " + distrust.get()
                        + ", so another user could have planted classes there that busgen would run: delete the"
                        + " entry (rm -r " + Shell.quote(entry.toString()) + ") or name a folder of your own with"
                        + " --cache-dir; continuing without it");
            }
        }
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
     * A broken entry in the way is replaced; a sound one, which another run may have just stored, is kept. Folders
     * are created {@code rwx------} and files {@code rw-------}.
     *
     * @throws UntrustedCacheException when the cache folder, or an entry in the way, is not the user's own
     */
    void store(String key, Map<String, byte[]> classes) throws IOException, UntrustedCacheException {
        Path folder = checkedRoot();
        Path temporary = Files.createTempDirectory(folder, ".tmp-" + key.substring(0, 16) + "-",
                CacheTrust.privateFolder(folder));
        try {
            StringBuilder manifest = new StringBuilder();
            for (Map.Entry<String, byte[]> compiled : new TreeMap<>(classes).entrySet()) {
                String path = compiled.getKey().replace('.', '/') + ".class";
                Path file = temporary.resolve(path);
                Files.createDirectories(file.getParent(), CacheTrust.privateFolder(folder));
                writePrivate(file, compiled.getValue());
                manifest.append(HexFormat.of().formatHex(sha256().digest(compiled.getValue()))).append("  ")
                        .append(path).append('\n');
            }
            writePrivate(temporary.resolve(MANIFEST), manifest.toString().getBytes(StandardCharsets.UTF_8));
            Path entry = folder.resolve(key);
            if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    checkEntry(key);
                    if (verify(entry).isPresent()) {
                        return;
                    }
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

    /** Writes a new file, {@code rw-------} where the file system has POSIX permissions. */
    private static void writePrivate(Path file, byte[] bytes) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, EnumSet.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), CacheTrust.privateFile(file))) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /** Deletes an entry, as far as it can: a broken entry left behind is found broken again next time. */
    void discard(String key) {
        if (checkedRoot == null) {
            return;
        }
        try {
            deleteTree(checkedRoot.resolve(key));
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
