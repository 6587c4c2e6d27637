package io.journeyascode.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The file-system side of writing a site whole or not at all (SPEC §11): the scan of what the
 * output folder holds, hard links of unchanged files into the new folder, the swap of the new
 * folder into place (the old one kept aside until the new one is in, and put back on failure),
 * and the removal of what killed builds left behind. {@link SiteBuilder} decides what to write;
 * this class only moves, links and deletes.
 */
final class SiteFolders {

    /** A file found in the output folder: its size and modification time in nanoseconds. */
    record FileState(long size, long modified) {}

    /** What the name of a spare copy of the site starts with after {@code .OUT} (see {@link SiteMemory}). */
    private static final String SPARE = ".spare-";

    private SiteFolders() {}

    /** How many folders hold the files {@code paths} (relative, with forward slashes), the top one not counted. */
    static int foldersOf(java.util.Collection<String> paths) {
        Set<String> folders = new java.util.HashSet<>();
        for (String path : paths) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        return folders.size();
    }

    /**
     * Hard-links each of {@code paths} from {@code from} into {@code to} (a file that cannot be
     * linked is copied with its time), on {@code threads} threads.
     */
    static void linkAll(Path from, Path to, List<String> paths, int threads) throws IOException {
        createParents(to, paths);
        forEachInParallel(paths, threads, path -> link(from.resolve(path), to.resolve(path)));
    }

    /** An action on one path that may fail. */
    private interface PathAction {
        void run(String path) throws IOException;
    }

