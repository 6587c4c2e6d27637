package io.journeyascode.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile file systems through the command line (SPEC §11): links out of the journeys folder
 * are not followed, an output among the journeys is refused, and an unwritable output, a
 * killed build or a concurrent build leave the previous site as it was. (A disk that fills up
 * midway is simulated inside the site builder: site.AtomicBuildTest.)
 */
class HostileFileSystemTest {

    @TempDir
    Path tmp;

    Path journeys;

    @BeforeEach
    void journeys() throws IOException {
        journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(journeys.resolve("shop.yaml"), journey("shop", 3));
    }

    /** A small clean journey with {@code touchpoints} touchpoints. */
    static String journey(String id, int touchpoints) {
        StringBuilder yaml = new StringBuilder("id: " + id + "\ntitle: Journey " + id + "\nowner: team\n");
        yaml.append("target_emotions: [joy]\nstages:\n");
        String[] phases = {"before", "during", "after"};
        for (int s = 0; s < 3; s++) {
            yaml.append("  - id: s").append(s).append("\n    name: Stage ").append(s);
            yaml.append("\n    phase: ").append(phases[s]).append("\n    touchpoints:\n");
            for (int i = s; i < touchpoints; i += 3) {
                yaml.append("      - id: t")
                        .append(i)
                        .append("\n        name: Touchpoint ")
                        .append(i);
                yaml.append("\n        channel: ").append(i % 2 == 0 ? "web" : "email");
                yaml.append("\n        expectations: [It works]\n        target_emotion: joy\n");
                if (i == 0) {
                    yaml.append("        moment: peak\n");
                }
            }
        }
        return yaml.toString();
    }

    private static void assertOneLineFailure(CliRun run, String fragment) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("journey: ").contains(fragment);
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    private CliRun build(Path out) {
        return CliRun.of("build", journeys.toString(), "--out", out.toString(), "--jobs", "1");
    }

    @Test
    void linksOutOfTheJourneysFolderAreFindingsAndNotFollowed() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.yaml"), journey("secret", 3));
        Files.createDirectories(outside.resolve("folder"));
        Files.writeString(outside.resolve("folder/other.yaml"), journey("other-secret", 3));
        assumeTrue(link(journeys.resolve("leak.yaml"), outside.resolve("secret.yaml")), "no symbolic links here");
        link(journeys.resolve("leaked-folder"), outside.resolve("folder"));
        link(journeys.resolve("inside.yaml"), journeys.resolve("shop.yaml"));

        CliRun run = CliRun.of("validate", journeys.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains(journeys.resolve("leak.yaml") + ":1:1: error: symbolic link points outside the journeys"
                        + " folder; not followed")
                .contains(journeys.resolve("leaked-folder") + ":1:1: error: symbolic link points outside")
                .doesNotContain("secret")
                .doesNotContain("inside.yaml"); // a link that stays inside: its file is read once, as shop.yaml
    }

