package io.journeyascode.site;

import static io.journeyascode.site.SiteAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.api.ValidationResult;
import io.journeyascode.load.LoadResult;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.rules.RuleEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A touchpoint page judges a custom metric with {@code better: lower} the way its rule does. */
class MetricDirectionPageTest {

    @TempDir
    Path tmp;

    @Test
    void aShortWaitIsOnTargetAndALongOneShortOfIt() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(
                journeys.resolve("support.yaml"),
                """
                id: support
                title: Support
                stages:
                  - id: ask
                    phase: during
                    touchpoints:
                      - id: queue
                        name: Phone queue
                        channel: phone
                        metrics:
                          - type: custom
                            name: Wait in minutes
                            target: 5
                            actual: 3
                            better: lower
                          - type: custom
                            name: Hold in minutes
                            target: 2
                            actual: 4
                            better: lower
                """,
                StandardCharsets.UTF_8);
        LoadResult loaded = PlaybookLoader.load(journeys);
        ValidationResult validation =
                new ValidationResult(loaded.playbook(), RuleEngine.check(loaded, LocalDate.of(2026, 11, 22)));
        Path site = tmp.resolve("site");

        SiteBuilder.build(validation, Fixture.options(journeys, site, 1), line -> {});

        Document page = parse(site.resolve("journeys/support/queue.html"));
        assertThat(page.select("table.metrics tr.status-ok > th").stream().map(th -> th.ownText()))
                .containsExactly("Wait in minutes");
        assertThat(page.select("table.metrics tr.status-below > th").stream().map(th -> th.ownText()))
                .containsExactly("Hold in minutes");
        // a wait longer than its target is short of it, not "below" it
        assertThat(page.select("table.metrics tr.status-below .status").text()).isEqualTo("Short of target");
        assertThat(validation.findings())
                .filteredOn(f -> f.rule().equals("metric-below-target"))
                .extracting(f -> f.rule() + " " + f.message().substring(0, 15))
                .containsExactly("metric-below-target Hold in minutes");
    }
}
