package io.busgen.generator.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The hash of everything a generation reads: every file of the catalogue folder (by relative path and content), the
 * busgen version and the generation's options. The same inputs give the same hash on every machine, so an output
 * made from them need not be made again.
 */
public final class CatalogInputs {

    private CatalogInputs() {}

    /**
     * SHA-256, in hex, over the catalogue's files (sorted by relative path; path, length and bytes of each), the
     * busgen version and {@code options}, in order.
     */
    public static String hash(Path catalogue, String busgenVersion, List<String> options) {
        MessageDigest sha = sha256();
        for (Map.Entry<String, Path> file : files(catalogue).entrySet()) {
            byte[] bytes = content(file.getValue());
            sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
            sha.update(bytes);
        }
        sha.update(("\0busgen " + busgenVersion).getBytes(StandardCharsets.UTF_8));
        for (String option : options) {
            sha.update(("\0" + option).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Every regular file and symbolic link under the catalogue folder, walked from its real path without following
     * links, by its relative path with {@code /} separators.
     */
    private static Map<String, Path> files(Path catalogue) {
        Map<String, Path> files = new TreeMap<>();
        try {
            Path real = catalogue.toRealPath();
            try (Stream<Path> walk = Files.walk(real)) {
                walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path))
                        .forEach(path -> files.put(real.relativize(path).toString().replace('\\', '/'), path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * A file's bytes; for a symbolic link, what it says (its target's name), never what it leads to: a link to a file
     * inside the catalogue changes the hash when the link changes or that file does (hashed where it is), and a link
     * that leads outside is an error of the loader.
     */
    private static byte[] content(Path file) {
        try {
            return Files.isSymbolicLink(file)
                    ? ("\0symbolic link to " + Files.readSymbolicLink(file)).getBytes(StandardCharsets.UTF_8)
                    : Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
