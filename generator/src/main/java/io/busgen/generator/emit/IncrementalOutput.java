package io.busgen.generator.emit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An output directory that remembers what made it: a manifest ({@value #MANIFEST}) holds the hash of the inputs and
 * each file busgen wrote, with its size and modification time. When the inputs have not changed and no listed file
 * was touched, nothing is generated and nothing is written; otherwise only changed files are rewritten, and files
 * busgen wrote before but no longer generates are deleted. Files busgen did not write are never touched.
 */
public final class IncrementalOutput {

    /** The manifest's name, in the output directory. */
    public static final String MANIFEST = ".busgen-manifest";

    private static final String HEADER = "# busgen output manifest 1: the inputs' hash, then size, mtime and path of"
            + " every file busgen wrote";

    /** What a run did; an up-to-date run generated nothing and counts every listed file as unchanged. */
    public record Result(boolean upToDate, int written, int unchanged, int deleted) {}

    /** A file as the manifest lists it. */
    private record Entry(long size, long modified) {}

    private IncrementalOutput() {}

    /**
     * Brings {@code directory} up to date with the inputs whose hash is {@code inputHash}, generating the files only
     * when the hash differs from the manifest's or a listed file is missing or was changed.
     */
    public static Result update(Path directory, String inputHash, Supplier<List<GeneratedFile>> generate)
            throws IOException {
        Path manifest = directory.resolve(MANIFEST);
        Map<String, Entry> previous = new LinkedHashMap<>();
        String previousHash = readManifest(manifest, previous);
        if (inputHash.equals(previousHash) && unchanged(directory, previous)) {
            return new Result(true, 0, previous.size(), 0);
        }
        List<GeneratedFile> files = generate.get();
        GeneratedFiles.WriteSummary summary = GeneratedFiles.write(directory, files);
        Map<String, Entry> current = new LinkedHashMap<>();
        for (GeneratedFile file : files) {
            current.put(file.path(), entryOf(directory.resolve(file.path())));
        }
        int deleted = 0;
        for (String path : previous.keySet()) {
            if (!current.containsKey(path) && isInside(directory, path)) {
                deleted += Files.deleteIfExists(directory.resolve(path)) ? 1 : 0;
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add(inputHash);
        current.forEach((path, entry) -> lines.add(entry.size() + " " + entry.modified() + " " + path));
        Files.createDirectories(directory);
        Path temporary = directory.resolve(MANIFEST + ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Result(false, summary.written(), summary.unchanged(), deleted);
    }

    /** Reads the manifest's entries into {@code entries}; the inputs' hash, or null when there is no manifest. */
    private static String readManifest(Path manifest, Map<String, Entry> entries) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
            return null;
        }
        for (String line : lines.subList(2, lines.size())) {
            String[] parts = line.split(" ", 3);
            if (parts.length == 3) {
                try {
                    entries.put(parts[2], new Entry(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
                } catch (NumberFormatException malformed) {
                    return null;
                }
            }
        }
        return lines.get(1);
    }

    private static boolean unchanged(Path directory, Map<String, Entry> entries) throws IOException {
        for (Map.Entry<String, Entry> listed : entries.entrySet()) {
            Path file = directory.resolve(listed.getKey());
            if (!isInside(directory, listed.getKey()) || !Files.isRegularFile(file)
                    || !entryOf(file).equals(listed.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static Entry entryOf(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Entry(attributes.size(), attributes.lastModifiedTime().toMillis());
    }

    /** Whether a path from a manifest stays inside the directory (a tampered manifest cannot reach outside). */
    private static boolean isInside(Path directory, String path) {
        return !path.isEmpty() && directory.resolve(path).normalize().startsWith(directory.normalize());
    }
}
