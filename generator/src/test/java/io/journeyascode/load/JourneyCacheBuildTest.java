package io.journeyascode.load;

import static io.journeyascode.bench.BenchmarkRunner.onPath;
import static io.journeyascode.site.SiteTrees.assertSameSite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.Engine;
import io.journeyascode.api.FailOn;
import io.journeyascode.api.JourneyGenerator;
import io.journeyascode.bench.CorpusGenerator;
import io.journeyascode.cache.RecordCodec;
import io.journeyascode.cache.SiteCache;
import io.journeyascode.model.PlaybookConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with the journey cache (SPEC §10) writes the same bytes as a build without it, whether
 * the cache is warm, stale, damaged or forged.
 */
class JourneyCacheBuildTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int JOURNEYS = 6;

    @TempDir
    Path dir;

    private Path journeys;
    private final CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void corpus() {
        assumeTrue(onPath("dot"), "Graphviz dot is not on the PATH: the journey cache build tests need it");
        journeys = dir.resolve("journeys");
        corpus.write(journeys, JOURNEYS);
    }

    @Test
    void aWarmBuildTakesEveryJourneyFromTheCacheAndEqualsAColdBuild() throws IOException {
        Path out = dir.resolve("out");
        build(out);
        assertThat(bin(out)).isRegularFile();
        log.clear();

        build(out);

        assertThat(log).anyMatch(l -> l.contains(" " + JOURNEYS + " journey files from it, 0 parsed"));
        assertSameSite(out, coldBuild());
    }

    @Test
    void aChangedJourneyIsParsedAgainAndShowsItsNewTitle() throws IOException {
        Path out = dir.resolve("out");
        build(out);
        Path file = journeys.resolve(corpus.journeyFile(3));
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: \"", "title: \"Renamed "));
        log.clear();

        build(out);

        assertThat(log).anyMatch(l -> l.contains(" " + (JOURNEYS - 1) + " journey files from it, 1 parsed"));
        assertThat(Files.readString(out.resolve("journeys/" + corpus.journeyId(3) + ".html")))
                .contains("Renamed ");
        assertSameSite(out, coldBuild());
    }

    @Test
    void aTruncatedCacheIsIgnoredAndTheBuildIsStillRight() throws IOException {
        Path out = dir.resolve("out");
        build(out);
        byte[] bytes = Files.readAllBytes(bin(out));
        Files.write(bin(out), Arrays.copyOf(bytes, bytes.length - 5));
        log.clear();

        build(out);

        assertThat(log).anyMatch(l -> l.startsWith("Ignoring the journey cache"));
        assertThat(log).anyMatch(l -> l.contains(" 0 journey files from it, " + JOURNEYS + " parsed"));
        assertSameSite(out, coldBuild());
        log.clear();
        build(out);
        assertThat(log).as("the next build has a whole cache again").anyMatch(l -> l.contains(" 0 parsed"));
    }

    @Test
    void aCorruptedCacheIsIgnoredAndTheBuildIsStillRight() throws IOException {
        Path out = dir.resolve("out");
        build(out);
        byte[] bytes = Files.readAllBytes(bin(out));
        for (int i = bytes.length / 3; i < bytes.length / 3 + 16; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(bin(out), bytes);

        build(out);

        assertThat(log).anyMatch(l -> l.startsWith("Ignoring the journey cache"));
        assertSameSite(out, coldBuild());
    }

    /** A record outside the model, which the cache must never make. */
    public record Forged(String title) {}

    @Test
    void aCacheEntryNamingAClassOutsideTheModelIsRefused() throws IOException {
        Path out = dir.resolve("out");
        build(out);
        // An entry with a valid key and checksum whose value names a class outside the allowlist.
        String name = corpus.journeyFile(2);
        PlaybookConfig config = PlaybookLoader.load(journeys).playbook().config();
        String key =
                JourneyCache.key(JourneyCache.settingsKey(config), name, Files.readAllBytes(journeys.resolve(name)));
        byte[] payload = new RecordCodec(List.of(Forged.class), Map.of())
                .encode(List.of(Optional.of(new Forged("Forged title")), List.of()));
        Files.write(bin(out), JourneyCache.file(Map.of(key, payload)));
        log.clear();

        build(out);

        assertThat(log).anyMatch(l -> l.contains(" 0 journey files from it, " + JOURNEYS + " parsed"));
        assertThat(new String(Files.readAllBytes(out.resolve("index.html")), StandardCharsets.UTF_8))
                .doesNotContain("Forged title");
        assertSameSite(out, coldBuild());
    }

    private static Path bin(Path out) {
        return SiteCache.folderFor(out).resolve(JourneyCache.FILE);
    }

    private void build(Path out) {
        String before = System.getProperty("journey.timings");
        System.setProperty("journey.timings", "true");
        try {
            JourneyGenerator.build(
                    new BuildOptions(
                            journeys,
                            out,
                            Optional.empty(),
                            Optional.empty(),
                            Engine.DOT,
                            2,
                            Optional.of("https://example.com/repo/blob/main/journeys"),
                            FailOn.ERROR,
                            TODAY,
                            Optional.empty()),
                    log::add);
        } finally {
            if (before == null) {
                System.clearProperty("journey.timings");
            } else {
                System.setProperty("journey.timings", before);
            }
        }
    }

    private Path coldBuild() {
        Path cold = dir.resolve("cold-" + System.nanoTime());
        build(cold);
        return cold;
    }
}
