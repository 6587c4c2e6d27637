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

/** The overview's coverage names the critical touchpoints it counts as missing, not only how many. */
class IndexCoverageTest {

    @TempDir
    Path tmp;

    @Test
    void namesTheCriticalTouchpointsWithoutAMetric() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(
                journeys.resolve("order.yaml"),
                """
                title: Order
                stages:
                  - id: buy
                    phase: during
                    touchpoints:
                      - {id: pay, name: Pay, channel: web, critical: true, metrics: [{type: csat, target: 80}]}
                      - {id: confirm, name: Confirmation, channel: email, critical: true}
                      - {id: receipt, name: Receipt, channel: email}
                """);
        BuildOptions options = Fixture.options(journeys, tmp.resolve("out"), 1, FailOn.NEVER);
        assertThat(JourneyGenerator.build(options, s -> {}).siteWritten()).isTrue();

        Document index = parse(tmp.resolve("out/index.html"));
        assertThat(index.select(".figure-detail").first().text()).isEqualTo("1 of 2");
        assertThat(index.select("#coverage-heading ~ h3").eachText())
                .containsExactly("Critical touchpoints without a metric");
        assertThat(index.select("#coverage-heading ~ ul a").eachText()).containsExactly("Order › Confirmation");
        assertThat(index.select("#coverage-heading ~ ul a").attr("href")).isEqualTo("journeys/order/confirm.html");
    }

    @Test
    void namesTwentyOfThemAtMostAndSaysHowManyMore() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        StringBuilder yaml =
                new StringBuilder("title: Many\nstages:\n  - id: s\n    phase: during\n    touchpoints:\n");
        for (int i = 1; i <= 23; i++) {
            yaml.append("      - {id: t")
                    .append(i)
                    .append(", name: T")
                    .append(i)
                    .append(", channel: web, critical: true}\n");
        }
        Files.writeString(journeys.resolve("many.yaml"), yaml.toString());
        BuildOptions options = Fixture.options(journeys, tmp.resolve("out"), 1, FailOn.NEVER);
        assertThat(JourneyGenerator.build(options, s -> {}).siteWritten()).isTrue();

        Document index = parse(tmp.resolve("out/index.html"));
        assertThat(index.select("#coverage-heading ~ ul a")).hasSize(ViewMapper.UNMEASURED_SHOWN);
        assertThat(index.select("#coverage-heading ~ ul li").last().text())
                .isEqualTo("… and 3 more (see the findings)");
    }

    @Test
    void aSiteBuiltDespiteTwoJourneysWithOneIdShowsTheJourneyTheIdBelongsTo() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        String journey =
                """
                %s
                title: %s
                stages:
                  - id: buy
                    phase: during
                    touchpoints:
                      - {id: %s, name: %s, channel: web}
                """;
        // a copy named earlier in file order that kept the id: the id is shop.yaml's
        Files.writeString(journeys.resolve("a-copy.yaml"), journey.formatted("id: shop", "Copy", "pay", "Pay"));
        Files.writeString(journeys.resolve("shop.yaml"), journey.formatted("", "Shop", "checkout", "Checkout"));

        BuildOptions options = Fixture.options(journeys, tmp.resolve("out"), 1, FailOn.NEVER);
        assertThat(JourneyGenerator.build(options, s -> {}).siteWritten()).isTrue();

        assertThat(parse(tmp.resolve("out/journeys/shop.html"))
                        .selectFirst("h1")
                        .text())
                .isEqualTo("Shop");
        assertThat(tmp.resolve("out/journeys/shop/checkout.html")).exists();
        assertThat(tmp.resolve("out/journeys/shop/pay.html")).doesNotExist();
        // its map too, not the copy's
        assertThat(tmp.resolve("out/journeys/shop.svg"))
                .content()
                .contains("Checkout")
                .doesNotContain(">Pay<");
    }
}
