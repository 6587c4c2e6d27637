package io.journeyascode.site;

import static io.journeyascode.site.SiteAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.FailOn;
import io.journeyascode.api.JourneyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journey's own waivers silence its journey-wide findings and are shown on its page. */
class JourneyWaiversPageTest {

    @TempDir
    Path tmp;

    @Test
    void aJourneysWaiverIsListedOnItsPageAndItsFindingIsGone() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(
                journeys.resolve("self-service.yaml"),
                """
                title: Self-service
                waivers:
                  - {rule: single-channel, reason: Web only by design, until: 2027-06-30}
                stages:
                  - id: look
                    phase: before
                    touchpoints:
                      - {id: home, name: Home, channel: web, expectations: [Clear], target_emotion: joy, moment: peak}
                  - id: buy
                    phase: during
                    touchpoints:
                      - {id: pay, name: Pay, channel: web, expectations: [Quick], target_emotion: trust}
                  - id: after
                    phase: after
                    touchpoints:
                      - {id: status, name: Status, channel: web, expectations: [Current], target_emotion: trust}
                """);
        BuildOptions options = Fixture.options(journeys, tmp.resolve("out"), 1, FailOn.INFO);
        // no single-channel finding (an info) fails the build: the journey's waiver silences it
        assertThat(JourneyGenerator.build(options, s -> {}).siteWritten()).isTrue();

        Document page = parse(tmp.resolve("out/journeys/self-service.html"));
        assertThat(page.select(".findings .rule-id").eachText()).doesNotContain("single-channel");
        assertThat(page.select("#jwaivers-heading").text()).isEqualTo("Accepted findings");
        assertThat(page.select(".waivers li").eachText())
                .containsExactly("single-channel — Web only by design (until 2027-06-30)");
        assertThat(page.select(".waivers a.rule-id").attr("href")).isEqualTo("../rules.html#single-channel");
    }
}
