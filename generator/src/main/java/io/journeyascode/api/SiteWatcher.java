package io.journeyascode.api;

import io.journeyascode.cache.SiteCache;
import io.journeyascode.load.PlaybookLoader;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code journey build --watch}: builds the site, then builds it again whenever a file in the
 * journeys folder, the templates folder or the site folder changes, until {@link #close()} (or
 * the process ends). Each build is an ordinary one (validated first, written whole or not at all,
 * the same bytes as a one-off build), with what the last one loaded kept in memory
 * ({@link BuildMemory}). A build that fails validation or cannot run leaves the site as it was;
 * the watch goes on.
 *
 * <p>Changes are gathered until none has come for {@link #QUIET_MILLIS} (an editor's save or a
 * {@code git checkout} is several events), at most {@link #MAX_GATHER_MILLIS}. Folders the loader
 * skips (names starting with {@code .}, {@code target}) and files starting with {@code .} or
 * ending with {@code ~} (editors' swap and backup files) are not watched, and neither are the
 * output folder, its cache folder and the build's temporary folders.
 */
public final class SiteWatcher implements AutoCloseable {

    /**
     * How long no change must come before a build starts: as webpack's watch ({@code
     * aggregateTimeout}, 20 ms). An editor's save or a checkout writes its files closer together;
     * a change that comes later starts another build, which ends with the files as they are.
     */
    static final long QUIET_MILLIS = 20;
    /** How long changes are gathered at most before a build starts. */
    static final long MAX_GATHER_MILLIS = 1_000;

    /** Hears what the watch does. */
    public interface Listener {
        /** A build ended (site written or not), after {@code millis}. */
        void built(BuildResult result, long millis);

        /** A build could not run: {@code failure} says why in one line. */
        void failed(ToolException failure);

        /** Files changed (paths as the watch service gave them); a build follows. */
        void changed(List<Path> paths);
    }

    private final BuildOptions options;
    private final List<Path> roots;
    private final Path out;
    private final Path cacheFolder;
    private final WatchService service;
    /** The folders watched, by key: used by the thread that runs the watch only (after {@link #open}). */
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** Each root's {@link #identity} when it was registered: a root moved away and back is seen (same thread). */
    private final Map<Path, Object> rootIdentity = new HashMap<>();

    private SiteWatcher(BuildOptions options, WatchService service) {
        this.options = options;
        this.service = service;
        List<Path> all = new ArrayList<>();
        all.add(options.journeysDir());
        options.templatesDir().ifPresent(all::add);
        options.siteDir().ifPresent(all::add);
        this.roots = all.stream().map(SiteWatcher::absolute).toList();
        this.out = absolute(options.outputDir());
        this.cacheFolder = absolute(SiteCache.folderFor(options.outputDir()));
    }

    /**
     * Starts watching the folders of {@code options}; call {@link #run} to build.
     *
     * @throws ToolException when the file system cannot be watched
     */
    public static SiteWatcher open(BuildOptions options) {
        try {
            SiteWatcher watcher =
                    new SiteWatcher(options, FileSystems.getDefault().newWatchService());
            watcher.registerAll();
            return watcher;
        } catch (IOException e) {
            throw new ToolException(
                    "Cannot watch " + options.journeysDir() + " for changes: " + e.getMessage() + ".", e);
        }
    }

    /** The folders watched (with their subfolders). */
    public List<Path> roots() {
        return roots;
    }

    /**
     * Builds, then builds again after every change, until {@link #close()} is called from another
     * thread or this thread is interrupted.
     */
    public void run(Consumer<String> log, Listener listener) {
        try (BuildMemory memory = new BuildMemory()) {
            while (true) {
                long start = System.nanoTime();
                try {
                    BuildResult result = JourneyGenerator.build(options, log, memory);
                    listener.built(result, (System.nanoTime() - start) / 1_000_000);
                } catch (ToolException e) {
                    listener.failed(e);
                }
                // Folders created or removed since (a checkout) are watched from now on; a root that
                // is gone, or went and came back during the build, is left to reappeared(), which
                // tells it as a change (registered here, it would be watched and its change lost).
                roots.stream().filter(folders::containsValue).forEach(this::register);
                Optional<List<Path>> changed = awaitChanges();
                if (changed.isEmpty()) {
                    return;
                }
                listener.changed(changed.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the next changes; empty when the watch was closed. */
    private Optional<List<Path>> awaitChanges() throws InterruptedException {
        TreeSet<Path> changed = new TreeSet<>();
        try {
            while (changed.isEmpty()) {
                WatchKey first = service.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    gather(first, changed);
                } else {
                    reappeared(changed);
                }
            }
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_GATHER_MILLIS);
            WatchKey key;
            while (System.nanoTime() < until && (key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                gather(key, changed);
            }
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(changed));
    }

    private void gather(WatchKey key, TreeSet<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder); // events were lost: something in it changed
            } else if (event.context() instanceof Path name && watched(folder.resolve(name))) {
                Path path = folder.resolve(name);
                changed.add(path);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    register(path); // now, so that the files written into it next are seen
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /**
     * Adds to {@code changed} the roots that were gone (a branch without them was checked out)
     * and are back, watching them again: nothing inside a vanished folder can tell.
     */
    private void reappeared(TreeSet<Path> changed) {
        for (Path root : roots) {
            Object now = identity(root);
            boolean watching = folders.containsValue(root);
            if (now == null) {
                // moved away: its key still watches the folder where it went, under the old name
                if (watching && rootIdentity.containsKey(root)) {
                    forget(root);
                    changed.add(root);
                }
            } else if (!watching || !now.equals(rootIdentity.get(root))) {
                // back, or another folder in its place (moved back, a checkout): watch that one
                forget(root);
                register(root);
                changed.add(root);
            }
        }
    }

    /** Stops watching {@code root} and the folders below it. */
    private void forget(Path root) {
        folders.entrySet().removeIf(entry -> {
            if (entry.getValue().startsWith(root)) {
                entry.getKey().cancel();
                return true;
            }
            return false;
        });
        rootIdentity.remove(root);
    }

    /**
     * What tells a folder from another of the same name (its inode, on Unix); {@code true} where
     * the file system has no such key; null when {@code folder} is not a folder.
     */
    private static Object identity(Path folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            if (!attributes.isDirectory()) {
                return null;
            }
            return attributes.fileKey() == null ? Boolean.TRUE : attributes.fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether a change to {@code path} (a file or folder in a watched folder) calls for a build. */
    boolean watched(Path path) {
        String name = path.getFileName().toString();
        // Not only folders: a deleted `target` (mvn clean) is no folder any more.
        return !PlaybookLoader.skipsFolder(name)
                && !name.endsWith("~")
                && !(name.length() > 1 && name.startsWith("#") && name.endsWith("#")) // Emacs's auto-save
                && !name.equals("4913") // vim's probe of whether it may write in the folder
                && !path.startsWith(out)
                && !path.startsWith(cacheFolder);
    }

    /** Watches every folder below the roots that is not skipped (again: registering twice is harmless). */
    private void registerAll() {
        roots.forEach(this::register);
    }

    /** Watches {@code root} and every folder below it that is not skipped. */
    private void register(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        if (roots.contains(root)) {
            Object identity = identity(root);
            if (identity != null) {
                // the folder first watched: one put in its place since is for reappeared() to see
                rootIdentity.putIfAbsent(root, identity);
            }
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root) && !watched(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    WatchKey key = dir.register(
                            service,
                            StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                    folders.put(key, dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // the build reports what it cannot read
                }
            });
        } catch (IOException | ClosedWatchServiceException e) {
            // a folder that vanished while being walked is registered again after the next build
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Ends the watch: {@link #run} returns after the build under way, if any. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing to release then
        }
    }
}
