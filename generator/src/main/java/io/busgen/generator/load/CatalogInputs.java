package io.busgen.generator.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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

    /** Every regular file under the catalogue folder, by its relative path with {@code /} separators. */
    private static Map<String, Path> files(Path catalogue) {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(catalogue)) {
            walk.filter(Files::isRegularFile).forEach(file ->
                    files.put(catalogue.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
