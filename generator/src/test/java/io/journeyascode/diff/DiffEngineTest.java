package io.journeyascode.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.api.ValidationResult;
import io.journeyascode.load.LoadResult;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import io.journeyascode.rules.RuleEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffEngineTest {

    @Test
    void matchesFindingsByRuleJourneyTouchpointAndMessageNotByLineOrFile() {
        ValidationResult base = result(
                finding("a.yaml", 10, "checkout", "duplicate id `x`, first declared at a.yaml:4"),
                finding("a.yaml", 20, "payment", "no metric"));
        ValidationResult head = result(
                finding("renamed.yaml", 14, "checkout", "duplicate id `x`, first declared at a.yaml:8"),
                finding("renamed.yaml", 30, "payment", "no metric"));
        PlaybookDiff diff = DiffEngine.compare(base, head);
        assertThat(diff.findingsIntroduced()).isEmpty();
        assertThat(diff.findingsResolved()).isEmpty();
        assertThat(DiffMarkdown.verdict(diff)).isEqualTo("No change for customers");
    }

    @Test
    void aCustomMetricTurnedLowerIsBetterIsAChange(@TempDir Path dir) throws IOException {
        String journey =
                """
                id: support
                title: Support
                stages:
                  - id: ask
                    phase: during
                    touchpoints:
                      - id: queue
                        name: Queue
                        channel: phone
                        metrics:
                          - type: custom
                            name: Wait in minutes
                            target: 5
                %s
                """;
        Path base = Files.createDirectories(dir.resolve("base"));
        Path head = Files.createDirectories(dir.resolve("head"));
        Files.writeString(base.resolve("support.yaml"), journey.formatted(""));
        Files.writeString(head.resolve("support.yaml"), journey.formatted("            better: lower"));

        PlaybookDiff diff = DiffEngine.compare(validated(base), validated(head));

        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.before()).contains("Wait in minutes target 5");
            assertThat(c.after()).contains("Wait in minutes target 5, lower is better");
        });
    }

    @Test
    void withDuplicateJourneyIdsTheJourneyTheIdBelongsToIsCompared(@TempDir Path dir) throws IOException {
        String journey =
                """
                id: support
                title: %s
                stages:
                  - id: ask
                    phase: during
                    touchpoints:
                      - {id: queue, name: Queue, channel: %s}
                """;
        Path base = Files.createDirectories(dir.resolve("base"));
        Path head = Files.createDirectories(dir.resolve("head"));
        for (Path side : List.of(base, head)) {
            // a copy earlier in file order that kept the id: support.yaml's journey is the one compared
            Files.writeString(side.resolve("a-copy.yaml"), journey.formatted("Copy", "web"));
        }
        Files.writeString(base.resolve("support.yaml"), journey.formatted("Support", "phone"));
        Files.writeString(head.resolve("support.yaml"), journey.formatted("Support", "chat"));

        PlaybookDiff diff = DiffEngine.compare(validated(base), validated(head));

        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.before()).contains("phone");
            assertThat(c.after()).contains("chat");
        });
    }

    @Test
    void twoMetricsOfATypeAreComparedEachWithItsOwn(@TempDir Path dir) throws IOException {
        String journey =
                """
                id: shop
                title: Shop
                stages:
                  - id: buy
                    phase: during
                    touchpoints:
                      - id: checkout
                        name: Checkout
                        channel: web
                        metrics:
                          - type: csat
                            name: Checkout CSAT
                            target: 80
                          - type: csat
                            name: Delivery CSAT
                            target: %s
                """;
        Path base = Files.createDirectories(dir.resolve("base"));
        Path head = Files.createDirectories(dir.resolve("head"));
        Files.writeString(base.resolve("shop.yaml"), journey.formatted("90"));
        Files.writeString(head.resolve("shop.yaml"), journey.formatted("85"));

        PlaybookDiff diff = DiffEngine.compare(validated(base), validated(head));

        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("metrics");
            assertThat(c.before()).contains("Delivery CSAT target 90");
            assertThat(c.after()).contains("Delivery CSAT target 85");
        });
    }

    private static final String STORE_VISIT =
            """
            id: store-visit
            title: Store visit
            target_emotions: [calm]
            stages:
              - id: visit
                phase: during
                touchpoints:
                  - id: counter
                    name: Service counter
                    channel: store
            """;

    /** The journey as it was, with one bracket left open: the file is there, but holds no journey. */
    private static final String BROKEN = STORE_VISIT.replace("[calm]", "[calm");

    @Test
    void aJourneyWhoseFileNoLongerParsesCouldNotBeReadAndIsNotRemoved(@TempDir Path dir) throws IOException {
        PlaybookDiff diff =
                DiffEngine.compare(validated(folder(dir, "base", STORE_VISIT)), validated(folder(dir, "head", BROKEN)));

        assertThat(diff.journeysRemoved()).isEmpty();
        assertThat(diff.journeysUnreadable()).singleElement().satisfies(u -> {
            assertThat(u.file()).isEqualTo("store-visit.yaml");
            assertThat(u.before()).map(PlaybookDiff.JourneyEntry::id).contains("store-visit");
        });
        assertThat(diff.findingsIntroduced()).extracting(Finding::rule).containsExactly("yaml-syntax");
        // the base's findings of the journey are unknown now, not resolved
        assertThat(diff.findingsResolved()).isEmpty();
        assertThat(DiffMarkdown.verdict(diff))
                .isEqualTo("**1 finding introduced, 0 resolved** · 1 journey could not be read");
    }

    @Test
    void aJourneyWhoseFileParsesAgainIsReadableAgainAndNotAdded(@TempDir Path dir) throws IOException {
        PlaybookDiff diff =
                DiffEngine.compare(validated(folder(dir, "base", BROKEN)), validated(folder(dir, "head", STORE_VISIT)));

        assertThat(diff.journeysAdded()).isEmpty();
        assertThat(diff.journeysUnreadable()).isEmpty();
        assertThat(diff.journeysReadableAgain())
                .extracting(PlaybookDiff.JourneyEntry::id)
                .containsExactly("store-visit");
        assertThat(diff.findingsResolved()).extracting(Finding::rule).containsExactly("yaml-syntax");
        assertThat(DiffMarkdown.verdict(diff)).endsWith(" · 1 journey readable again");
    }

    @Test
    void aNewFileThatCannotBeReadIsListedWithoutAJourney(@TempDir Path dir) throws IOException {
        Path base = folder(dir, "base", STORE_VISIT);
        Path head = folder(dir, "head", STORE_VISIT);
        Files.writeString(head.resolve("draft.yaml"), "- a list\n- not a journey\n");

        PlaybookDiff diff = DiffEngine.compare(validated(base), validated(head));

        assertThat(diff.journeysAdded()).isEmpty();
        assertThat(diff.journeysUnreadable())
                .containsExactly(new PlaybookDiff.UnreadableEntry("draft.yaml", Optional.empty()));
    }

    @Test
    void aFileThatCouldBeReadOnNeitherSideIsNotListed(@TempDir Path dir) throws IOException {
        PlaybookDiff diff =
                DiffEngine.compare(validated(folder(dir, "base", BROKEN)), validated(folder(dir, "head", BROKEN)));

        assertThat(diff.journeysUnreadable()).isEmpty();
        assertThat(diff.journeysReadableAgain()).isEmpty();
        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void aJourneyDeletedWithItsFileIsStillRemoved(@TempDir Path dir) throws IOException {
        Path head = Files.createDirectories(dir.resolve("head"));

        PlaybookDiff diff = DiffEngine.compare(validated(folder(dir, "base", STORE_VISIT)), validated(head));

        assertThat(diff.journeysRemoved())
                .extracting(PlaybookDiff.JourneyEntry::id)
                .containsExactly("store-visit");
        assertThat(diff.journeysUnreadable()).isEmpty();
    }

    private static Path folder(Path dir, String side, String storeVisit) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(side));
        Files.writeString(folder.resolve("store-visit.yaml"), storeVisit);
        return folder;
    }

    private static ValidationResult validated(Path dir) {
        LoadResult loaded = PlaybookLoader.load(dir);
        return new ValidationResult(loaded.playbook(), RuleEngine.check(loaded, LocalDate.of(2026, 11, 22)));
    }

    @Test
    void aFindingWhoseFiguresMovedIsTheSameFinding(@TempDir Path dir) throws IOException {
        String journey =
                """
                id: support
                title: Support
                stages:
                  - id: ask
                    phase: during
                    touchpoints:
                      - id: queue
                        name: Queue
                        channel: phone
                        metrics:
                          - type: csat
                            target: %s
                      - id: reply
                        name: Reply
                        channel: email
                        metrics:
                          - type: csat
                            target: 80
                """;
        String rows =
                "journey,touchpoint,metric,value,date\nsupport,queue,csat,%s,2026-01-05\nsupport,reply,csat,%s,2026-01-05\n";
        Path base = Files.createDirectories(dir.resolve("base/measurements"));
        Path head = Files.createDirectories(dir.resolve("head/measurements"));
        Files.writeString(base.resolveSibling("support.yaml"), journey.formatted("88"));
        Files.writeString(base.resolve("survey.csv"), rows.formatted("83", "85"));
        // the target moved, the queue's value fell, and the next day came: the same two findings
        // (below target, stale) for the queue; the reply fell below its target: a new one
        Files.writeString(head.resolveSibling("support.yaml"), journey.formatted("90"));
        Files.writeString(head.resolve("survey.csv"), rows.formatted("82", "79"));

        LoadResult before = PlaybookLoader.load(base.getParent());
        LoadResult after = PlaybookLoader.load(head.getParent());
        PlaybookDiff diff = DiffEngine.compare(
                new ValidationResult(before.playbook(), RuleEngine.check(before, LocalDate.of(2026, 11, 22))),
                new ValidationResult(after.playbook(), RuleEngine.check(after, LocalDate.of(2026, 11, 23))));

        assertThat(diff.findingsIntroduced()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("metric-below-target");
            assertThat(f.touchpoint()).contains("reply");
        });
        assertThat(diff.findingsResolved()).isEmpty();
    }

    @Test
    void countsRepeatedFindingsOneByOne() {
        ValidationResult base = result(finding("a.yaml", 10, "t", "same"));
        ValidationResult head = result(finding("a.yaml", 10, "t", "same"), finding("a.yaml", 12, "t", "same"));
        PlaybookDiff diff = DiffEngine.compare(base, head);
        assertThat(diff.findingsIntroduced()).extracting(f -> f.span().line()).containsExactly(12);
        assertThat(diff.findingsResolved()).isEmpty();
        assertThat(DiffMarkdown.verdict(diff)).isEqualTo("**1 finding introduced, 0 resolved**");
    }

    @Test
    void tellsFindingsOutsideJourneysApartByFile() {
        Finding playbook = new Finding(
                "schema",
                Severity.ERROR,
                new Span("playbook.yaml", 3, 1),
                Optional.empty(),
                Optional.empty(),
                "unknown key `colour`");
        Finding csv = new Finding(
                "schema",
                Severity.ERROR,
                new Span("measurements/a.csv", 3, 1),
                Optional.empty(),
                Optional.empty(),
                "unknown key `colour`");
        PlaybookDiff diff = DiffEngine.compare(result(playbook), result(csv));
        assertThat(diff.findingsIntroduced()).containsExactly(csv);
        assertThat(diff.findingsResolved()).containsExactly(playbook);
    }

    private static Finding finding(String file, int line, String touchpoint, String message) {
        return new Finding(
                "duplicate-id",
                Severity.ERROR,
                new Span(file, line, 9),
                Optional.of("online-order"),
                Optional.of(touchpoint),
                message);
    }

    private static ValidationResult result(Finding... findings) {
        return new ValidationResult(new Playbook(PlaybookConfig.defaults(), List.of(), List.of()), List.of(findings));
    }
}
