package io.busgen.generator.emit;

import io.busgen.generator.source.MessageText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An output directory that remembers what made it: a manifest ({@value #MANIFEST}) holds the hash of the inputs and
 * each file busgen wrote, with its size and modification time. When the inputs have not changed and no listed file
 * was touched, nothing is generated and nothing is written; otherwise only changed files are rewritten, and files
 * busgen wrote before but no longer generates are deleted. Files busgen did not write are never touched.
 *
 * <p>The directory is never left: the manifest's paths are checked (none absolute, none with {@code ..}), no symbolic
 * link inside the directory is followed, and only regular files are deleted. One run at a time writes into a
 * directory: a run holds the lock file {@value #LOCK_FILE} while it works, and another waits for it a bounded time.
 */
public final class IncrementalOutput {

    /** The manifest's name, in the output directory. */
    public static final String MANIFEST = ".busgen-manifest";

    /** The lock file's name, in the output directory; it stays there between runs. */
    public static final String LOCK_FILE = OutputLock.FILE;

    /** How long a run waits for another that is writing into the same directory, in seconds. */
    public static final int LOCK_PATIENCE_SECONDS = 60;

    /** How long a run waits for another that is writing into the same directory. */
    public static final Duration LOCK_PATIENCE = Duration.ofSeconds(LOCK_PATIENCE_SECONDS);

    private static final String HEADER = "# busgen output manifest 1: the inputs' hash, then size, mtime and path of"
            + " every file busgen wrote";

    /** What a run did; an up-to-date run generated nothing and counts every listed file as unchanged. */
    public record Result(boolean upToDate, int written, int unchanged, int deleted) {}

    /** A file as the manifest lists it. */
    private record Entry(long size, long modified) {}

    private IncrementalOutput() {}

    /**
     * Brings {@code directory} up to date with the inputs whose hash is {@code inputHash}, generating the files only
     * when the hash differs from the manifest's or a listed file is missing or was changed; waits up to
     * {@link #LOCK_PATIENCE}, silently, for another run writing there.
     *
     * @throws OutputFolderException when the directory cannot be written safely: a symbolic link inside it, a
     *     manifest entry that leaves it, another run that holds it too long
     */
    public static Result update(Path directory, String inputHash, Supplier<List<GeneratedFile>> generate)
            throws IOException {
        return update(directory, inputHash, generate, LOCK_PATIENCE, notice -> {});
    }

    /**
     * Brings {@code directory} up to date, as {@link #update(Path, String, Supplier)} does.
     *
     * @param lockPatience how long to wait for another run writing into the directory
     * @param notices told, in one line, when this run waits for another
     */
    public static Result update(Path directory, String inputHash, Supplier<List<GeneratedFile>> generate,
            Duration lockPatience, Consumer<String> notices) throws IOException {
        OutputFolder folder = OutputFolder.open(directory);
        OutputLock lock = OutputLock.acquire(folder, lockPatience, notices);
        try {
            return update(folder, inputHash, generate);
        } finally {
            lock.close();
        }
    }

    private static Result update(OutputFolder folder, String inputHash, Supplier<List<GeneratedFile>> generate)
            throws IOException {
        Map<String, Entry> previous = new LinkedHashMap<>();
        String previousHash = readManifest(folder, previous);
        boolean unchanged = unchanged(folder, previous);
        if (inputHash.equals(previousHash) && unchanged) {
            return new Result(true, 0, previous.size(), 0);
        }
        List<GeneratedFile> files = generate.get();
        GeneratedFiles.WriteSummary summary = GeneratedFiles.write(folder, files);
        Map<String, Entry> current = new LinkedHashMap<>();
        for (GeneratedFile file : files) {
            current.put(file.path(), entryOf(folder, file.path()).orElseThrow(() -> new OutputFolderException(
                    folder.display(file.path()) + ": gone right after busgen wrote it; is another program deleting"
                            + " files in the output folder?")));
        }
        int deleted = 0;
        for (String path : previous.keySet()) {
            if (!current.containsKey(path)) {
                deleted += folder.deleteRegular(path) ? 1 : 0;
            }
        }
        StringBuilder manifest = new StringBuilder(HEADER).append('\n').append(inputHash).append('\n');
        current.forEach((path, entry) -> manifest.append(entry.size()).append(' ').append(entry.modified())
                .append(' ').append(path).append('\n'));
        folder.write(MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
        return new Result(false, summary.written(), summary.unchanged(), deleted);
    }

    /**
     * Reads the manifest's entries into {@code entries}; the inputs' hash, or null when there is no manifest (or not
     * one of this format, which is then rewritten).
     *
     * @throws OutputFolderException when the manifest is a link, or lists a path that leaves the folder
     */
    private static String readManifest(OutputFolder folder, Map<String, Entry> entries) throws IOException {
        byte[] bytes = folder.readRegular(MANIFEST);
        if (bytes == null) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
        List<String> lines = text.lines().toList();
        if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
            return null;
        }
        for (int i = 2; i < lines.size(); i++) {
            String[] parts = lines.get(i).split(" ", 3);
            if (parts.length != 3) {
                continue;
            }
            Optional<String> unsafe = OutputFolder.unsafe(parts[2]);
            if (unsafe.isPresent()) {
                throw new OutputFolderException(folder.display(MANIFEST) + ":" + (i + 1) + ": the entry \""
                        + MessageText.oneLine(parts[2]) + "\" does not name a file inside the output folder ("
                        + unsafe.get() + "); busgen lists only files it wrote there, so the manifest was edited:"
                        + " delete it and run again (busgen then deletes no file)");
            }
            try {
                entries.put(parts[2], new Entry(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            } catch (NumberFormatException malformed) {
                return null;
            }
        }
        return lines.get(1);
    }

    /**
     * Whether every listed file is there as listed. Every entry is looked at, so that a link on the way to any of them
     * stops the run before anything is written.
     */
    private static boolean unchanged(OutputFolder folder, Map<String, Entry> entries) throws IOException {
        boolean unchanged = true;
        for (Map.Entry<String, Entry> listed : entries.entrySet()) {
            Optional<Entry> present = entryOf(folder, listed.getKey());
            unchanged &= present.isPresent() && present.get().equals(listed.getValue());
        }
        return unchanged;
    }

    /** The size and time of the regular file {@code path}; empty when it is missing or not a regular file. */
    private static Optional<Entry> entryOf(OutputFolder folder, String path) throws IOException {
        Optional<BasicFileAttributes> attributes = folder.attributes(path);
        if (attributes.isPresent() && attributes.get().isSymbolicLink()) {
            throw folder.link(path);
        }
        return attributes.filter(BasicFileAttributes::isRegularFile)
                .map(a -> new Entry(a.size(), a.lastModifiedTime().toMillis()));
    }
}
