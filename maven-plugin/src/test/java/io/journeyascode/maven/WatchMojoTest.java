package io.journeyascode.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey:watch}: builds, builds again after a change, and ends when its thread is stopped. */
class WatchMojoTest {

    /** Generous for a slow machine or the bundled JavaScript engine; the test waits for files, not times. */
    private static final long WAIT_SECONDS = 180;

    private static final String JOURNEY = ShopJourney.with();

    @TempDir
    Path tmp;

    private final RecordingLog log = new RecordingLog();

    private WatchMojo mojo(Path journeys, Path site) {
        WatchMojo mojo = new WatchMojo();
        mojo.setLog(log);
        mojo.journeysDirectory = journeys.toFile();
        mojo.outputDirectory = site.toFile();
        mojo.failOn = "error";
        mojo.engine = "auto";
        return mojo;
    }

    @Test
    void buildsThenBuildsAgainAfterAChangeUntilStopped() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Path file = Files.writeString(journeys.resolve("shop.yaml"), JOURNEY);
        Path site = tmp.resolve("site");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread watching = new Thread(() -> {
            try {
                mojo(journeys, site).execute();
            } catch (Exception | Error e) {
                failure.set(e);
            }
        });
        watching.start();
        try {
            awaitFileContaining(site.resolve("journeys/shop.html"), "Shop", failure);

            Files.writeString(file, JOURNEY.replace("title: Shop", "title: Corner shop"));

            awaitFileContaining(site.resolve("journeys/shop.html"), "Corner shop", failure);
        } finally {
            watching.interrupt();
            watching.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
        assertThat(watching.isAlive())
                .as("the goal ends when its thread is interrupted")
                .isFalse();
        assertThat(failure.get()).isNull();
        List<String> lines = List.copyOf(log.lines);
        assertThat(lines).filteredOn(l -> l.startsWith("INFO Site written to ")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines).anyMatch(l -> l.startsWith("INFO Watching ") && l.endsWith("Ctrl-C stops."));
        assertThat(lines).anyMatch(l -> l.startsWith("INFO Changed: shop.yaml"));
    }

    @Test
    void aFirstBuildThatCannotRunEndsTheGoalAsBuildWould() {
        WatchMojo mojo = mojo(tmp.resolve("nowhere"), tmp.resolve("site"));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("nowhere");
    }

    private static void awaitFileContaining(Path file, String text, AtomicReference<Throwable> failure)
            throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < until) {
            assertThat(failure.get()).as("the goal failed").isNull();
            if (Files.isRegularFile(file) && Files.readString(file).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(file + " did not come to contain `" + text + "` in " + WAIT_SECONDS + " s");
    }
}
