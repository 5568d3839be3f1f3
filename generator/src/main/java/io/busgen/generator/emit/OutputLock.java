package io.busgen.generator.emit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The lock of an output folder, held while one run writes there: an exclusive lock on the file {@value #FILE} in the
 * folder, taken with {@link FileChannel#tryLock()}, so that two runs (two processes, or two threads of one Maven
 * build) never write into one folder at once. The file stays when the lock is released: deleting it would let a third
 * run lock a new file while a second still waits on the old one.
 */
final class OutputLock implements AutoCloseable {

    /** The lock file's name, in the output folder. */
    static final String FILE = ".busgen-lock";

    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder's lock, waiting up to {@code patience} for another run to release it.
     *
     * @param notices told, in one line, when this run has to wait
     * @throws OutputFolderException when the lock file is a link, or the lock is still held after {@code patience}
     */
    static OutputLock acquire(OutputFolder folder, Duration patience, Consumer<String> notices) throws IOException {
        Optional<BasicFileAttributes> present = folder.attributes(FILE);
        if (present.isPresent() && present.get().isSymbolicLink()) {
            throw folder.link(FILE);
        }
        FileChannel channel = FileChannel.open(folder.real().resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try {
            long deadline = System.nanoTime() + patience.toNanos();
            boolean told = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new OutputLock(channel, lock);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new OutputFolderException(folder.display() + ": another busgen run is still writing"
                            + " there after " + seconds(patience) + " (it holds " + folder.display(FILE) + "): let it"
                            + " finish and run again, or give each run its own output folder");
                }
                if (!told) {
                    notices.accept("another busgen run is writing into " + folder.display() + " (it holds "
                            + folder.display(FILE) + "); waiting up to " + seconds(patience) + " for it to finish");
                    told = true;
                }
                TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new OutputFolderException(folder.display() + ": interrupted while waiting for another busgen run"
                    + " to finish writing there");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The lock, or {@code null} when another process, or another channel of this JVM, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static String seconds(Duration patience) {
        long millis = patience.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
