package io.journeyascode.cli;

import static io.journeyascode.bench.BenchmarkRunner.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache is kept between processes, and every JVM iterates {@code Set.of} and
 * {@code Map.copyOf} in an order of its own: a key made from such an order would change from one
 * {@code journey build} to the next and the cache would never be used. The test builds in one
 * JVM and again, with nothing changed, in another.
 */
class CacheAcrossProcessesTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondProcessReusesEverythingTheFirstWrote() throws Exception {
        assumeTrue(onPath("dot"), "Graphviz dot is not on the PATH: this build cache test needs it");
        Path journeys = tmp.resolve("journeys");
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(journeys, 6);
        // Six overrides: two JVMs put them in the same order by chance once in 720.
        Files.writeString(
                journeys.resolve("playbook.yaml"),
                """
                rules:
                  single-channel: info
                  no-peak-moment: info
                  phase-gap: warning
                  missing-expectations: info
                  emotion-off-target: off
                  stale-measurement: warning
                """,
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Path out = tmp.resolve("site");

        String first = build(journeys, out);
        String second = build(journeys, out);

        assertThat(first).containsPattern("Wrote [1-9][0-9]* files to ");
        assertThat(second)
                .as("the second process's log")
                .contains("Wrote none of ")
                .contains("6 journey files from it, 0 parsed");
    }

    /** Runs {@code journey build} in a JVM of its own; returns what it printed. */
    private String build(Path journeys, Path out) throws IOException, InterruptedException {
        List<String> command = ClassPathJar.javaCommand(
                tmp,
                List.of("-Djourney.timings=true"),
                "build",
                journeys.toString(),
                "--out",
                out.toString(),
                "--engine",
                "dot");
        Path log = tmp.resolve("log.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JOURNEY_RELAUNCH", "false");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }
}