    @Test
    void refusesAnOutputInsideEqualToAroundTheJourneysOrAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "keep me");
        Map<Path, String> refused = new TreeMap<>();
        refused.put(journeys, "inside the journeys folder");
        refused.put(journeys.resolve("site"), "inside the journeys folder");
        refused.put(journeys.resolve("a/../site"), "inside the journeys folder");
        refused.put(tmp, "contains the journeys folder");
        refused.put(file, "is an existing file");
        for (Map.Entry<Path, String> out : refused.entrySet()) {
            assertOneLineFailure(build(out.getKey()), out.getValue());
        }
        assertThat(Corpus.names(journeys)).containsExactly("shop.yaml");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(Corpus.names(tmp)).containsExactly("file.txt", "journeys");
    }

    @Test
    void buildsIntoTheTargetFolderOfTheJourneysAsAMavenModuleDoes() {
        CliRun run = build(journeys.resolve("target/playbook"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(journeys.resolve("target/playbook/index.html")).exists();
    }

    @Test
    void anUnwritableOutputIsOneLineAndLeavesTheOldSite() throws IOException {
        Path parent = Files.createDirectories(tmp.resolve("readonly"));
        Path out = parent.resolve("site");
        assertThat(build(out).exitCode()).isZero();
        Map<String, String> before = snapshot(out);
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Root (as in this project's CI containers) writes through any permission.
            if (!Files.isWritable(parent)) {
                assertOneLineFailure(build(out), parent.toString());
            } else {
                System.out.println(
                        "Running as root: the read-only folder case is skipped; the cases below refuse" + " root too.");
            }
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(Corpus.names(parent)).containsExactly(".site.lock", "site", "site.cache");
        // Root may write anywhere a permission allows nothing; these places refuse everyone:
        // an output whose parent is a file, and (on Linux) a folder of /proc.
        Path blocker = Files.writeString(tmp.resolve("blocker"), "a file");
        assertOneLineFailure(build(blocker.resolve("site")), "blocker");
        if (Files.isDirectory(Path.of("/proc/self"))) {
            assertOneLineFailure(build(Path.of("/proc/self/site")), "/proc/");
        }
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void aSecondBuildWhileTheFirstHoldsTheLockIsRefused() throws IOException {
        Path out = tmp.resolve("site");
        assertThat(build(out).exitCode()).isZero();
        Map<String, String> before = snapshot(out);
        Files.writeString(journeys.resolve("more.yaml"), journey("more", 4));
        try (FileChannel channel = FileChannel.open(
                        tmp.resolve(".site.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            assertOneLineFailure(build(out), "Another build is writing " + out + "; try again when it has finished.");
        }
        assertThat(snapshot(out)).isEqualTo(before);

        assertThat(build(out).exitCode()).isZero();
        assertThat(out.resolve("journeys/more.html")).exists();
        assertThat(Corpus.names(tmp)).containsExactly(".site.lock", "journeys", "site", "site.cache");
    }

    @Test
    void concurrentBuildsToOneOutputEitherSucceedOrAreRefusedAndTheSiteIsWhole() throws Exception {
        for (int j = 0; j < 20; j++) {
            Files.writeString(journeys.resolve("j" + j + ".yaml"), journey("j" + j, 6));
        }
        Path reference = tmp.resolve("reference");
        assertThat(build(reference).exitCode()).isZero();
        Path out = tmp.resolve("site");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<CliRun> runs = new ArrayList<>();
        try {
            List<Future<CliRun>> futures = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                futures.add(pool.submit((Callable<CliRun>) () -> build(out)));
            }
            for (Future<CliRun> f : futures) {
                runs.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        for (CliRun run : runs) {
            if (run.exitCode() != 0) {
                assertOneLineFailure(run, "Another build is writing");
            }
        }
        assertThat(runs).extracting(CliRun::exitCode).contains(0);
        assertThat(snapshot(out)).isEqualTo(snapshot(reference));
        assertThat(Corpus.names(tmp))
                .containsExactly(
                        ".reference.lock",
                        ".site.lock",
                        "journeys",
                        "reference",
                        "reference.cache",
                        "site",
                        "site.cache");
    }

    @Test
    void aBuildKilledMidwayLeavesTheOldSiteAndTheNextRunCleansUp() throws Exception {
        Path out = tmp.resolve("site");
        assertThat(build(out).exitCode()).isZero();
        Map<String, String> before = snapshot(out);
        Path big = Files.createDirectories(tmp.resolve("big"));
        for (int j = 0; j < 150; j++) {
            Files.writeString(big.resolve("j" + j + ".yaml"), journey("j" + j, 21));
        }

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        io.journeyascode.cli.ClassPathJar.write(tmp).toString(),
                        "io.journeyascode.cli.JourneyCommand",
                        "build",
                        big.toString(),
                        "--out",
                        out.toString(),
                        "--jobs",
                        "1")
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile())
                .start();
        Optional<Path> temp;
        try {
            temp = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> writingInto(child));
            // `java … JourneyCommand build` runs the build in a second JVM (cli.Launcher), which
            // must end by itself when the one the user started is killed
            List<ProcessHandle> started = child.descendants().toList();
            assertThat(started).as("the second JVM").isNotEmpty();
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            for (ProcessHandle second : started) {
                second.onExit().get(30, TimeUnit.SECONDS);
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(temp)
                .as("the child finished before it could be killed: " + Files.readString(tmp.resolve("child.log")))
                .isPresent();
        assertThat(snapshot(out)).as("the old site after the kill").isEqualTo(before);
        assertThat(Corpus.names(tmp)).anyMatch(n -> n.startsWith(".site.tmp-"));

        CliRun next = build(out);

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.err()).contains("left behind by an interrupted build");
        assertThat(Corpus.names(tmp))
                .containsExactly(".site.lock", "big", "child.log", "classpath.jar", "journeys", "site", "site.cache");
        assertThat(snapshot(out)).isEqualTo(before);
    }

    /** Waits until the child has begun writing pages into its temporary folder. */
    private Optional<Path> writingInto(Process child) throws Exception {
        while (child.isAlive()) {
            try (Stream<Path> list = Files.list(tmp)) {
                Optional<Path> temp = list.filter(
                                p -> p.getFileName().toString().startsWith(".site.tmp-"))
                        .findFirst();
                if (temp.isPresent() && holdsAFile(temp.get())) {
                    return temp;
                }
            }
            Thread.sleep(2);
        }
        return Optional.empty();
    }

    /** Whether the build has begun writing pages into its temporary folder. */
    private static boolean holdsAFile(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(Files::isRegularFile);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // it changes while we look
        }
    }

    /** Path → content of every file of a site. */
    static Map<String, String> snapshot(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
