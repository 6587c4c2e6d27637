package io.journeyascode.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.bench.CorpusGenerator;
import io.journeyascode.cache.RecordCodec;
import io.journeyascode.model.Journey;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.Span;
import io.journeyascode.model.Touchpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's cache of journey files (SPEC §10): what comes out of the cache equals what
 * parsing gives, a changed file is parsed again, and a damaged cache is never trusted.
 */
class JourneyCacheTest {

    @TempDir
    Path dir;

    private Path journeys;
    private Path cacheDir;
    private final List<String> log = new ArrayList<>();

    /** Files the loader reports findings for, next to well-formed ones. */
    private static final Map<String, String> WITH_FINDINGS = Map.of(
            "syntax.yaml",
            "title: [unclosed\nstages: {\n",
            "schema.yaml",
            LoaderFixtures.MINIMAL + "colour: blue\n",
            "types.yaml",
            LoaderFixtures.MINIMAL.replace("channel: web", "channel: [web, 3]"),
            "invisible.yaml",
            LoaderFixtures.MINIMAL.replace("Test journey", "Test\u200B journey"),
            "control.yaml",
            LoaderFixtures.MINIMAL.replace("Test journey", "Test\u0007journey"),
            "duplicate.yaml",
            LoaderFixtures.MINIMAL + "title: Again\n",
            "empty.yaml",
            "",
            // findings that hold what the loader read (Finding.ReadAs), which the rules then use
            "read-as.yaml",
            LoaderFixtures.MINIMAL.replace(
                    "channel: web", "channel: web\n        owner: Web Team\n        leads_to: pay"),
            "nested/rich.yaml",
            """
                    id: rich
                    title: Rich journey
                    persona: student
                    owner: web-team
                    target_emotions: [joy, trust]
                    summary: A summary
                    description: |
                      Two lines
                      of text.
                    stages:
                      - id: before
                        phase: before
                        touchpoints:
                          - id: ad
                            name: Advert
                            channel: social
                            interaction: indirect
                            ownership: outsourced
                            provider: Agency
                            critical: true
                            moment: peak
                            target_emotion: joy
                            expectations: [clear, quick]
                            leads_to: [pay]
                            metrics:
                              - type: nps
                                target: 40
                                actual: 12.5
                              - type: custom
                                name: clicks
                                target: 3
                            links:
                              - title: Brief
                                url: https://example.com/brief
                            waivers:
                              - rule: critical-outsourced
                                reason: contract until spring
                                until: 2027-03-01
                      - id: buy
                        phase: during
                        touchpoints:
                          - id: pay
                            name: Pay
                            channel: web
                    """);

    @BeforeEach
    void folders() {
        journeys = dir.resolve("journeys");
        cacheDir = dir.resolve("out.cache");
    }

    private LoadResult loadWithCache() {
        return loadWithCache(JourneyCache.RACY_MILLIS);
    }

    /** Loads trusting the recorded attributes of files changed up to {@code racyMillis} before the last load. */
    private LoadResult loadWithCache(long racyMillis) {
        JourneyCache cache = JourneyCache.open(cacheDir, log::add, racyMillis);
        LoadResult result = PlaybookLoader.load(journeys, cache);
        cache.commitQuietly();
        lastCache = cache;
        return result;
    }

    private JourneyCache lastCache;

