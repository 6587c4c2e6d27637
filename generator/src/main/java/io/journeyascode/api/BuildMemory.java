package io.journeyascode.api;

import io.journeyascode.load.JourneyCache;
import io.journeyascode.site.SiteMemory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What a process that builds one site again and again ({@code journey build --watch}) keeps from
 * one build to the next: the journeys as the last build loaded them, so that the files that did
 * not change are neither read nor decoded again, and a thread that does what only the next build
 * needs — deleting the replaced site, writing the build cache's files — while the process waits
 * for the next change, and the replaced site as a spare from which the next one is made (see
 * {@link SiteMemory}). One build at a time; {@link #close()}, and the end of the process (Ctrl-C),
 * wait for that work and delete the spare, so that they leave no half-deleted site behind.
 *
 * <p>The build caches' files (the journey cache, the site's manifest) are for the next process:
 * this one keeps what they say in memory. They are written once the watch has been idle for
 * {@link #SAVE_AFTER_MILLIS} (each build replaces what the one before left unwritten), and when
 * it ends; a process killed before that leaves the last files written, and a site without a
 * manifest is built whole by the next process.
 */
public final class BuildMemory implements AutoCloseable {

    /** How long the watch waits without a build before it writes the cache files. */
    static final long SAVE_AFTER_MILLIS = 1_000;

    private final ScheduledExecutorService cleaner = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "journey-site-cleanup");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> cleaning = CompletableFuture.completedFuture(null);
    /** The cache files' writes not done yet, by what they write: the last build's of each. */
    private final Map<String, Runnable> unsaved = new LinkedHashMap<>();

    private Future<?> saving = CompletableFuture.completedFuture(null);
    private final SiteMemory site = SiteMemory.keeping(cleanup(), this::save);
    private final Thread atExit = new Thread(this::end, "journey-site-cleanup-at-exit");

    public BuildMemory() {
        Runtime.getRuntime().addShutdownHook(atExit);
    }

    private Path journeysFolder;
    private JourneyCache journeys;

    /** The journey cache of {@code folder} for the next build: the last build's, else the one on disk. */
    synchronized JourneyCache journeys(Path folder, Consumer<String> log) {
        if (journeys != null && folder.equals(journeysFolder)) {
            return journeys;
        }
        return JourneyCache.open(folder, log);
    }

    /** Keeps what {@code used} loaded for the next build; the build has ended. */
    synchronized void remember(Path folder, JourneyCache used) {
        journeysFolder = folder;
        journeys = used.reopen();
        if (!unsaved.isEmpty()) {
            saving = cleaner.schedule(this::saveNow, SAVE_AFTER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Has {@code write}, which writes the cache file {@code what}, done once the watch is idle (see the class comment). */
    synchronized void save(String what, Runnable write) {
        unsaved.remove(what); // kept in the order of the last build
        unsaved.put(what, write);
    }

    /** Writes the cache files not written yet. */
    private void saveNow() {
        List<Runnable> writes;
        synchronized (this) {
            writes = new ArrayList<>(unsaved.values());
            unsaved.clear();
        }
        writes.forEach(Runnable::run);
    }

    /** What the site builder keeps between builds. */
    SiteMemory site() {
        return site;
    }

    /** Runs work the next build must find done (see the class comment) on the cleanup thread. */
    Executor cleanup() {
        return task -> {
            synchronized (this) {
                cleaning = cleaner.submit(task);
            }
        };
    }

    /** Waits until that work is done (before the next build looks for leftovers and reads the caches). */
    void awaitCleanup() {
        List<Future<?>> last;
        synchronized (this) {
            saving.cancel(false); // the next build will leave its own; a write under way is awaited
            last = List.of(cleaning, saving);
        }
        for (Future<?> work : last) {
            try {
                work.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // deleteQuietly reports what it could not delete; the next build removes the rest
            }
        }
    }

    private void end() {
        awaitCleanup();
        saveNow();
        site.close(line -> {});
    }

    @Override
    public void close() {
        end();
        cleaner.shutdown();
        try {
            Runtime.getRuntime().removeShutdownHook(atExit);
        } catch (IllegalStateException e) {
            // the process is ending: the hook runs anyway
        }
    }
}
