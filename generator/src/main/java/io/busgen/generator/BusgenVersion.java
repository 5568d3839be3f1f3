package io.busgen.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of busgen, as the build stamped it; part of every input hash, so a new busgen regenerates. */
public final class BusgenVersion {

    private static final String VERSION = read();

    private BusgenVersion() {}

    public static String get() {
        return VERSION;
    }

    /**
     * What identifies this build of busgen for input hashes: the version, and for a snapshot also a digest of the
     * generator's own code, so that a changed snapshot of busgen regenerates even though its version did not change.
     */
    public static String identity() {
        return IdentityHolder.IDENTITY;
    }

    private static final class IdentityHolder {
        static final String IDENTITY = VERSION.endsWith("-SNAPSHOT") ? VERSION + "+" + codeDigest() : VERSION;
    }

    /** SHA-256 of the jar (or the class files of the folder) that holds this class. */
    private static String codeDigest() {
        try {
            java.security.CodeSource source = BusgenVersion.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown";
            }
            java.nio.file.Path location = java.nio.file.Path.of(source.getLocation().toURI());
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            if (java.nio.file.Files.isRegularFile(location)) {
                sha.update(java.nio.file.Files.readAllBytes(location));
            } else {
                try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(location)) {
                    for (java.nio.file.Path file : walk.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                        sha.update(location.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        sha.update(java.nio.file.Files.readAllBytes(file));
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException | java.net.URISyntaxException | java.security.NoSuchAlgorithmException
                | IllegalArgumentException e) {
            return "unknown";
        }
    }

    private static String read() {
        try (InputStream in = BusgenVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
