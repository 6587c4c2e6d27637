package io.journeyascode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.load.LoadResult;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Metric;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.Touchpoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which metric a measurements row measures (SPEC §5, extended): its type while the touchpoint has
 * one metric of that type, else the metric's {@code name}; a row no metric or several metrics
 * answer to counts for none and is a finding that says what to write.
 */
class MeasuredMetricsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    private LoadResult loaded;

    private List<String> check(String metrics, String csvRows) throws Exception {
        Files.writeString(
                dir.resolve("j.yaml"),
                """
                title: Shop
                stages:
                  - id: buy
                    phase: during
                    touchpoints:
                      - id: checkout
                        name: Checkout
                        channel: web
                        metrics: %s
                """
                        .formatted(metrics),
                StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("measurements"));
        Files.writeString(
                dir.resolve("measurements/survey.csv"),
                "journey,touchpoint,metric,value,date\n" + csvRows,
                StandardCharsets.UTF_8);
        loaded = PlaybookLoader.load(dir);
        List<String> findings = new ArrayList<>();
        for (Finding f : RuleEngine.check(loaded, TODAY)) {
            if (f.rule().equals("unknown-reference")
                    || f.rule().equals("metric-below-target")
                    || f.rule().equals("schema")
                    || f.rule().equals("stale-measurement")) {
                findings.add(f.rule() + " " + f.span().file() + ":" + f.span().line() + " " + f.message());
            }
        }
        return findings;
    }

    /** The actual of each metric of the touchpoint, by label, as rules and pages see it. */
    private List<String> actuals() {
        Journey journey = loaded.playbook().journeys().get(0);
        Touchpoint tp = journey.touchpoints().get(0);
        PlaybookIndex index = PlaybookIndex.of(loaded.playbook());
        List<String> actuals = new ArrayList<>();
        for (Metric metric : tp.metrics()) {
            Optional<Double> actual = index.actual(journey, tp, metric);
            actuals.add(metric.label() + "=" + actual.map(Texts::number).orElse("-"));
        }
        return actuals;
    }

    private static final String TWO_CSAT =
            "[{type: csat, name: Checkout CSAT, target: 80}, {type: csat, name: Delivery CSAT, target: 90}]";

    @Test
    void aRowNamesOneOfTwoMetricsOfATypeByTheMetricsName() throws Exception {
        List<String> findings =
                check(TWO_CSAT, "j,checkout,Delivery CSAT,95,2026-05-20\nj,checkout,Checkout CSAT,85,2026-05-20\n");

        assertThat(findings).isEmpty();
        assertThat(actuals()).containsExactly("Checkout CSAT=85", "Delivery CSAT=95");
    }

    @Test
    void aRowGivingOnlyATypeTwoMetricsShareCountsForNeitherAndSaysWhichNamesToWrite() throws Exception {
        List<String> findings = check(TWO_CSAT, "j,checkout,csat,85,2026-05-20\n");

        assertThat(findings)
                .containsExactly("unknown-reference measurements/survey.csv:2 measurement names metric `csat`, which"
                        + " fits 2 metrics of touchpoint `checkout` of journey `j`, so the row counts for none of"
                        + " them; write the name of the one it measures in the `metric` column: one of [Checkout"
                        + " CSAT, Delivery CSAT]");
        assertThat(actuals()).containsExactly("Checkout CSAT=-", "Delivery CSAT=-");
    }

    @Test
    void twoMetricsOfATypeWithoutNamesAreToldToTakeNames() throws Exception {
        List<String> findings =
                check("[{type: csat}, {type: csat, name: Delivery CSAT}]", "j,checkout,csat,85,2026-05-20\n");

        assertThat(findings)
                .containsExactly("unknown-reference measurements/survey.csv:2 measurement names metric `csat`, which"
                        + " fits 2 metrics of touchpoint `checkout` of journey `j`, so the row counts for none of"
                        + " them; give each of them a name of its own (`name: …`) and write the name of the one it"
                        + " measures in the `metric` column (already named: [Delivery CSAT])");
    }

    @Test
    void aMetricTheTouchpointLacksListsEachValueToWriteOnceWithTheNames() throws Exception {
        List<String> findings = check(
                "[{type: csat, name: Checkout CSAT}, {type: csat, name: Delivery CSAT}, {type: nps, name: Shop NPS},"
                        + " {type: ces}, {type: custom, name: Basket size}]",
                "j,checkout,emotion,85,2026-05-20\n");

        assertThat(findings)
                .containsExactly("unknown-reference measurements/survey.csv:2 measurement names metric `emotion`,"
                        + " which touchpoint `checkout` of journey `j` does not have; write one of [Checkout CSAT,"
                        + " Delivery CSAT, nps, Shop NPS, ces, Basket size] in the `metric` column, or add the metric"
                        + " to the touchpoint");
    }

    @Test
    void aSingleMetricOfATypeIsMeasuredByItsTypeOrItsName() throws Exception {
        List<String> findings = check(
                "[{type: csat, name: Checkout CSAT, target: 80}, {type: nps}]",
                "j,checkout,csat,70,2026-05-20\nj,checkout,Checkout CSAT,75,2026-05-21\nj,checkout,nps,10,2026-05-20\n");

        assertThat(findings)
                .containsExactly("metric-below-target j.yaml:9 Checkout CSAT of touchpoint `checkout` is 75, worse"
                        + " than its target 80; improve the touchpoint, or change the target deliberately"
                        + " (`target: 75`)");
        assertThat(actuals()).containsExactly("Checkout CSAT=75", "NPS=10");
    }

    @Test
    void aRowNamingAMetricByItsNameKeepsToTheRangeOfTheMetricsType() throws Exception {
        List<String> findings = check(TWO_CSAT, "j,checkout,Delivery CSAT,170,2026-05-20\n");

        assertThat(findings)
                .containsExactly("schema measurements/survey.csv:2 the value 170 is outside the csat range 0..100 of"
                        + " Delivery CSAT; check the export");
        assertThat(actuals()).containsExactly("Checkout CSAT=-", "Delivery CSAT=-");
    }

    @Test
    void aStaleMetricOfASharedTypeIsToldToBeMeasuredByItsName() throws Exception {
        List<String> findings = check(TWO_CSAT, "j,checkout,Delivery CSAT,95,2025-05-20\n");

        assertThat(findings)
                .singleElement()
                .asString()
                .startsWith("stale-measurement j.yaml:9 Delivery CSAT of touchpoint `checkout` was last measured")
                .contains("add a recent row `j,checkout,Delivery CSAT,VALUE,2026-06-01`");
    }
}
