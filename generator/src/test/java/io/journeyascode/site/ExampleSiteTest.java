package io.journeyascode.site;

import static io.journeyascode.site.SiteAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The example playbook's site, read with jsoup. */
class ExampleSiteTest {

    @Test
    void buildsTheExamplePlaybook() {
        assertThat(ExampleSite.result().siteWritten())
                .as(String.join("\n", ExampleSite.LOG))
                .isTrue();
        Path site = ExampleSite.get();
        assertThat(SiteAssertions.htmlFiles(site).size()).isGreaterThan(20);
    }

    @Test
    void everyRelativeLinkResolves() {
        assertThat(SiteAssertions.brokenLinks(ExampleSite.get())).isEmpty();
    }

    @Test
    void everyPageHasOneH1AndLandmarks() {
        SiteAssertions.assertSingleH1AndLandmarks(ExampleSite.get());
    }

    @Test
    void journeyPagesInlineTheirDiagramWithLinksToTouchpoints() {
        Path site = ExampleSite.get();
        for (Path page : SiteAssertions.htmlFiles(site.resolve("journeys"))) {
            if (page.getParent().equals(site.resolve("journeys"))) {
                Document doc = parse(page);
                assertThat(doc.select(".diagram svg a, .diagram .notice"))
                        .as(page.toString())
                        .isNotEmpty();
                String id = page.getFileName().toString().replace(".html", "");
                assertThat(doc.select(".stage tbody th a").eachAttr("href")).allMatch(h -> h.startsWith(id + "/"));
            }
        }
    }

    @Test
    void aChannelListsTheEmotionsMostAimedAtFirst() throws Exception {
        try (var pages = java.nio.file.Files.list(ExampleSite.get().resolve("channels"))) {
            for (java.nio.file.Path page : pages.toList()) {
                List<Integer> counts = parse(page).select(".emotion-bars .count").eachText().stream()
                        .map(Integer::valueOf)
                        .toList();
                assertThat(counts).as(page.toString()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            }
        }
        assertThat(parse(ExampleSite.get().resolve("channels/web.html")).select(".emotion-bars .count"))
                .hasSizeGreaterThan(1);
    }

    @Test
    void indexListsEveryJourney() {
        Document doc = parse(ExampleSite.get().resolve("index.html"));
        assertThat(doc.select(".journey-card")).hasSizeGreaterThanOrEqualTo(4);
        // three coverage figures and the outsourced ones; how the metrics stand against their targets
        assertThat(doc.select("#coverage-heading ~ .figures .figure-card")).hasSize(4);
        assertThat(doc.select("#targets-heading ~ .figures .figure-card")).hasSize(1);
    }
}
