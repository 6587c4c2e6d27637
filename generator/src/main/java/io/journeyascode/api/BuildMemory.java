package io.journeyascode.api;

import io.journeyascode.load.JourneyCache;
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
 * not change are neither read nor decoded again, and a thread that deletes each replaced site
 * while the process waits for the next change. One build at a time; {@link #close()} waits for
 * the last deletion.
 */
public final class BuildMemory implements AutoCloseable {

    private final ExecutorService cleaner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "journey-site-cleanup");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> cleaning = CompletableFuture.completedFuture(null);
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

    /** Runs the deletion of a replaced site on the cleanup thread. */
    Executor cleanup() {
        return task -> {
            synchronized (this) {
                cleaning = cleaner.submit(task);
            }
        };
    }

    /** Waits until the replaced sites are deleted (before the next build looks for leftovers). */
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

    @Override
    public void close() {
        awaitCleanup();
        cleaner.shutdown();
    }
}
