package io.journeyascode.site;

import static io.journeyascode.site.SiteAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.api.JourneyGenerator;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team and channel pages split into pages (issue #7): built from a small corpus with at most 10
 * rows on a page, and compared with the same site on single pages.
 */
class PagedSiteTest {

    private static final int PAGE_ROWS = 10;

    @TempDir
    static Path tmp;

    static Path paged;
    static Path whole;
    /** "teams/ID" or "channels/ID" → its number of pages, for the listings with more than one. */
    static Map<String, Integer> multiPage;

    @BeforeAll
    static void build() throws IOException {
        Path journeys = tmp.resolve("journeys");
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(journeys, 6);
        ValidationResult validation = JourneyGenerator.validate(journeys, Fixture.TODAY);
        paged = tmp.resolve("paged");
        whole = tmp.resolve("whole");
        SiteBuilder.build(validation, Fixture.options(journeys, paged, 2), s -> {}, PAGE_ROWS);
        SiteBuilder.build(validation, Fixture.options(journeys, whole, 2), s -> {});
        multiPage = new TreeMap<>();
        for (String kind : List.of("teams", "channels")) {
            try (Stream<Path> dirs = Files.list(paged.resolve(kind))) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    try (Stream<Path> files = Files.list(dir)) {
                        multiPage.put(kind + "/" + dir.getFileName(), 1 + (int) files.count());
                    }
                }
            }
        }
    }

    @Test
    void someTeamAndSomeChannelHaveThreePagesOrMore() {
        assertThat(multiPage).anySatisfy((listing, pages) -> {
            assertThat(listing).startsWith("teams/");
            assertThat(pages).isGreaterThanOrEqualTo(3);
        });
        assertThat(multiPage).anySatisfy((listing, pages) -> {
            assertThat(listing).startsWith("channels/");
            assertThat(pages).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void aTeamsFirstPageListsAThirdOfAPageOfItsCriticalTouchpointsAndCountsTheRest() {
        // the whole site (pages of 300 rows) lists them all: the reference for the paged one (10 rows, 3 critical)
        boolean capped = false;
        for (String listing : multiPage.keySet()) {
            if (!listing.startsWith("teams/")) {
                continue;
            }
            String page = path(listing, 1);
            List<String> all = parse(whole.resolve(page))
                    .select("section[aria-labelledby=critical-heading] tbody th[scope=row] a")
                    .eachAttr("href");
            Document paged1 = parse(paged.resolve(page));
            List<String> shown = paged1.select("section[aria-labelledby=critical-heading] tbody th[scope=row] a")
                    .eachAttr("href");
            String more = paged1.select("section[aria-labelledby=critical-heading] p.muted")
                    .text();
            assertThat(shown).as(listing).isEqualTo(all.subList(0, Math.min(3, all.size())));
            if (all.size() > 3) {
                capped = true;
                int rest = all.size() - 3;
                assertThat(more)
                        .as(listing)
                        .startsWith(
                                rest + (rest == 1 ? " more critical touchpoint is" : " more critical touchpoints are"));
            } else {
                assertThat(more).as(listing).isEmpty();
            }
        }
        assertThat(capped)
                .as("some team of the corpus has more than 3 critical touchpoints")
                .isTrue();
    }

    @Test
    void pagesAfterTheFirstAreNumberedFilesInTheListingsFolder() {
        multiPage.forEach((listing, pages) -> {
            assertThat(paged.resolve(listing + ".html")).isRegularFile();
            List<String> expected = new ArrayList<>();
            for (int n = 2; n <= pages; n++) {
                expected.add(n + ".html");
            }
            try (Stream<Path> files = Files.list(paged.resolve(listing))) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .as(listing)
                        .containsExactlyInAnyOrderElementsOf(expected);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void thePagerLinksEveryPageByNumberAndMarksTheCurrentOne() {
        multiPage.forEach((listing, pages) -> {
            for (int page = 1; page <= pages; page++) {
                Path file = paged.resolve(path(listing, page));
                Document doc = parse(file);
                String as = listing + " page " + page;
                // Above and below the listing, the same links under two names.
                assertThat(doc.select("nav.pager")).as(as).hasSize(2);
                Element pager = doc.selectFirst("nav.pager");
                Element atTheEnd = doc.select("nav.pager").last();
                assertThat(pager.attr("aria-label")).isEqualTo("Pages of this list");
                assertThat(atTheEnd.attr("aria-label")).isEqualTo("Pages of this list, at its end");
                assertThat(atTheEnd.html()).isEqualTo(pager.html());
                List<Element> all = doc.getAllElements();
                Element lastTable = doc.select("table.touchpoints").last();
                assertThat(all.indexOf(pager)).as(as).isLessThan(all.indexOf(lastTable));
                assertThat(all.indexOf(atTheEnd)).as(as).isGreaterThan(all.indexOf(lastTable));
                List<Element> numbers = pager.select("ol a");
                assertThat(numbers).as(as).hasSize(pages);
                for (int n = 1; n <= pages; n++) {
                    Element link = numbers.get(n - 1);
                    assertThat(link.text()).isEqualTo(Integer.toString(n));
                    assertThat(resolve(file, link.attr("href"))).as(as).isEqualTo(paged.resolve(path(listing, n)));
                    assertThat(link.attr("aria-current")).as(as).isEqualTo(n == page ? "page" : "");
                }
                Element previous = pager.selectFirst("a[rel=prev]");
                Element next = pager.selectFirst("a[rel=next]");
                if (page == 1) {
                    assertThat(previous).as(as).isNull();
                } else {
                    assertThat(resolve(file, previous.attr("href"))).isEqualTo(paged.resolve(path(listing, page - 1)));
                }
                if (page == pages) {
                    assertThat(next).as(as).isNull();
                } else {
                    assertThat(resolve(file, next.attr("href"))).isEqualTo(paged.resolve(path(listing, page + 1)));
                }
                // The pager shows numbers only: no journey's title.
                assertThat(pager.text()).doesNotContain("journey", "Journey");
            }
        });
    }

    @Test
    void everyRowAppearsOnceAcrossThePagesInTheOrderOfTheSinglePage() {
        multiPage.forEach((listing, pages) -> {
            List<String> rows = new ArrayList<>();
            Set<String> journeysSeen = new HashSet<>();
            for (int page = 1; page <= pages; page++) {
                Path file = paged.resolve(path(listing, page));
                List<String> here = rows(file);
                assertThat(here).as(listing + " page " + page).isNotEmpty();
                rows.addAll(here);
                Set<String> journeysHere = new HashSet<>(journeyLinks(file));
                assertThat(journeysHere)
                        .as("a journey's rows stay on one page: " + listing)
                        .noneMatch(journeysSeen::contains);
                journeysSeen.addAll(journeysHere);
                assertThat(here.size() <= PAGE_ROWS || journeysHere.size() == 1)
                        .as(listing + " page " + page + " has " + here.size() + " rows")
                        .isTrue();
            }
            List<String> single = rows(whole.resolve(listing + ".html"));
            assertThat(rows).as(listing).doesNotHaveDuplicates().isEqualTo(single);
        });
    }

    @Test
    void theFirstPageKeepsTheSummaryAndTheOthersSayWhichPageTheyAre() {
        multiPage.forEach((listing, pages) -> {
            Document first = parse(paged.resolve(listing + ".html"));
            Document single = parse(whole.resolve(listing + ".html"));
            assertThat(first.title()).isEqualTo(single.title());
            assertThat(first.selectFirst(".page-head").outerHtml())
                    .isEqualTo(single.selectFirst(".page-head").outerHtml());
            // (the critical touchpoints too, but a paged site lists fewer of them: see above)
            for (String summary : List.of(
                    "section[aria-labelledby=tfindings-heading]", "section[aria-labelledby=emotions-heading]")) {
                assertThat(first.select(summary).outerHtml())
                        .isEqualTo(single.select(summary).outerHtml());
            }
            assertThat(first.select(
                            "section[aria-labelledby=critical-heading], section[aria-labelledby=emotions-heading]"))
                    .hasSize(1);
            for (int page = 2; page <= pages; page++) {
                Path file = paged.resolve(path(listing, page));
                Document doc = parse(file);
                String label = "Page " + page + " of " + pages;
                assertThat(doc.selectFirst("h1").text())
                        .isEqualTo(single.selectFirst("h1").text());
                assertThat(doc.selectFirst(".page-head .lead").text()).isEqualTo(label);
                assertThat(doc.title()).startsWith(single.selectFirst("h1").text() + " · " + label + " · ");
                assertThat(doc.select("section[aria-labelledby=critical-heading], "
                                + "section[aria-labelledby=tfindings-heading], "
                                + "section[aria-labelledby=emotions-heading]"))
                        .isEmpty();
                assertThat(doc.select(".page-head p:contains(Contact)")).isEmpty();
                // Two folders deep: the layout's links climb out of both.
                assertThat(resolve(file, doc.selectFirst("link[rel=stylesheet]").attr("href")))
                        .isEqualTo(paged.resolve("assets/style.css"));
                assertThat(resolve(file, doc.selectFirst("a.brand").attr("href")))
                        .isEqualTo(paged.resolve("index.html"));
            }
        });
    }

    @Test
    void everyRelativeLinkOfThePagedSiteResolves() {
        assertThat(SiteAssertions.brokenLinks(paged)).isEmpty();
        SiteAssertions.assertSingleH1AndLandmarks(paged);
    }

    @Test
    void theSearchIndexAndOtherPagesLinkTheFirstPageOnly() throws IOException {
        for (Path page : SiteAssertions.htmlFiles(paged)) {
            String from = paged.relativize(page).toString().replace('\\', '/');
            if (from.startsWith("teams/") || from.startsWith("channels/")) {
                continue;
            }
            for (Element a : parse(page).select("a[href]")) {
                String to = paged.relativize(resolve(page, a.attr("href"))).toString();
                assertThat(to).as(from).doesNotMatch("(teams|channels)/.*/\\d+\\.html");
            }
        }
        assertThat(Files.readString(paged.resolve("search-index.json")))
                .doesNotContainPattern("(teams|channels)/[^\"]*/\\d+\\.html");
    }

    @Test
    void theSinglePageSiteHasNoPager() {
        assertThat(multiPage).isNotEmpty();
        for (Path page : SiteAssertions.htmlFiles(whole)) {
            assertThat(parse(page).select("nav.pager.pages")).isEmpty();
        }
        for (String listing : multiPage.keySet()) {
            assertThat(whole.resolve(listing)).doesNotExist();
        }
    }

    @Test
    void everyPageOfAPagedListingIsValidHtml5() throws Exception {
        assertThat(HtmlValidityTest.errors(paged, p -> p.startsWith("teams/") || p.startsWith("channels/")))
                .isEmpty();
    }

    private static String path(String listing, int page) {
        String kind = listing.substring(0, listing.indexOf('/'));
        String id = listing.substring(listing.indexOf('/') + 1);
        return kind.equals("teams") ? SitePaths.team(id, page) : SitePaths.channel(id, page);
    }

    private static Path resolve(Path page, String href) {
        String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        return page.getParent().resolve(path).normalize();
    }

    /** The touchpoints listed on a page, each as the site path it links to. */
    private static List<String> rows(Path file) {
        Path site = file.toString().startsWith(paged.toString()) ? paged : whole;
        return parse(file)
                .select("section[aria-labelledby=owned-heading] tbody th[scope=row] a, "
                        + "section[aria-labelledby=ctp-heading] tbody th[scope=row] a")
                .stream()
                .map(a -> site.relativize(resolve(file, a.attr("href"))).toString())
                .toList();
    }

    /** The journeys whose rows a page lists. */
    private static List<String> journeyLinks(Path file) {
        return rows(file).stream()
                .map(row -> row.substring(0, row.lastIndexOf('/')))
                .distinct()
                .toList();
    }
}
