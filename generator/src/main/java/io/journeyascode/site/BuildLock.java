package io.journeyascode.site;

import io.journeyascode.api.ToolException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps two builds from writing one output folder at once (SPEC §11): an exclusive lock on
 * {@code .NAME.lock} next to the output folder, taken before leftovers of killed runs are
 * removed and held until the new site is in place. The operating system releases it when the
 * process dies, so a killed build never blocks the next one. The file stays (empty): deleting a
 * lock file lets a waiting build lock a file that is no longer the one at the path.
 *
 * <p>Builds in one process are kept apart before any file is opened: on Linux, closing any
 * channel of a file drops every lock this process holds on it.
 */
final class BuildLock implements AutoCloseable {

    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output folder: {@code .NAME.lock} in the same folder. */
    static Path fileOf(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".lock");
    }

    /**
     * Locks the output folder {@code out} (absolute; its parent exists); {@code shownOut} is the
     * folder as the user wrote it, for the message.
     *
     * @throws ToolException when another build holds the lock or the lock file cannot be made
     */
    static BuildLock acquire(Path out, Path shownOut) {
        Path file = fileOf(out);
        if (!HELD.add(file)) {
            throw busy(shownOut);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw busy(shownOut);
            }
            return new BuildLock(file, channel, lock);
        } catch (IOException | OverlappingFileLockException | ToolException e) {
            closeQuietly(channel);
            HELD.remove(file);
            if (e instanceof ToolException tool) {
                throw tool;
            }
            if (e instanceof OverlappingFileLockException) {
                throw busy(shownOut);
            }
            throw new ToolException(
                    "Cannot lock the output folder with " + file + ": " + ToolException.reason(e) + ".", e);
        }
    }

    private static ToolException busy(Path shownOut) {
        return new ToolException("Another build is writing " + shownOut + "; try again when it has finished.");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
        HELD.remove(file);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