    private void writeFindingsCorpus() {
        WITH_FINDINGS.forEach((name, text) -> LoaderFixtures.write(journeys.resolve(name), text));
        // Some of the hostile corpus (hardening/HostileCorpusTest).
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            bomb.append(String.join(",", java.util.Collections.nCopies(9, "*" + (char) (c - 1))))
                    .append("]\n");
        }
        LoaderFixtures.write(journeys.resolve("alias-bomb.yaml"), bomb.toString());
        LoaderFixtures.write(
                journeys.resolve("deep-flow.yaml"), "title: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        LoaderFixtures.write(
                journeys.resolve("global-tag.yaml"),
                LoaderFixtures.MINIMAL.replace("name: Pay", "name: !!python/object:os.system Pay"));
        LoaderFixtures.write(journeys.resolve("two-documents.yaml"), LoaderFixtures.MINIMAL + "---\ntitle: Another\n");
        LoaderFixtures.write(
                journeys.resolve("merge-keys.yaml"), LoaderFixtures.MINIMAL + "        <<: {critical: true}\n");
        // Over the size limit: a finding before any bytes are kept, so never cached.
        LoaderFixtures.write(journeys.resolve("huge.yaml"), "title: " + "a".repeat(SourceText.MAX_BYTES) + "\n");
        LoaderFixtures.write(
                journeys.resolve("utf8.yaml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xC3});
    }

    @Test
    void theBenchmarkCorpusComesBackEqualFromTheCodec() throws IOException {
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(journeys, 20);
        PlaybookConfig config = PlaybookLoader.load(journeys).playbook().config();
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        for (Path file : files) {
            String name = journeys.relativize(file).toString().replace('\\', '/');
            PlaybookLoader.FileResult read = PlaybookLoader.journeyFile(file, name, config);
            byte[] bytes = JourneyCache.encode(read);

            Optional<PlaybookLoader.FileResult> back = JourneyCache.decode(bytes, 0, bytes.length);

            assertThat(back).as(name).contains(read);
            assertThat(back.get().findings()).isEqualTo(read.findings());
        }
    }

    @Test
    void filesWithFindingsComeBackEqualFromTheCodec() {
        writeFindingsCorpus();
        PlaybookConfig config = PlaybookConfig.defaults();
        int withFindings = 0;
        long readAs = 0;
        for (Path file : yamlFiles()) {
            String name = journeys.relativize(file).toString().replace('\\', '/');
            PlaybookLoader.FileResult read = PlaybookLoader.journeyFile(file, name, config);
            withFindings += read.findings().isEmpty() ? 0 : 1;
            byte[] bytes = JourneyCache.encode(read);

            assertThat(JourneyCache.decode(bytes, 0, bytes.length)).as(name).contains(read);
            readAs +=
                    read.findings().stream().filter(f -> f.readAs().isPresent()).count();
        }
        assertThat(withFindings).isGreaterThanOrEqualTo(14);
        assertThat(readAs).isEqualTo(2);
    }

    @Test
    void aDecodedJourneyDerivesItsTouchpointsFromItsStagesAsTheLoaderDoes() {
        writeFindingsCorpus();
        PlaybookLoader.FileResult read = PlaybookLoader.journeyFile(
                journeys.resolve("nested/rich.yaml"), "nested/rich.yaml", PlaybookConfig.defaults());
        byte[] bytes = JourneyCache.encode(read);

        Journey journey = JourneyCache.decode(bytes, 0, bytes.length)
                .orElseThrow()
                .journey()
                .orElseThrow();

        assertThat(journey).isEqualTo(read.journey().orElseThrow());
        Touchpoint ad = journey.touchpoints().get(0);
        assertThat(ad).isSameAs(journey.stages().get(0).touchpoints().get(0));
        assertThat(journey.successors(journey.touchpoints().get(1))).isEmpty();
        assertThat(journey.stageOf(ad)).contains(journey.stages().get(0));
        assertThat(ad.waivers()).hasSize(1);
        assertThat(ad.metrics()).hasSize(2);
    }

    @Test
    void aSecondLoadTakesEveryFileFromTheCacheAndGivesTheSameResult() {
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(journeys, 20);
        writeFindingsCorpus();
        LoadResult cold = PlaybookLoader.load(journeys);

        LoadResult first = loadWithCache();
        assertThat(lastCache.hits()).isZero();
        LoadResult second = loadWithCache();

        assertThat(first).isEqualTo(cold);
        assertThat(second).isEqualTo(cold);
        assertThat(second.findings()).isEqualTo(cold.findings()).isNotEmpty();
        // Every file but the one over the size limit, which is refused before it is read.
        assertThat(lastCache.hits()).isEqualTo(yamlFiles().size() - 1);
        assertThat(lastCache.misses()).isZero();
        assertThat(log).isEmpty();
    }

    @Test
    void filesWhoseAttributesAreAsRecordedAreNotReadAgain() throws Exception {
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(journeys, 20);
        writeFindingsCorpus();
        LoadResult cold = PlaybookLoader.load(journeys);
        Thread.sleep(20); // the files are older than the first load, even with coarse clocks
        loadWithCache(0);
        assertThat(lastCache.unread()).isZero();

        LoadResult second = loadWithCache(0);

        assertThat(second).isEqualTo(cold);
        assertThat(lastCache.unread()).isEqualTo(yamlFiles().size() - 1).isEqualTo(lastCache.hits());
        // The records are kept: a third build does not read them either.
        assertThat(loadWithCache(0)).isEqualTo(cold);
        assertThat(lastCache.unread()).isEqualTo(yamlFiles().size() - 1);

        LoaderFixtures.write(journeys.resolve(PlaybookConfig.FILE_NAME), "title: Another playbook\n");
        assertThat(loadWithCache(0)).isEqualTo(PlaybookLoader.load(journeys));
        assertThat(lastCache.unread()).as("other settings").isZero();
        assertThat(log).isEmpty();
    }

    @Test
    void aFileRewrittenWithItsSizeAndModificationTimeKeptIsReadAgain() throws Exception {
        CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        corpus.write(journeys, 5);
        Thread.sleep(20);
        loadWithCache(0);
        Path file = journeys.resolve(corpus.journeyFile(2));
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        String changed = text.replaceFirst("(?m)^title: \"(.)", "title: \"#");
        assertThat(changed).isNotEqualTo(text).hasSameSizeAs(text);
        Files.writeString(file, changed);
        Files.setLastModifiedTime(file, modified); // as `touch -r` or a careless copy would

        LoadResult again = loadWithCache(0);

        assertThat(again).isEqualTo(PlaybookLoader.load(journeys));
        assertThat(again.playbook().journeys())
                .filteredOn(j -> j.id().value().equals(corpus.journeyId(2)))
                .singleElement()
                .satisfies(j -> assertThat(j.title().value()).startsWith("#"));
        assertThat(lastCache.unread()).isEqualTo(4);
        assertThat(lastCache.misses()).isEqualTo(1);
    }

    @Test
    void aReopenedCacheServesTheNextLoadFromMemoryWithoutItsFile() throws IOException {
        CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        corpus.write(journeys, 8);
        writeFindingsCorpus();
        JourneyCache first = JourneyCache.open(cacheDir, log::add);
        PlaybookLoader.load(journeys, first);
        first.commitQuietly();
        JourneyCache again = first.reopen();
        // What a watching process keeps does not come from the file: delete it, change one journey.
        Files.delete(cacheDir.resolve(JourneyCache.FILE));
        Path file = journeys.resolve(corpus.journeyFile(2));
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: \"", "title: \"Renamed "));

