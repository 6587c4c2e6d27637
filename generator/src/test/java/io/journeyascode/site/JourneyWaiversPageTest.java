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

/**
 * A journey's own waivers silence its journey-wide findings and are shown on its page; a page whose
 * findings waivers accept says so rather than "well done", and the findings page lists them.
 */
class JourneyWaiversPageTest {

    @TempDir
    Path tmp;

    @Test
    void aJourneysWaiverIsListedOnItsPageAndItsFindingIsGone() throws Exception {
        build();
        Document page = parse(tmp.resolve("out/journeys/self-service.html"));
        assertThat(page.select(".findings .rule-id").eachText()).doesNotContain("single-channel");
        assertThat(page.select("#jwaivers-heading").text()).isEqualTo("Accepted findings");
        // the journey's own first, then its touchpoints', each named
        assertThat(page.select(".waivers li").eachText())
                .containsExactly(
                        "single-channel — Web only by design (until 2027-06-30)",
                        "Pay: missing-expectations — Nothing to expect yet (until 2027-06-30)");
        assertThat(page.select(".waivers a.rule-id").first().attr("href")).isEqualTo("../rules.html#single-channel");
        assertThat(page.select(".waivers li").get(1).selectFirst("a").attr("href"))
                .isEqualTo("self-service/pay.html");
    }

    @Test
    void aPageWhoseFindingsAreAllAcceptedDoesNotSayWellDoneButCountsThem() throws Exception {
        build();
        Path out = tmp.resolve("out");
        assertThat(parse(out.resolve("journeys/self-service.html"))
                        .select(".all-clear")
                        .text())
                .isEqualTo("No open findings; 2 are accepted with waivers (see Accepted findings).");
        assertThat(parse(out.resolve("journeys/self-service/pay.html"))
                        .select(".all-clear")
                        .text())
                .isEqualTo("No open findings; one is accepted with a waiver (see Accepted findings).");
        // a touchpoint without a waiver is all clear
        assertThat(parse(out.resolve("journeys/self-service/home.html"))
                        .select(".all-clear")
                        .text())
                .isEqualTo("No findings. Well done.");

        Document findings = parse(out.resolve("findings.html"));
        assertThat(findings.select(".all-clear").text())
                .isEqualTo("No open findings; 2 are accepted with waivers (see Accepted findings).");
        assertThat(findings.select("#accepted-heading").text()).isEqualTo("2 Accepted findings");
        assertThat(findings.select("#accepted .waivers li").eachText())
                .containsExactly(
                        "Self-service: single-channel — Web only by design (until 2027-06-30)",
                        "Self-service › Pay: missing-expectations — Nothing to expect yet (until 2027-06-30)");
        assertThat(findings.select("#accepted .waivers li > a:not(.rule-id)").eachAttr("href"))
                .containsExactly("journeys/self-service.html", "journeys/self-service/pay.html");

        Document index = parse(out.resolve("index.html"));
        assertThat(index.select(".journey-card .card-findings .badge").eachText())
                .containsExactly("No open findings", "2 accepted");
        assertThat(index.select("#findings-heading + dl div").eachText()).contains("accepted 2");
    }

    private void build() throws Exception {
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
                      - id: pay
                        name: Pay
                        channel: web
                        target_emotion: trust
                        waivers:
                          - {rule: missing-expectations, reason: Nothing to expect yet, until: 2027-06-30}
                  - id: after
                    phase: after
                    touchpoints:
                      - {id: status, name: Status, channel: web, expectations: [Current], target_emotion: trust}
                """);
        BuildOptions options = Fixture.options(journeys, tmp.resolve("out"), 1, FailOn.INFO);
        // no single-channel finding (an info) fails the build: the journey's waiver silences it
        assertThat(JourneyGenerator.build(options, s -> {}).siteWritten()).isTrue();
    }
}
