package io.journeyascode.api;

import static io.journeyascode.bench.BenchmarkRunner.onPath;
import static io.journeyascode.site.SiteTrees.assertSameSite;
import static io.journeyascode.site.SiteTrees.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.bench.CorpusGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code journey build --watch}: each change is built as a one-off build would build it, a
 * failing change leaves the site and the watch goes on, and the build's own output and editors'
 * files do not start builds.
 */
class SiteWatcherTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** Long enough for a build of a few journeys on a slow CI machine; the tests wait for events, not times. */
    private static final long EVENT_SECONDS = 120;

    @TempDir
    Path dir;

    private Path journeys;
    /** The --site folder of the builds, if any. */
    private Optional<Path> site = Optional.empty();

    private final CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private SiteWatcher watcher;
    private Thread thread;

    @BeforeEach
    void corpus() {
        assumeTrue(onPath("dot"), "Graphviz dot is not on the PATH: the watch tests build with it");
        journeys = dir.resolve("journeys");
        corpus.write(journeys, 4);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (watcher != null) {
            watcher.close();
            thread.join(TimeUnit.SECONDS.toMillis(EVENT_SECONDS));
            assertThat(thread.isAlive()).as("the watch ends when closed").isFalse();
        }
    }

    @Test
    void aChangedJourneyIsBuiltAgainAsAOneOffBuildWouldBuildIt() throws Exception {
        Path out = dir.resolve("out");
        start(out);
        assertThat(nextBuild().siteWritten()).isTrue();
        Path file = journeys.resolve(corpus.journeyFile(1));

        save(file, Files.readString(file).replaceFirst("(?m)^title: \"", "title: \"Renamed "));

        assertThat(nextChange()).contains(file.toAbsolutePath());
        BuildResult second = nextBuild();
        assertThat(second.siteWritten()).isTrue();
        assertThat(Files.readString(out.resolve("journeys/" + corpus.journeyId(1) + ".html")))
                .contains("Renamed ");
        assertSameSite(out, oneOffBuild());

        // A journey in a folder made after the watch began is built too.
        Path area = Files.createDirectory(journeys.resolve("new-area"));
        save(area.resolve("late.yaml"), Files.readString(file).replaceFirst("(?m)^id: .*$", "id: late-journey"));
        nextChange();
        BuildResult third = nextBuild();
        while (!Files.exists(out.resolve("journeys/late-journey.html"))) {
            nextChange(); // the folder and the file may come as two changes
            third = nextBuild();
        }
        assertThat(third.siteWritten()).isTrue();
        assertSameSite(out, oneOffBuild());
    }

    @Test
    void rebuildsFromTheSpareCopyGiveWhatAOneOffBuildGives() throws Exception {
        Path out = dir.resolve("out");
        Path killed = Files.createDirectories(dir.resolve(".out.spare-left-by-a-killed-watch/journeys"));
        Files.writeString(killed.resolve("stale.html"), "stale");
        start(out);
        nextBuild();
        assertThat(dir.resolve(".out.spare-left-by-a-killed-watch")).doesNotExist();
        Path first = journeys.resolve(corpus.journeyFile(1));
        Path second = journeys.resolve(corpus.journeyFile(2));
        String firstText = Files.readString(first);
        String secondText = Files.readString(second);

        // the first rebuild links the unchanged files and keeps the replaced site as the spare
        save(first, firstText.replaceFirst("(?m)^title: \"", "title: \"One "));
        nextChange();
        assertThat(nextBuild().siteWritten()).isTrue();
        assertSameSite(out, oneOffBuild());
        assertThat(spares()).hasSize(1);

        // a spare that lost a file (to anything but a build) is not used: the site keeps it
        Files.delete(spares().get(0).resolve("assets/style.css"));
        save(second, secondText.replaceFirst("(?m)^title: \"", "title: \"Two "));
        nextChange();
        assertThat(nextBuild().siteWritten()).isTrue();
        assertSameSite(out, oneOffBuild());

        // nor one that lost a file and gained another, as many as it had
        Path spare = spares().get(0);
        Files.delete(spare.resolve("assets/style.css"));
        Files.writeString(spare.resolve("assets/zzz.css"), "not from a build");
        save(second, secondText.replaceFirst("(?m)^title: \"", "title: \"Two and a half "));
        nextChange();
        assertThat(nextBuild().siteWritten()).isTrue();
        assertSameSite(out, oneOffBuild());

        // the next ones start from the spare: changed, unchanged and hand-edited files
        save(second, secondText.replaceFirst("(?m)^title: \"", "title: \"Three "));
        nextChange();
        assertThat(nextBuild().siteWritten()).isTrue();
        assertSameSite(out, oneOffBuild());
        Files.writeString(spares().get(0).resolve("journeys/stray.html"), "not from a build");
        save(second, secondText.replaceFirst("(?m)^title: \"", "title: \"Four "));
        nextChange();
        assertThat(nextBuild().siteWritten()).isTrue();
        assertSameSite(out, oneOffBuild());
        Path handEdited = out.resolve("assets/style.css"); // the same file as in the spare (a hard link)
        Files.writeString(handEdited, "edited by hand", java.nio.file.StandardOpenOption.APPEND);
        save(first, firstText);
        nextChange();
        assertThat(nextBuild().siteWritten()).isTrue();
        assertSameSite(out, oneOffBuild());
        assertThat(Files.readString(handEdited)).doesNotContain("edited by hand");

        // a journey added, then removed: its files and its folder go
        Path extra = journeys.resolve(corpus.journeyFile(3)).resolveSibling("extra.yaml");
        save(
                extra,
                Files.readString(journeys.resolve(corpus.journeyFile(3)))
                        .replaceFirst("(?m)^id: .*$", "id: extra-journey"));
        nextChange();
        assertThat(nextBuild().siteWritten()).isTrue();
        assertThat(out.resolve("journeys/extra-journey")).isDirectory();
        save(second, secondText); // so that the spare, two builds old, has the journey too
        nextChange();
        assertThat(nextBuild().siteWritten()).isTrue();
        Files.delete(extra);
        nextChange();
        assertThat(nextBuild().siteWritten()).isTrue();
        Path cold = oneOffBuild();
        assertSameSite(out, cold);
        assertThat(folders(out)).isEqualTo(folders(cold));
        assertThat(out.resolve("journeys/extra-journey")).doesNotExist();

        watcher.close();
        thread.join(TimeUnit.SECONDS.toMillis(EVENT_SECONDS));
        assertThat(spares()).as("the spare is deleted when the watch ends").isEmpty();
        // the cache files, written when the watch ends (or is idle), describe the last build
        assertThat(dir.resolve("out.cache/manifest.tsv")).isRegularFile();
        assertThat(dir.resolve("out.cache/journeys.bin")).isRegularFile();
        List<String> lines = new java.util.ArrayList<>();
        JourneyGenerator.build(options(out), lines::add);
        assertThat(lines).anyMatch(line -> line.startsWith("Wrote none of "));
    }

    @Test
    void aChangedSiteFolderIsUsedByTheNextBuildEvenWithTheSameTime() throws Exception {
        Path messages = Files.createDirectories(dir.resolve("site")).resolve("messages_en.properties");
        Files.writeString(messages, "search.kind.journey=Reise\n");
        java.nio.file.attribute.FileTime anHourAgo =
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(messages, anHourAgo);
        site = Optional.of(dir.resolve("site"));
        Path out = dir.resolve("out");
        start(out);
        nextBuild();
        Path file = journeys.resolve(corpus.journeyFile(1));
        save(file, Files.readString(file).replaceFirst("(?m)^title: \"", "title: \"Renamed "));
        nextChange();
        nextBuild(); // with the messages, templates and site files kept from the first build
        assertThat(Files.readString(out.resolve("search-index.json"))).contains("\"kind\":\"Reise\"");

        // changed as a careless copy would: the time set back to the old one
        Files.writeString(messages, "search.kind.journey=Voyage\n");
        Files.setLastModifiedTime(messages, anHourAgo);
        nextChange();
        assertThat(nextBuild().siteWritten()).isTrue();

        assertThat(Files.readString(out.resolve("search-index.json"))).contains("\"kind\":\"Voyage\"");
        assertSameSite(out, oneOffBuild());
    }

    @Test
    void aSiteFolderMovedAwayAndBackIsBuiltAgain() throws Exception {
        Path siteFolder = Files.createDirectories(dir.resolve("site"));
        Files.writeString(siteFolder.resolve("messages_en.properties"), "search.kind.journey=Reise\n");
        site = Optional.of(siteFolder);
        Path out = dir.resolve("out");
        start(out);
        assertThat(nextBuild().siteWritten()).isTrue();
        assertThat(Files.readString(out.resolve("search-index.json"))).contains("\"kind\":\"Reise\"");

        // moved away: a build that cannot run, as a one-off build would say
        Path away = Files.move(siteFolder, dir.resolve("site.away"));
        assertThat(nextChange()).contains(siteFolder.toAbsolutePath());
        assertThat(events.poll(EVENT_SECONDS, TimeUnit.SECONDS)).isInstanceOf(ToolException.class);

        // changed while away, then moved back: built with what it holds now
        Files.writeString(away.resolve("messages_en.properties"), "search.kind.journey=Voyage\n");
        Files.move(away, siteFolder);
        BuildResult back = buildWhere(BuildResult::siteWritten);
        assertThat(back.siteWritten()).isTrue();
        assertThat(Files.readString(out.resolve("search-index.json"))).contains("\"kind\":\"Voyage\"");
        assertSameSite(out, oneOffBuild());
    }

    /** The spare copies of the site beside {@code out}. */
    private List<Path> spares() throws java.io.IOException {
        try (var entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".out.spare-"))
                    .toList();
        }
    }

    private static java.util.Set<Path> folders(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            return paths.filter(Files::isDirectory)
                    .map(root::relativize)
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    @Test
    void aChangeThatFailsValidationLeavesTheSiteAndTheWatchGoesOn() throws Exception {
        Path out = dir.resolve("out");
        start(out);
        nextBuild();
        var before = tree(out);
        Path file = journeys.resolve(corpus.journeyFile(2));
        String text = Files.readString(file);

        save(file, text.replaceFirst("(?m)^stages:", "stages: [unclosed"));

        nextChange();
        BuildResult broken = nextBuild();
        assertThat(broken.siteWritten()).isFalse();
        assertThat(broken.validation().findings()).anyMatch(f -> f.rule().equals("yaml-syntax"));
        assertThat(tree(out)).isEqualTo(before);

        save(file, text.replaceFirst("(?m)^title: \"", "title: \"Fixed "));

        nextChange();
        assertThat(nextBuild().siteWritten()).isTrue();
        assertSameSite(out, oneOffBuild());
    }

    @Test
    void theBuildsOwnOutputAndEditorsFilesStartNoBuild() throws Exception {
        // The output in the journeys folder's target folder, as in a Maven module.
        Path out = journeys.resolve("target/playbook");
        start(out);
        nextBuild();
        Files.writeString(journeys.resolve(".x.yaml.swp"), "swap");
        Files.writeString(journeys.resolve(corpus.journeyFile(0) + "~"), "backup");
        Files.writeString(journeys.resolve("target/other.yaml"), "not a journey of the playbook");

        assertThat(events.poll(2, TimeUnit.SECONDS))
                .as("no build for the build's own files, hidden files, backups or target/")
                .isNull();

        Path file = journeys.resolve(corpus.journeyFile(3));
        save(file, Files.readString(file).replaceFirst("(?m)^title: \"", "title: \"Again "));
        assertThat(nextChange()).containsExactly(file.toAbsolutePath());
        assertThat(nextBuild().siteWritten()).isTrue();
        assertThat(events.poll(2, TimeUnit.SECONDS))
                .as("a build's own writes into the journeys folder's target/ start no other")
                .isNull();
    }

    @Test
    void aJourneysFolderThatVanishesAndComesBackIsWatchedAgain() throws Exception {
        Path out = dir.resolve("out");
        start(out);
        nextBuild();

        io.journeyascode.bench.BenchmarkRunner.deleteTree(journeys); // a branch without it
        corpus.write(journeys, 3); // and back, with one journey less

        BuildResult back = buildWhere(result -> result.siteWritten()
                && result.validation().playbook().journeys().size() == 3);
        assertThat(back.siteWritten()).isTrue();
        assertSameSite(out, oneOffBuild());
    }

    @Test
    void whatIsWatchedAndWhatIsNot() {
        Path out = dir.resolve("site/out");
        try (SiteWatcher watcher = SiteWatcher.open(options(out))) {
            Path root = journeys.toAbsolutePath();

            assertThat(watcher.watched(root.resolve("a.yaml"))).isTrue();
            assertThat(watcher.watched(root.resolve("area/measurements/nps.csv")))
                    .isTrue();
            assertThat(watcher.watched(root.resolve("target"))).isFalse();
            assertThat(watcher.watched(root.resolve(".git"))).isFalse();
            assertThat(watcher.watched(root.resolve("a.yaml~"))).isFalse();
            assertThat(watcher.watched(root.resolve("#a.yaml#"))).isFalse();
            assertThat(watcher.watched(root.resolve("4913"))).isFalse();
            assertThat(watcher.watched(root.resolve("area/4913"))).isFalse();
            assertThat(watcher.watched(root.resolve("2024")))
                    .as("a folder with a year's name")
                    .isTrue();
            assertThat(watcher.watched(out.toAbsolutePath().resolve("index.html")))
                    .isFalse();
            assertThat(watcher.watched(
                            dir.resolve("site/out.cache/manifest.tsv").toAbsolutePath()))
                    .isFalse();
            assertThat(watcher.roots()).containsExactly(root);
        }
    }

    private void start(Path out) {
        watcher = SiteWatcher.open(options(out));
        thread = new Thread(() -> watcher.run(line -> {}, new SiteWatcher.Listener() {
            @Override
            public void built(BuildResult result, long millis) {
                events.add(result);
            }

            @Override
            public void failed(ToolException failure) {
                events.add(failure);
            }

            @Override
            public void changed(List<Path> paths) {
                events.add(paths);
            }
        }));
        thread.start();
    }

    /**
     * Saves as editors do, through a hidden temporary file moved over the old one: one change. (A
     * plain write truncates first, and a build between the two would see an empty file.)
     */
    private static void save(Path file, String text) throws java.io.IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, text);
        Files.move(
                temp,
                file,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private BuildResult nextBuild() throws InterruptedException {
        Object event = events.poll(EVENT_SECONDS, TimeUnit.SECONDS);
        assertThat(event).as("a build").isInstanceOf(BuildResult.class);
        return (BuildResult) event;
    }

    /** The first build that satisfies {@code wanted}, skipping other events. */
    private BuildResult buildWhere(java.util.function.Predicate<BuildResult> wanted) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(EVENT_SECONDS);
        while (System.nanoTime() < until) {
            Object event = events.poll(1, TimeUnit.SECONDS);
            if (event instanceof BuildResult result && wanted.test(result)) {
                return result;
            }
        }
        throw new AssertionError("no such build in " + EVENT_SECONDS + " s");
    }

    @SuppressWarnings("unchecked")
    private List<Path> nextChange() throws InterruptedException {
        Object event = events.poll(EVENT_SECONDS, TimeUnit.SECONDS);
        assertThat(event).as("a change").isInstanceOf(List.class);
        return (List<Path>) event;
    }

    private Path oneOffBuild() {
        Path cold = dir.resolve("cold-" + System.nanoTime());
        JourneyGenerator.build(options(cold), line -> {});
        return cold;
    }

    private BuildOptions options(Path out) {
        return new BuildOptions(
                journeys,
                out,
                Optional.empty(),
                site,
                Engine.DOT,
                2,
                Optional.empty(),
                FailOn.ERROR,
                TODAY,
                Optional.empty());
    }
}
