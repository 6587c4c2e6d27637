package io.journeyascode.site;

import static io.journeyascode.bench.BenchmarkRunner.deleteTree;
import static io.journeyascode.bench.BenchmarkRunner.onPath;
import static io.journeyascode.site.SiteTrees.assertSameSite;
import static io.journeyascode.site.SiteTrees.differences;
import static io.journeyascode.site.SiteTrees.tree;
import static io.journeyascode.site.SiteTrees.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.Engine;
import io.journeyascode.api.FailOn;
import io.journeyascode.api.JourneyGenerator;
import io.journeyascode.bench.CorpusGenerator;
import io.journeyascode.cache.SiteCache;
import io.journeyascode.diagram.Diagrams;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.Touchpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache (SPEC §10): a rebuild gives the same bytes as a build from nothing, and
 * renders again exactly the files whose inputs changed. Which files a build wrote is told by
 * their modification times.
 */
class BuildCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int JOURNEYS = 6;
    private static final int PAGE_ROWS = 10;

    @TempDir
    Path dir;

    private Path journeys;
    private final CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void corpus() {
        assumeTrue(onPath("dot"), "Graphviz dot is not on the PATH: the build cache tests need it");
        journeys = dir.resolve("journeys");
        corpus.write(journeys, JOURNEYS);
    }

    @Test
    void warmRebuildEqualsAColdBuildByteForByteAndWritesNothing() throws Exception {
        Path out = dir.resolve("out");
        build(out, 2, Optional.empty());
        Map<String, Long> before = times(out);

        build(out, 3, Optional.empty());

        assertThat(rewritten(before, out)).isEmpty();
        assertSameSite(out, coldBuild(Optional.empty()));
        assertThat(log).anyMatch(l -> l.startsWith("Wrote none of ") && l.contains(": nothing changed"));
    }

    /**
     * A one-off rebuild with nothing to render leaves the site folder itself as it is (no new
     * folder of links swapped in), unless it holds what the last build did not leave: a file or
     * folder more, a file less. Then it is replaced as in any rebuild, by a site equal to a cold
     * build's.
     */
    @Test
    void aRebuildWithNothingToRenderLeavesTheSiteFolderUnlessItHoldsSomethingElse() throws Exception {
        Path out = dir.resolve("out");
        build(out, 2, Optional.empty());
        Object folder = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
        assumeTrue(folder != null, "the file system gives folders no identity to compare");

        build(out, 2, Optional.empty());
        assertThat(Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class)
                        .fileKey())
                .isEqualTo(folder);

        Path cold = coldBuild(Optional.empty());
        for (String change : List.of("a file more", "a folder more", "a file less")) {
            log.clear();
            switch (change) {
                case "a file more" -> Files.writeString(out.resolve("notes.txt"), "mine");
                case "a folder more" -> Files.createDirectory(out.resolve("journeys/drafts"));
                default -> Files.delete(out.resolve("index.html"));
            }
            Object before = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey();

            build(out, 2, Optional.empty());

            assertThat(Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class)
                            .fileKey())
                    .as(change)
                    .isNotEqualTo(before);
            assertThat(log).as(change).noneMatch(l -> l.startsWith("Wrote none of "));
            assertThat(out.resolve("notes.txt")).doesNotExist();
            assertThat(out.resolve("journeys/drafts")).doesNotExist();
            assertSameSite(out, cold);
        }
    }

    @Test
    void changingOneJourneyRendersItsPagesAndTheirNeighboursAgainAndNothingElse() throws Exception {
        Path out = dir.resolve("out");
        build(out, 2, Optional.empty());
        Map<String, Long> before = times(out);
        Map<String, String> reports = tree(out);
        String changed = corpus.journeyId(3);
        Path file = journeys.resolve(corpus.journeyFile(3));
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: \"", "title: \"Renamed "));

        build(out, 2, Optional.empty());

        Set<String> rewritten = rewritten(before, out);
        // Journeys 2 and 4 reference journey 3 (the corpus links each journey to the one before).
        Set<String> neighbours = Set.of(corpus.journeyId(2), changed, corpus.journeyId(4));
        assertThat(rewritten).containsAll(journeyFiles(out, changed));
        assertThat(journeyPagesIn(
                        rewritten.stream().filter(p -> !p.endsWith(".svg")).collect(Collectors.toSet())))
                .isEqualTo(neighbours);
        // Of the pages that list many journeys, exactly those that show the renamed journey; the
        // reports only when the findings changed with the title (they did not: same bytes).
        Map<String, String> after = tree(out);
        Set<String> showingIt = after.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("journeys/"))
                .filter(e -> e.getValue().contains("journeys/" + changed + ".html"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(showingIt).contains("index.html").anyMatch(p -> p.startsWith("teams/"));
        assertThat(showingIt).anyMatch(p -> p.startsWith("channels/"));
        Set<String> expected = new TreeSet<>(showingIt);
        expected.addAll(Set.of("search-index.json", "assets/search-index.js"));
        assertThat(rewritten).filteredOn(p -> !p.startsWith("journeys/")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(after.get("reports/findings.json")).isEqualTo(reports.get("reports/findings.json"));
        // Of the neighbours' touchpoint pages, exactly those that name the renamed journey.
        Set<String> neighbourPages = after.entrySet().stream()
                .filter(e -> e.getKey().startsWith("journeys/" + corpus.journeyId(2) + "/")
                        || e.getKey().startsWith("journeys/" + corpus.journeyId(4) + "/"))
                .filter(e -> e.getValue().contains(changed + "/"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(neighbourPages).isNotEmpty();
        assertThat(rewritten)
                .filteredOn(p -> p.startsWith("journeys/" + corpus.journeyId(2) + "/")
                        || p.startsWith("journeys/" + corpus.journeyId(4) + "/"))
                .containsExactlyInAnyOrderElementsOf(neighbourPages);
        assertThat(before.keySet())
                .anyMatch(p -> p.startsWith("teams/") && !rewritten.contains(p))
                .anyMatch(p -> p.startsWith("channels/") && !rewritten.contains(p));
        // dot draws the diagrams of a batch in one process: a changed diagram's batch is drawn again
        Map<String, List<String>> mates =
                io.journeyascode.diagram.Diagrams.batchMates(new io.journeyascode.model.PlaybookIndex(
                        io.journeyascode.load.PlaybookLoader.load(journeys).playbook()));
        assertThat(rewritten)
                .filteredOn(p -> p.endsWith(".svg"))
                .containsExactlyInAnyOrderElementsOf(neighbours.stream()
                        .flatMap(j -> mates.get(j).stream())
                        .map(j -> "journeys/" + j + ".svg")
                        .collect(Collectors.toCollection(TreeSet::new)));
        assertSameSite(out, coldBuild(Optional.empty()));
    }

    @Test
    void renamingOneJourneyRendersOnlyThePagesOfTeamsAndChannelsThatShowIt() throws Exception {
        Path out = dir.resolve("out");
        buildPaged(out, 2);
        Map<String, Long> before = times(out);
        Map<String, String> old = tree(out);
        String changed = corpus.journeyId(3);
        Path file = journeys.resolve(corpus.journeyFile(3));
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: \"", "title: \"Renamed "));

        buildPaged(out, 2);

        Set<String> rewritten = rewritten(before, out);
        Map<String, String> after = tree(out);
        Set<String> listings = after.keySet().stream()
                .filter(p -> p.startsWith("teams/") || p.startsWith("channels/"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> later = listings.stream()
                .filter(p -> p.matches(".*/\\d+\\.html"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(later).as("pages after the first").hasSizeGreaterThan(5);
        // Exactly the pages whose bytes changed: those that show the renamed journey, in their
        // rows or (a team's first page) in its critical table or findings.
        Set<String> differ = listings.stream()
                .filter(p -> !after.get(p).equals(old.get(p)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rewritten).filteredOn(listings::contains).containsExactlyInAnyOrderElementsOf(differ);
        assertThat(differ).allMatch(p -> after.get(p).contains("Renamed "));
        Set<String> laterShowingIt = later.stream()
                .filter(p -> after.get(p).contains("Renamed "))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(laterShowingIt).isNotEmpty();
        assertThat(rewritten).filteredOn(later::contains).containsExactlyInAnyOrderElementsOf(laterShowingIt);
        assertThat(later).anyMatch(p -> !rewritten.contains(p));
        assertThat(listings)
                .filteredOn(p -> !p.matches(".*/\\d+\\.html") && !rewritten.contains(p))
                .as("first pages left alone")
                .isNotEmpty();
        Path cold = dir.resolve("cold-paged");
        buildPaged(cold, 1);
        assertSameSite(out, cold);

        Map<String, Long> settled = times(out);
        buildPaged(out, 3);
        assertThat(rewritten(settled, out)).isEmpty();
    }

    @Test
    void changingAMeasurementRendersOnlyItsJourneysPagesAgain() throws Exception {
        Path out = dir.resolve("out");
        build(out, 2, Optional.empty());
        Map<String, Long> before = times(out);
        Path csv = journeys.resolve("measurements/survey-00.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(csv));
        String[] row = rows.get(1).split(",");
        row[3] = row[3].equals("1") ? "2" : "1"; // in range for every metric type
        rows.set(1, String.join(",", row));
        Files.write(csv, rows);

        build(out, 2, Optional.empty());

        Set<String> rewritten = rewritten(before, out);
        assertThat(journeyPagesIn(rewritten)).containsExactly(row[0]);
        assertThat(rewritten).contains("journeys/" + row[0] + "/" + row[1] + ".html");
        assertThat(rewritten).noneMatch(p -> p.endsWith(".svg"));
        assertThat(rewritten).doesNotContain("search-index.json", "assets/search-index.js", "search.html");
        assertSameSite(out, coldBuild(Optional.empty()));
    }

    /**
     * A measurement that brings a touchpoint short of its target changes its map (the touchpoint
     * is marked): the diagrams of its batch are drawn again, and taking the row back draws the map
     * as it was.
     */
    @Test
    void aMeasurementThatFallsShortOfTheTargetDrawsItsJourneysMapAgain() throws Exception {
        Path out = dir.resolve("out");
        build(out, 2, Optional.empty());
        PlaybookIndex index = new PlaybookIndex(
                io.journeyascode.load.PlaybookLoader.load(journeys).playbook());
        String row = null;
        String journey = null;
        for (Journey j : index.journeys()) {
            for (Touchpoint tp : j.touchpoints()) {
                for (Metric m : tp.metrics()) {
                    if (row == null
                            && m.type().value() == MetricType.NPS
                            && m.target().isPresent()
                            && !index.shortOfTarget(j, tp)) {
                        journey = j.id().value();
                        row = journey + "," + tp.id().value() + ",nps,-100,2026-11-01";
                    }
                }
            }
        }
        assertThat(row).as("an NPS with a target, on target").isNotNull();
        String mapBefore = Files.readString(out.resolve("journeys/" + journey + ".svg"));
        assertThat(mapBefore).doesNotContain("short of target");
        Map<String, Long> before = times(out);
        Path csv = journeys.resolve("measurements/survey-00.csv");
        String rows = Files.readString(csv);
        Files.writeString(csv, rows + row + "\n");

        build(out, 2, Optional.empty());

        Set<String> rewritten = rewritten(before, out);
        Set<String> batch = Diagrams.batchMates(index).get(journey).stream()
                .map(id -> "journeys/" + id + ".svg")
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rewritten).filteredOn(p -> p.endsWith(".svg")).containsExactlyInAnyOrderElementsOf(batch);
        assertThat(Files.readString(out.resolve("journeys/" + journey + ".svg")))
                .contains("short&#45;of&#45;target", "✗ short of target");
        assertSameSite(out, coldBuild(Optional.empty()));

        Files.writeString(csv, rows);
        build(out, 2, Optional.empty());
        assertThat(Files.readString(out.resolve("journeys/" + journey + ".svg")))
                .isEqualTo(mapBefore);
    }

    @Test
    void changingAWaiverRendersTheFindingsPageThatListsItAgain() throws Exception {
        Path out = dir.resolve("out");
        build(out, 2, Optional.empty());
        Map<String, Long> before = times(out);
        String findingsBefore = Files.readString(out.resolve("findings.html"));
        Path file = null;
        for (int j = 0; j < JOURNEYS && file == null; j++) {
            Path candidate = journeys.resolve(corpus.journeyFile(j));
            if (Files.readString(candidate).contains("reason: ")) {
                file = candidate;
            }
        }
        assertThat(file).as("a journey of the corpus with a waiver").isNotNull();
        // the same finding stays accepted, for another reason: no finding changes, the page does
        Files.writeString(file, Files.readString(file).replaceFirst("reason: .*", "reason: \"Reviewed again\""));

        build(out, 2, Optional.empty());

        assertThat(rewritten(before, out)).contains("findings.html");
        assertThat(Files.readString(out.resolve("findings.html")))
                .isNotEqualTo(findingsBefore)
                .contains("Reviewed again");
        assertSameSite(out, coldBuild(Optional.empty()));
    }

    @Test
    void aNewFindingRendersTheReportsTheFindingsPagesAndATeamsPageAgain() throws Exception {
        Path out = dir.resolve("out");
        build(out, 2, Optional.empty());
        Map<String, Long> before = times(out);
        String reportBefore = Files.readString(out.resolve("reports/findings.json"));
        Path file = journeys.resolve(corpus.journeyFile(3));
        // A touchpoint without a target emotion is a warning: the site is still written.
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^ +target_emotion: .*\n", ""));

        build(out, 2, Optional.empty());

        assertThat(Files.readString(out.resolve("reports/findings.json"))).isNotEqualTo(reportBefore);
        Set<String> rewritten = rewritten(before, out);
        assertThat(rewritten)
                .contains(
                        "reports/findings.json",
                        "reports/findings.sarif",
                        "reports/junit.xml",
                        "findings.html",
                        "rules.html")
                .anyMatch(p -> p.startsWith("teams/"));
        assertSameSite(out, coldBuild(Optional.empty()));
    }

    @Test
    void changingOneTemplateRendersExactlyThePagesMadeWithIt() throws Exception {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("team.ftlh"), builtIn("team.ftlh"));
        Path out = dir.resolve("out");
        build(out, 2, Optional.of(templates));
        Map<String, Long> before = times(out);
        Files.writeString(templates.resolve("team.ftlh"), builtIn("team.ftlh") + "<#-- changed -->\n<!-- v2 -->\n");

        build(out, 2, Optional.of(templates));

        Set<String> rewritten = rewritten(before, out);
        assertThat(rewritten).isNotEmpty().allMatch(p -> p.startsWith("teams/"));
        assertThat(rewritten)
                .containsExactlyInAnyOrderElementsOf(before.keySet().stream()
                        .filter(p -> p.startsWith("teams/"))
                        .toList());
        assertSameSite(out, coldBuild(Optional.of(templates)));
    }

    @Test
    void aTruncatedFileOfTheSiteIsDetectedAndRenderedAgain() throws Exception {
        Path out = dir.resolve("out");
        build(out, 2, Optional.empty());
        String page = "journeys/" + corpus.journeyId(1) + ".html";
        String svg = "journeys/" + corpus.journeyId(5) + ".svg";
        for (String path : List.of(page, svg)) {
            byte[] bytes = Files.readAllBytes(out.resolve(path));
            Files.write(out.resolve(path), Arrays.copyOf(bytes, bytes.length / 2));
        }
        Map<String, Long> before = times(out);

        build(out, 2, Optional.empty());

        assertThat(rewritten(before, out)).containsExactlyInAnyOrder(page, svg);
        assertSameSite(out, coldBuild(Optional.empty()));
    }

    @Test
    void aTruncatedCacheIsIgnoredAndTheWholeSiteIsBuilt() throws Exception {
        Path out = dir.resolve("out");
        build(out, 2, Optional.empty());
        Path manifest = SiteCache.folderFor(out).resolve("manifest.tsv");
        byte[] bytes = Files.readAllBytes(manifest);
        Files.write(manifest, Arrays.copyOf(bytes, bytes.length - 100));
        Map<String, Long> before = times(out);

        build(out, 2, Optional.empty());

        assertThat(rewritten(before, out)).isEqualTo(before.keySet());
        assertThat(log).anyMatch(l -> l.startsWith("Ignoring the build cache"));
        assertSameSite(out, coldBuild(Optional.empty()));
    }

    @Test
    void filesOfARemovedJourneyAreRemovedFromTheSite() throws Exception {
        Path out = dir.resolve("out");
        build(out, 2, Optional.empty());
        String removed = removeJourney(5);

        build(out, 2, Optional.empty());

        assertThat(out.resolve("journeys/" + removed)).doesNotExist();
        assertThat(out.resolve("journeys/" + removed + ".html")).doesNotExist();
        assertSameSite(out, coldBuild(Optional.empty()));
    }

    @Test
    void removingTheLastJourneyRemovesPagesAndUpdatesThePagersOfTheOthers() throws Exception {
        Path out = dir.resolve("out");
        buildPaged(out, 2);
        Set<String> pagesBefore = times(out).keySet();
        String removed = removeJourney(JOURNEYS - 1);

        buildPaged(out, 2);

        // Its rows were alone on the last page of some listings: those have a page less now, and
        // the pagers of their other pages (same rows) count one page less.
        assertThat(pagesBefore)
                .filteredOn(p -> p.matches("(teams|channels)/.*/\\d+\\.html"))
                .anyMatch(p -> !Files.exists(out.resolve(p)));
        Path cold = dir.resolve("cold-paged");
        buildPaged(cold, 1);
        assertSameSite(out, cold);
    }

    @Test
    void deletingTheCacheFolderGivesAFullBuildOfTheSameBytes() throws Exception {
        Path out = dir.resolve("out");
        build(out, 1, Optional.empty());
        Map<String, String> first = tree(out);
        deleteTree(SiteCache.folderFor(out));

        build(out, 4, Optional.empty());

        assertThat(differences(tree(out), first)).isEmpty();
        assertThat(SiteCache.folderFor(out).resolve("manifest.tsv")).exists();
    }

    // ---- helpers

    /** Deletes the corpus's journey {@code n} and its measurements; returns its id. */
    private String removeJourney(int n) throws IOException {
        String removed = corpus.journeyId(n);
        Files.delete(journeys.resolve(corpus.journeyFile(n)));
        Path csv = journeys.resolve("measurements/survey-00.csv");
        Files.write(
                csv,
                Files.readAllLines(csv).stream()
                        .filter(l -> !l.startsWith(removed + ","))
                        .toList());
        return removed;
    }

    private void build(Path out, int jobs, Optional<Path> templates) {
        JourneyGenerator.build(options(out, jobs, templates), log::add);
    }

    private BuildOptions options(Path out, int jobs, Optional<Path> templates) {
        return new BuildOptions(
                journeys,
                out,
                templates,
                Optional.empty(),
                Engine.DOT,
                jobs,
                Optional.of("https://example.com/repo/blob/main/journeys"),
                FailOn.ERROR,
                TODAY,
                Optional.empty());
    }

    /** A build with at most {@value #PAGE_ROWS} rows on a page of a team or channel: several pages each. */
    private void buildPaged(Path out, int jobs) {
        SiteBuilder.build(
                JourneyGenerator.validate(journeys, TODAY), options(out, jobs, Optional.empty()), log::add, PAGE_ROWS);
    }

    private Path coldBuild(Optional<Path> templates) throws IOException {
        Path cold = dir.resolve("cold-" + System.nanoTime());
        build(cold, 1, templates);
        return cold;
    }

    private static String builtIn(String template) throws IOException {
        try (InputStream in = BuildCacheTest.class.getResourceAsStream("/io/journeyascode/templates/" + template)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Set<String> journeyPagesIn(Set<String> paths) {
        return paths.stream()
                .filter(p -> p.startsWith("journeys/"))
                .map(p -> p.substring("journeys/".length()).replaceAll("(/.*|\\.html|\\.svg)$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> journeyFiles(Path out, String journey) {
        return times(out).keySet().stream()
                .filter(p -> p.startsWith("journeys/" + journey + "/")
                        || p.equals("journeys/" + journey + ".html")
                        || p.equals("journeys/" + journey + ".svg"))
                .toList();
    }

    private static Set<String> rewritten(Map<String, Long> before, Path out) {
        Map<String, Long> after = times(out);
        return after.entrySet().stream()
                .filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Long> times(Path root) {
        Map<String, Long> times = new TreeMap<>();
        walk(root, (rel, file) -> {
            try {
                times.put(rel, Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.NANOSECONDS));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return times;
    }
}
