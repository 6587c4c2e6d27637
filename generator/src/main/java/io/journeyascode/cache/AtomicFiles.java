package io.journeyascode.cache;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files put in place whole: a reader sees the old file or the new one, never a part. */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** Writes {@code bytes} to a temporary sibling of {@code target}, then moves it over {@code target}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path temp =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, bytes);
            replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Moves {@code from} over {@code to}, atomically where the file system can. */
    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
