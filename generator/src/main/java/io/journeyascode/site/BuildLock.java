package io.journeyascode.site;

import io.journeyascode.api.ToolException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Keeps two builds from writing one output folder at once (SPEC §11): an exclusive lock on
 * {@code .NAME.lock} next to the output folder, taken before leftovers of killed runs are
 * removed and held until the new site is in place. The operating system releases it when the
 * process dies, so a killed build never blocks the next one. The lock file is deleted while
 * still locked; a build that locked a file which is no longer the one at the path gives up.
 */
final class BuildLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the output folder {@code out} (its parent exists).
     *
     * @throws ToolException when another build holds the lock or the lock file cannot be made
     */
    static BuildLock acquire(Path out, Path shownOut) {
        Path file = out.resolveSibling("." + out.getFileName() + ".lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ToolException("Cannot create the lock file " + file + ": " + e.getMessage() + ".", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another build in this same process
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ToolException("Cannot lock " + file + ": " + e.getMessage() + ".", e);
        }
        if (lock == null || !sameFile(channel, file)) {
            closeQuietly(channel);
            throw busy(shownOut);
        }
        return new BuildLock(file, channel, lock);
    }

    static ToolException busy(Path shownOut) {
        return new ToolException("Another build is writing " + shownOut + "; try again when it has finished.");
    }

    /**
     * True when the path still names the locked file (a finished build deletes it, and a third
     * build may have made a new one): a token written through the channel must be read back
     * through the path.
     */
    private static boolean sameFile(FileChannel channel, Path file) {
        try {
            byte[] token = (ProcessHandle.current().pid() + "-" + System.nanoTime() + "-"
                            + Integer.toHexString(System.identityHashCode(channel)))
                    .getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token), 0);
            channel.force(false);
            return Arrays.equals(Files.readAllBytes(file), token);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a lock file left behind is harmless: the next build locks it again
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
