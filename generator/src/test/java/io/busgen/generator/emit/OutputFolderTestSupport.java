package io.busgen.generator.emit;

import java.io.IOException;
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

/** What the hostile output-folder tests share: a fingerprint of a folder, to show that nothing in it changed. */
final class OutputFolderTestSupport {

    static final String HEADER = "# busgen output manifest 1: the inputs' hash, then size, mtime and path of every"
            + " file busgen wrote";

    private OutputFolderTestSupport() {}

    /**
     * Every entry under {@code folder} (links not followed), by relative path: a file's SHA-256 and modification time,
     * a link's target, or {@code dir}.
     */
    static Map<String, String> fingerprint(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            String name = folder.relativize(path).toString();
            if (Files.isSymbolicLink(path)) {
                entries.put(name, "link to " + Files.readSymbolicLink(path));
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                entries.put(name, "dir");
            } else {
                entries.put(name, sha256(Files.readAllBytes(path)) + " "
                        + Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis());
            }
        }
        return entries;
    }

    /** A manifest listing {@code paths} (size 1, time 0 each) under the inputs' hash {@code old}. */
    static void writeManifest(Path out, String... paths) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append("\nold\n");
        for (String path : paths) {
            text.append("1 0 ").append(path).append('\n');
        }
        Files.writeString(out.resolve(IncrementalOutput.MANIFEST), text);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
