package io.journeyascode.site;

import io.journeyascode.cache.SiteCache;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the site builder keeps between the builds of one process: where it hands the work that
 * only the next build needs (deleting the replaced site, writing the cache's files), and, in a
 * process that builds the same site again and again ({@code journey build --watch}), what the
 * next build would otherwise make or read again: the build cache's manifest as the last build
 * recorded it, the messages, templates and site files (while their folders are unchanged), each
 * journey's part of the search index, and the replaced site itself, as a spare. A one-off build
 * ({@link #none()}) keeps nothing and writes what it writes at once.
 *
 * <p>An update otherwise makes the new site in an empty folder and hard-links every unchanged
 * file into it from the current site (27,000 links for 1,000 journeys), then deletes the old site.
 * With a spare, the update starts from the site as it was before the last build: the files that
 * are still current stay where they are, the others are replaced or removed, and after the swap
 * the replaced site becomes the next spare. The spare is a hidden sibling of the output folder
 * ({@code .OUT.spare-…}); {@link #close} deletes it, and a build removes one that a killed process
 * left behind.
 */
public final class SiteMemory {

    /** The spare copy of the site: its folder and what each of its files holds (see {@link #UNKNOWN}). */
    record Spare(
            Path folder,
            Path out,
            Map<String, SiteCache.Entry> files,
            CompletableFuture<Map<String, Set<String>>> entries) {

        /** The spare in {@code folder}, its folders' entries listed on {@code cleanup} (while the process waits). */
        Spare(Path folder, Path out, Map<String, SiteCache.Entry> files, Executor cleanup) {
            this(folder, out, files, CompletableFuture.supplyAsync(() -> SiteMemory.entries(files.keySet()), cleanup));
        }
    }

    /** A file of the spare whose content is not known: it is replaced whatever the key. */
    static final SiteCache.Entry UNKNOWN = new SiteCache.Entry("", -1, -1, 0);

    private final Executor cleanup;
    private final BiConsumer<String, Runnable> save;
    /** Whether anything is kept between builds: the spare, the manifest, the setup. */
    private final boolean keeps;

    private Spare spare;
    private boolean closed;
    /** The manifest the last build of {@link #manifestOf} recorded, or null. */
    private Map<String, SiteCache.Entry> manifest;

    private Path manifestOf;
    private final SearchIndex.Memo searchIndex = new SearchIndex.Memo();
    private List<Object> setupKey;
    private SiteBuilder.Setup setup;

    private SiteMemory(Executor cleanup, BiConsumer<String, Runnable> save, boolean keeps) {
        this.cleanup = cleanup;
        this.save = save;
        this.keeps = keeps;
    }

    /** For one build: the old site is deleted at once, nothing is kept. */
    public static SiteMemory none() {
        return new SiteMemory(Runnable::run, (what, write) -> write.run(), false);
    }

    /**
     * For a process that builds the same site again: {@code cleanup} runs the work the next
     * build needs (the process waits for it before that build), {@code save} is given each write
     * of a cache file with what it writes (the process does the last of each when it is idle),
     * and the replaced site is kept as a spare.
     */
    public static SiteMemory keeping(Executor cleanup, BiConsumer<String, Runnable> save) {
        return new SiteMemory(cleanup, save, true);
    }

    Executor cleanup() {
        return cleanup;
    }

    /** Has {@code write}, the write of the cache file {@code what}, done: at once, or when the process is idle. */
    void save(String what, Runnable write) {
        save.accept(what, write);
    }

    /** Whether this memory keeps anything for the next build (a process that builds again). */
    boolean keeps() {
        return keeps;
    }

    /** The spare of the output folder {@code out}, handed over (it is no longer kept), if there is one. */
    synchronized Optional<Spare> take(Path out) {
        Spare taken = spare;
        spare = null;
        if (taken == null) {
            return Optional.empty();
        }
        if (!taken.out().equals(out) || !Files.isDirectory(taken.folder(), LinkOption.NOFOLLOW_LINKS)) {
            Path stale = taken.folder();
            cleanup.execute(() -> SiteFolders.deleteQuietly(stale, line -> {}));
            return Optional.empty();
        }
        return Optional.of(taken);
    }

    /**
     * Drops the spare of {@code out} (and has it deleted) unless each of its folders still holds
     * as many entries as the files it is known to hold need: a file deleted or added there (by
     * anything but a build) would otherwise be missing from, or left in, the next site. Reads
     * the folders' entries only, no file's attributes.
     */
    void verify(Path out) {
        Spare checked;
        synchronized (this) {
            checked = spare;
        }
        if (checked == null
                || !checked.out().equals(out)
                || holdsJust(checked.folder(), checked.entries().join())) {
            return;
        }
        synchronized (this) {
            if (spare != checked) {
                return;
            }
            spare = null;
        }
        cleanup.execute(() -> SiteFolders.deleteQuietly(checked.folder(), line -> {}));
    }

    /**
     * Whether each folder of {@code root} holds just the entries {@code entries} names (see
     * {@link #entries}): not only as many, so that a file lost and another gained are noticed too.
     */
    private static boolean holdsJust(Path root, Map<String, Set<String>> entries) {
        for (Map.Entry<String, Set<String>> dir : entries.entrySet()) {
            String[] names = (dir.getKey().isEmpty() ? root : root.resolve(dir.getKey()))
                    .toFile()
                    .list();
            if (names == null || names.length != dir.getValue().size()) {
                return false;
            }
            for (String name : names) {
                if (!dir.getValue().contains(name)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The entries of each folder (by path below the root, "" for the root) of a tree of {@code files}. */
    static Map<String, Set<String>> entries(Set<String> files) {
        Map<String, Set<String>> entries = new HashMap<>();
        entries.put("", new HashSet<>());
        for (String file : files) {
            String path = file;
            for (int slash = path.lastIndexOf('/'); ; slash = path.lastIndexOf('/')) {
                String dir = slash < 0 ? "" : path.substring(0, slash);
                boolean newDir = !entries.containsKey(dir);
                entries.computeIfAbsent(dir, d -> new HashSet<>()).add(path.substring(slash + 1));
                if (slash < 0 || !newDir) {
                    break;
                }
                path = dir;
            }
        }
        return entries;
    }

    /** Keeps {@code kept}, the replaced site, as the spare; deletes it when the process is ending. */
    synchronized void keep(Spare kept) {
        if (closed) {
            SiteFolders.deleteQuietly(kept.folder(), line -> {});
        } else {
            spare = kept;
        }
    }

    /**
     * The entries of the build cache's manifest that the last build of {@code out} in this
     * process wrote, so that the next one need not read it back; empty in a one-off build.
     */
    synchronized Optional<Map<String, SiteCache.Entry>> manifest(Path out) {
        return out.equals(manifestOf) ? Optional.ofNullable(manifest) : Optional.empty();
    }

    /** Keeps what a build of {@code out} recorded (read-only from now on), for the next build. */
    synchronized void manifest(Path out, Map<String, SiteCache.Entry> recorded) {
        if (!keeps) {
            return;
        }
        manifestOf = out;
        manifest = recorded;
    }

    /**
     * The journeys' parts of the search index from the last build: a one-off build starts with
     * none, and gets a new memory each time.
     */
    SearchIndex.Memo searchIndex() {
        return searchIndex;
    }

    /**
     * The messages, templates, site files and pages the last build made from what {@code key}
     * describes (see {@code SiteBuilder.setupKey}); empty in a one-off build.
     */
    synchronized Optional<SiteBuilder.Setup> setup(List<Object> key) {
        return key.equals(setupKey) ? Optional.of(setup) : Optional.empty();
    }

    synchronized void setup(List<Object> key, SiteBuilder.Setup made) {
        if (!keeps) {
            return;
        }
        setupKey = key;
        setup = made;
    }

    /** The spare's folder, which a build must not take for a leftover of a killed one. */
    synchronized Optional<Path> spareFolder() {
        return Optional.ofNullable(spare).map(Spare::folder);
    }

    /**
     * Deletes the spare and keeps none from now on (at the end of the process, which may be in
     * the middle of a build); {@code log} hears what could not be deleted. A build that asks for
     * the spare meanwhile waits, and then gets none.
     */
    public synchronized void close(Consumer<String> log) {
        closed = true;
        if (spare != null) {
            SiteFolders.deleteQuietly(spare.folder(), log);
            spare = null;
        }
    }
}
