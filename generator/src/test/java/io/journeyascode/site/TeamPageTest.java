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

/** A team's page says when the team is not declared, and praises no team for owning nothing. */
class TeamPageTest {

    @TempDir
    Path tmp;

    @Test
    void anUndeclaredTeamSaysSoAndATeamThatOwnsNothingIsNotPraised() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(
                journeys.resolve("playbook.yaml"),
                "teams:\n  - {id: lending, name: Lending}\n  - {id: shop, name: Shop}\n");
        Files.writeString(
                journeys.resolve("loan.yaml"),
                """
                title: Loan
                owner: lendng
                stages:
                  - id: apply
                    phase: during
                    touchpoints:
                      - {id: form, name: Form, channel: web}
                      - id: call
                        name: Call
                        channel: phone
                        owner: shop
                        expectations: [A person answers]
                        target_emotion: trust
                """);
        BuildOptions options = Fixture.options(journeys, tmp.resolve("out"), 1, FailOn.NEVER);
        assertThat(JourneyGenerator.build(options, s -> {}).siteWritten()).isTrue();

        Document misspelt = parse(tmp.resolve("out/teams/lendng.html"));
        assertThat(misspelt.select(".page-head .notice").text())
                .isEqualTo("The team lendng is not declared in playbook.yaml: journey files name it as an owner,"
                        + " perhaps misspelt (see the findings below).");
        assertThat(misspelt.select(".findings .rule-id").eachText()).contains("unknown-reference");

        Document declared = parse(tmp.resolve("out/teams/lending.html"));
        assertThat(declared.select(".page-head .notice")).isEmpty();
        assertThat(declared.select(".page-head .lead").text()).isEqualTo("Owns no touchpoints yet.");
        assertThat(declared.select("#tfindings-heading + *").text()).isEqualTo("No findings");

        // a declared team that owns touchpoints and has no findings is still praised
        Document shop = parse(tmp.resolve("out/teams/shop.html"));
        assertThat(shop.select(".page-head .notice")).isEmpty();
        assertThat(shop.select("#tfindings-heading + *").text()).isEqualTo("No findings. Well done.");
    }
}