        LoadResult second = PlaybookLoader.load(journeys, again);
        again.commitQuietly();

        assertThat(second).isEqualTo(PlaybookLoader.load(journeys));
        assertThat(again.misses()).isEqualTo(1);
        assertThat(again.hits()).isEqualTo(yamlFiles().size() - 2); // minus the changed and the oversized file
        // and it wrote the file again for a build in another process
        assertThat(loadWithCache()).isEqualTo(second);
        assertThat(lastCache.hits()).isEqualTo(yamlFiles().size() - 1);
        assertThat(log).isEmpty();
    }

    @Test
    void aReopenedCacheKeepsUnchangedMeasurementFilesAndReadsChangedOnesAgain() throws IOException {
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(journeys, 20);
        JourneyCache first = JourneyCache.open(cacheDir, log::add, 0);
        LoadResult before = PlaybookLoader.load(journeys, first);
        Path csv = journeys.resolve("measurements/survey-00.csv");
        List<String> rows = Files.readAllLines(csv);
        Files.writeString(
                csv, String.join("\n", rows) + "\n" + rows.get(1).replaceFirst(",[^,]*$", ",2026-11-01") + "\n");

        JourneyCache second = first.reopen();
        LoadResult changed = PlaybookLoader.load(journeys, second);
        LoadResult unchanged = PlaybookLoader.load(journeys, second.reopen());

        assertThat(changed).isEqualTo(PlaybookLoader.load(journeys));
        assertThat(changed.playbook().measurements())
                .hasSize(before.playbook().measurements().size() + 1);
        assertThat(unchanged).isEqualTo(changed);
        // the rows of the unchanged files are those read before, not read again
        assertThat(unchanged.playbook().measurements())
                .zipSatisfy(changed.playbook().measurements(), (again, read) -> assertThat(again)
                        .isSameAs(read));
    }

    @Test
    void filesChangedShortlyBeforeTheLastBuildAreReadAgain() {
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(journeys, 5);
        loadWithCache(); // the files are younger than two seconds: their times may be too coarse to trust
        LoadResult second = loadWithCache();

        assertThat(second).isEqualTo(PlaybookLoader.load(journeys));
        assertThat(lastCache.hits()).isEqualTo(5);
        assertThat(lastCache.unread()).isZero();
    }

    @Test
    void aChangedFileIsParsedAgain() throws IOException {
        CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        corpus.write(journeys, 5);
        loadWithCache();
        Path file = journeys.resolve(corpus.journeyFile(2));
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: \"", "title: \"Renamed "));

        LoadResult again = loadWithCache();

        assertThat(again).isEqualTo(PlaybookLoader.load(journeys));
        assertThat(again.playbook().journeys())
                .filteredOn(j -> j.id().value().equals(corpus.journeyId(2)))
                .singleElement()
                .satisfies(j -> assertThat(j.title().value()).startsWith("Renamed "));
        assertThat(lastCache.misses()).isEqualTo(1);
        assertThat(lastCache.hits()).isEqualTo(yamlFiles().size() - 1);
    }

    @Test
    void changedSettingsParseEveryFileAgain() {
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(journeys, 3);
        loadWithCache();
        LoaderFixtures.write(journeys.resolve(PlaybookConfig.FILE_NAME), "title: Another playbook\n");

        LoadResult again = loadWithCache();

        assertThat(again).isEqualTo(PlaybookLoader.load(journeys));
        assertThat(lastCache.hits()).isZero();
    }

    @Test
    void aTruncatedCacheIsIgnoredAndTheResultIsStillRight() throws IOException {
        writeFindingsCorpus();
        loadWithCache();
        Path bin = cacheDir.resolve(JourneyCache.FILE);
        byte[] bytes = Files.readAllBytes(bin);
        Files.write(bin, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        LoadResult again = loadWithCache();

        assertThat(again).isEqualTo(PlaybookLoader.load(journeys));
        assertThat(lastCache.hits()).isZero();
        assertThat(log).anyMatch(l -> l.startsWith("Ignoring the journey cache"));
    }

    @Test
    void aCacheWithAChangedByteIsIgnored() throws IOException {
        writeFindingsCorpus();
        loadWithCache();
        Path bin = cacheDir.resolve(JourneyCache.FILE);
        byte[] bytes = Files.readAllBytes(bin);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(bin, bytes);

        LoadResult again = loadWithCache();

        assertThat(again).isEqualTo(PlaybookLoader.load(journeys));
        assertThat(lastCache.hits()).isZero();
        assertThat(log).anyMatch(l -> l.startsWith("Ignoring the journey cache"));
    }

    @Test
    void aCacheThatIsAFolderOrGarbageIsIgnored() throws IOException {
        writeFindingsCorpus();
        Files.createDirectories(cacheDir.resolve(JourneyCache.FILE));
        assertThat(loadWithCache()).isEqualTo(PlaybookLoader.load(journeys));

        Files.delete(cacheDir.resolve(JourneyCache.FILE));
        Files.writeString(cacheDir.resolve(JourneyCache.FILE), "journey-load-cache 1\nnonsense");
        assertThat(loadWithCache()).isEqualTo(PlaybookLoader.load(journeys));
        assertThat(lastCache.hits()).isZero();
    }

    /** A record of the test, not of the model: the cache's codec must refuse to build it. */
    public record Intruder(String command) {}

    @Test
    void anEntryNamingAClassOutsideTheModelIsRefused() throws IOException {
        LoaderFixtures.write(journeys.resolve("test.yaml"), LoaderFixtures.MINIMAL);
        PlaybookConfig config = PlaybookConfig.defaults();
        String key = JourneyCache.key(
                JourneyCache.settingsKey(config), "test.yaml", LoaderFixtures.MINIMAL.getBytes(StandardCharsets.UTF_8));
        RecordCodec permissive = new RecordCodec(List.of(Intruder.class, Span.class), Map.of());
        byte[] payload = permissive.encode(List.of(Optional.of(new Intruder("rm -rf /")), List.of()));
        Files.createDirectories(cacheDir);
        Files.write(cacheDir.resolve(JourneyCache.FILE), JourneyCache.file(Map.of(key, payload)));

        assertThat(JourneyCache.decode(payload, 0, payload.length)).isEmpty();
        LoadResult loaded = loadWithCache();

        assertThat(loaded).isEqualTo(PlaybookLoader.load(journeys));
        assertThat(loaded.playbook().journeys())
                .singleElement()
                .satisfies(j -> assertThat(j.title().value()).isEqualTo("Test journey"));
        assertThat(lastCache.hits()).isZero();
        assertThat(lastCache.misses()).isEqualTo(1);
    }

    @Test
    void aWellFormedEntryUnderTheRightKeyIsTrustedSoTheKeyMustCoverTheBytes() throws IOException {
        // The counterpart of the test above: proves that the crafted file is read at all.
        LoaderFixtures.write(journeys.resolve("test.yaml"), LoaderFixtures.MINIMAL);
        String key = JourneyCache.key(
                JourneyCache.settingsKey(PlaybookConfig.defaults()),
                "test.yaml",
                LoaderFixtures.MINIMAL.getBytes(StandardCharsets.UTF_8));
        PlaybookLoader.FileResult other =
                PlaybookLoader.journeyFile(journeys.resolve("test.yaml"), "test.yaml", PlaybookConfig.defaults());
        Files.createDirectories(cacheDir);
        Files.write(cacheDir.resolve(JourneyCache.FILE), JourneyCache.file(Map.of(key, JourneyCache.encode(other))));

        loadWithCache();

        assertThat(lastCache.hits()).isEqualTo(1);
    }

    private List<Path> yamlFiles() {
        try (Stream<Path> walk = Files.walk(journeys)) {
            return walk.filter(
                            p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !p.getFileName().toString().equals(PlaybookConfig.FILE_NAME))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
