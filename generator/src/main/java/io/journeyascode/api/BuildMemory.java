package io.journeyascode.api;

import io.journeyascode.load.JourneyCache;
import io.journeyascode.site.SiteMemory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * What a process that builds one site again and again ({@code journey build --watch}) keeps from
 * one build to the next: the journeys as the last build loaded them, so that the files that did
 * not change are neither read nor decoded again, and a thread that does what only the next build
 * needs — deleting the replaced site, writing the build cache's files — while the process waits
 * for the next change, and the replaced site as a spare from which the next one is made (see
 * {@link SiteMemory}). One build at a time; {@link #close()}, and the end of the process (Ctrl-C),
 * wait for that work and delete the spare, so that they leave no half-deleted site behind.
 */
public final class BuildMemory implements AutoCloseable {

    private final ExecutorService cleaner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "journey-site-cleanup");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> cleaning = CompletableFuture.completedFuture(null);
    private final SiteMemory site = SiteMemory.keeping(cleanup());
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

    /** Keeps what {@code used} loaded for the next build. */
    synchronized void remember(Path folder, JourneyCache used) {
        journeysFolder = folder;
        journeys = used.reopen();
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
        Future<?> last;
        synchronized (this) {
            last = cleaning;
        }
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // deleteQuietly reports what it could not delete; the next build removes the rest
        }
    }

    private void end() {
        awaitCleanup();
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
