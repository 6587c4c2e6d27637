package io.journeyascode.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.load.LoadResult;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Phase;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Stage;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.rules.RuleEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark measures the real path only if its corpus is a valid playbook. */
class CorpusGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void corpusOfTenJourneysValidatesWithoutErrorsOrWarnings(@TempDir Path dir) {
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(dir, 10);

        LoadResult loaded = PlaybookLoader.load(dir);
        List<Finding> findings = RuleEngine.check(loaded, TODAY);

        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        assertThat(loaded.playbook().journeys()).hasSize(10);
        assertThat(loaded.playbook().measurements()).isNotEmpty();
    }

    @Test
    void journeysHaveTwentyToThirtyTouchpointsInFourToSixStagesCoveringEveryPhase(@TempDir Path dir) {
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(dir, 10);

        for (Journey journey : PlaybookLoader.load(dir).playbook().journeys()) {
            assertThat(journey.touchpoints()).hasSizeBetween(20, 30);
            assertThat(journey.stages()).hasSizeBetween(4, 6);
            assertThat(journey.stages().stream().map(s -> s.phase().value()))
                    .containsOnly(Phase.values())
                    .contains(Phase.values());
            assertThat(journey.touchpoints().stream().filter(Touchpoint::isCritical))
                    .isNotEmpty()
                    .allSatisfy(tp -> assertThat(tp.metrics()).isNotEmpty());
        }
    }

    @Test
    void journeysOfALargeCorpusValidateWithoutErrorsOrWarnings(@TempDir Path dir) {
        // The largest corpus is 1000 journeys; 100 of them (a prefix of it) cover the same draws.
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(dir, 100);

        LoadResult loaded = PlaybookLoader.load(dir);
        List<Finding> findings = RuleEngine.check(loaded, TODAY);

        Map<String, Long> byRule = findings.stream()
                .filter(f -> f.severity() != Severity.INFO)
                .collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));
        assertThat(byRule).isEmpty();
        assertThat(loaded.playbook().journeys()).hasSize(100);
        assertThat(loaded.playbook().touchpointCount()).isBetween(2000, 3000);
    }

    @Test
    void sameSeedGivesSameBytesAndASmallerCorpusIsAPrefixOfALargerOne(
            @TempDir Path small, @TempDir Path large, @TempDir Path again) throws IOException {
        new CorpusGenerator(7).write(small, 5);
        new CorpusGenerator(7).write(large, 12);
        new CorpusGenerator(7).write(again, 12);

        assertThat(files(large)).isEqualTo(files(again));
        for (Map.Entry<String, String> file : files(small).entrySet()) {
            if (!file.getKey().startsWith("measurements/")) {
                assertThat(files(large)).containsEntry(file.getKey(), file.getValue());
            }
        }
    }

    @Test
    void differentSeedsGiveDifferentCorpora(@TempDir Path one, @TempDir Path two) throws IOException {
        new CorpusGenerator(1).write(one, 3);
        new CorpusGenerator(2).write(two, 3);

        assertThat(files(one)).isNotEqualTo(files(two));
    }

    @Test
    void stagesOfAJourneyHaveDistinctIds(@TempDir Path dir) {
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(dir, 30);

        for (Journey journey : PlaybookLoader.load(dir).playbook().journeys()) {
            assertThat(journey.stages().stream().map(Stage::id).map(l -> l.value()))
                    .doesNotHaveDuplicates();
        }
    }

    private static Map<String, String> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            Map<String, String> files = new TreeMap<>();
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
            return files;
        }
    }
}