    /**
     * Runs {@code action} on each of {@code paths}, split between up to {@code threads} threads
     * (one per thousand paths at least); throws the first failure.
     */
    static void forEachInParallel(List<String> paths, int threads, PathAction action) throws IOException {
        int parts = Math.max(1, Math.min(threads, paths.size() / 1000 + 1));
        List<java.util.concurrent.CompletableFuture<Void>> futures = new ArrayList<>();
        // The first parts on the common pool, the last on this thread.
        for (int part = 0; part < parts - 1; part++) {
            List<String> slice = paths.subList(paths.size() * part / parts, paths.size() * (part + 1) / parts);
            futures.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    forEach(slice, action);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        forEach(paths.subList(paths.size() * (parts - 1) / parts, paths.size()), action);
        try {
            for (java.util.concurrent.CompletableFuture<Void> future : futures) {
                future.join();
            }
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static void forEach(List<String> paths, PathAction action) throws IOException {
        for (String path : paths) {
            action.run(path);
        }
    }

    /** Creates the folders that {@code paths} (below {@code root}) need. */
    static void createParents(Path root, List<String> paths) throws IOException {
        TreeSet<Path> dirs = new TreeSet<>();
        for (String path : paths) {
            Path dir = root.resolve(path).getParent();
            if (dir != null) {
                dirs.add(dir);
            }
        }
        for (Path dir : dirs) {
            Files.createDirectories(dir);
        }
    }

    private static void link(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | IOException e) {
            if (e instanceof java.nio.file.FileAlreadyExistsException) {
                throw (IOException) e;
            }
            Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /**
     * Every regular file under the output folder with its size and time, by path; anything else
     * there (links, special files) makes the folder unusable for an update: empty, so that the
     * site is built whole. {@code folders[0]} is set to the number of folders below it.
     */
    static Map<String, FileState> scan(Path out, Consumer<String> log, int[] folders) {
        if (!Files.isDirectory(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        Map<String, FileState> files = new HashMap<>();
        String prefix = out.toString();
        char separator = out.getFileSystem().getSeparator().charAt(0);
        try {
            Files.walkFileTree(out, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(out)) {
                        folders[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (!attrs.isRegularFile()) {
                        throw new IOException(file + " is not a regular file");
                    }
                    // The path below the output folder, with forward slashes.
                    String rel = file.toString().substring(prefix.length() + 1);
                    if (separator != '/') {
                        rel = rel.replace(separator, '/');
                    }
                    files.put(
                            rel,
                            new FileState(
                                    attrs.size(),
                                    attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            log.accept("Building the whole site: " + e.getMessage() + ".");
            return Map.of();
        }
        return files;
    }

    /**
     * Puts {@code temp} in place of {@code out} (on failure the old site is put back), then has
     * {@code cleanup} delete the old site: {@code oldFiles}, the files it is known to hold (paths
     * below it), first, on {@code threads} threads.
     */
    static void swap(
            Path temp,
            Path out,
            Path parent,
            String name,
            Consumer<String> log,
            Set<String> oldFiles,
            int threads,
            java.util.concurrent.Executor cleanup)
            throws IOException {
        if (Files.exists(out)) {
            Path old = parent.resolve("." + name + ".old-" + random());
            replace(temp, out, old);
            cleanup.execute(() -> {
                try {
                    deleteFiles(old, oldFiles, threads);
                } catch (IOException | UncheckedIOException e) {
                    // what is left, deleteQuietly finds
                }
                deleteQuietly(old, log);
            });
        } else {
            move(temp, out);
        }
    }

    /**
     * Removes {@code paths} below {@code root}, and the folders that this leaves empty, so that
     * {@code root} holds what a site built from scratch would.
     */
    static void removeFiles(Path root, Set<String> paths) throws IOException {
        TreeSet<Path> dirs = new TreeSet<>(java.util.Comparator.reverseOrder()); // deepest first
        for (String path : paths) {
            Path file = root.resolve(path);
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
                dirs.add(dir);
            }
        }
        for (Path dir : dirs) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                if (entries.iterator().hasNext()) {
                    continue;
                }
            } catch (NoSuchFileException e) {
                continue;
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Puts {@code temp} in place of {@code out} (on failure the old site is put back) and returns
     * where the old site now is: a hidden sibling, {@code .OUT.spare-…}.
     */
    static Path swapKeeping(Path temp, Path out, Path parent, String name) throws IOException {
        Path old = parent.resolve("." + name + SPARE + random());
        replace(temp, out, old);
        return old;
    }

    /** Moves {@code out} to {@code old}, then {@code temp} to {@code out}; on failure puts the old site back. */
    private static void replace(Path temp, Path out, Path old) throws IOException {
        move(out, old);
        try {
            move(temp, out);
        } catch (IOException e) {
            move(old, out);
            throw e;
        }
    }

    /** Deletes {@code paths} below {@code root} on {@code threads} threads, as far as it can. */
    static void deleteFiles(Path root, java.util.Collection<String> paths, int threads) throws IOException {
        forEachInParallel(new ArrayList<>(paths), threads, path -> {
            try {
                Files.deleteIfExists(root.resolve(path));
            } catch (IOException e) {
                // what is left, deleteQuietly finds
            }
        });
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Temporary folders of runs that were killed before they could clean up. A run killed
     * between the two moves of {@link #swap} left the old site aside and none in place: that one
     * is put back first.
     */
    static void removeLeftovers(Path parent, String name, Optional<Path> kept, Consumer<String> log) {
        String tmp = "." + name + ".tmp-";
        String old = "." + name + ".old-";
        String spare = "." + name + SPARE;
        restoreOldSite(parent, name, kept, log);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path entry : entries) {
                String n = entry.getFileName().toString();
                if ((n.startsWith(tmp) || n.startsWith(old) || n.startsWith(spare))
                        && !kept.filter(entry::equals).isPresent()
                        && Files.isDirectory(entry)) {
                    log.accept("Removing " + entry + " left behind by an interrupted build.");
                    deleteQuietly(entry, log);
                }
            }
        } catch (IOException e) {
            log.accept("Could not look for leftovers in " + parent + ": " + e.getMessage());
        }
    }

    private static void restoreOldSite(Path parent, String name, Optional<Path> kept, Consumer<String> log) {
        Path out = parent.resolve(name);
        if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String old = "." + name + ".old-";
        String spare = "." + name + SPARE;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path entry : entries) {
                String n = entry.getFileName().toString();
                // a process killed between the two moves of a swap that keeps the old site as a spare
                boolean killedSpare =
                        n.startsWith(spare) && !kept.filter(entry::equals).isPresent();
                if ((n.startsWith(old) || killedSpare)
                        && Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    log.accept("Restoring the previous site from " + entry + " (a build was interrupted while"
                            + " replacing it).");
                    move(entry, out);
                    return;
                }
            }
        } catch (IOException e) {
            log.accept("Could not restore the previous site into " + out + ": " + e.getMessage());
        }
    }

    static void deleteQuietly(Path dir, Consumer<String> log) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            log.accept("Could not delete " + dir + ": " + e.getMessage() + "; the next build removes it.");
        }
    }

    /** A new folder's path beside the site {@code parent/name}, to build the next site in. */
    static Path temporary(Path parent, String name) {
        return parent.resolve("." + name + ".tmp-" + random());
    }

    private static String random() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
