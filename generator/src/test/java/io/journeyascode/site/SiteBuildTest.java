package io.journeyascode.site;

import static io.journeyascode.site.SiteAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.model.RuleIds;
import io.journeyascode.rules.FindingMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {

    @TempDir
    static Path tmp;

    static Path site;
    static List<String> log = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        site = tmp.resolve("out/site");
        SiteBuilder.build(Fixture.sample("en"), Fixture.options(journeys, site, 2), log::add);
    }

    @Test
    void writesEveryPageKindAndTheReports() {
        for (String path : List.of(
                "index.html",
                "journeys/online-order.html",
                "journeys/online-order/checkout.html",
                "journeys/support-case/phone-call.html",
                "teams/ecommerce.html",
                "teams/logistics.html",
                "channels/web.html",
                "channels/partner.html",
                "findings.html",
                "rules.html",
                "search.html",
                "pages/how-to-read.html",
                "search-index.json",
                "assets/search-index.js",
                "assets/style.css",
                "assets/search.js",
                "reports/findings.json",
                "reports/findings.sarif",
                "reports/junit.xml")) {
            assertThat(site.resolve(path)).as(path).isRegularFile();
        }
        assertThat(site.resolve("pages/how-to-read.md")).doesNotExist();
    }

    @Test
    void everyRelativeLinkResolvesToAFileAndAnchor() {
        assertThat(SiteAssertions.brokenLinks(site)).isEmpty();
    }

    @Test
    void everyPageHasOneH1LandmarksAndLanguage() {
        SiteAssertions.assertSingleH1AndLandmarks(site);
        assertThat(parse(site.resolve("index.html")).selectFirst("html").attr("lang"))
                .isEqualTo("en");
    }

    @Test
    void indexShowsPromiseJourneyCardsAndCoverage() {
        Document doc = parse(site.resolve("index.html"));
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Northwind CX playbook");
        assertThat(doc.selectFirst(".promise-text").text()).isEqualTo("Easy, reliable, delightful");
        assertThat(doc.select(".journey-card h3 a").eachText())
                .containsExactly("Online order and delivery", "Support case");
        assertThat(doc.select(".journey-card h3 a").eachAttr("href"))
                .containsExactly("journeys/online-order.html", "journeys/support-case.html");
        // 4 critical touchpoints, all measured; 1 of 4 outsourced/external + social-ad outsourced = 2
        assertThat(doc.select(".figure-value").eachText()).startsWith("100%", "100%", "100%", "2");
        assertThat(doc.select(".figure-detail").first().text()).isEqualTo("4 of 4");
        // a card counts its measured critical touchpoints in the same words
        assertThat(doc.select(".journey-card dl.stats div:last-child dd").eachText())
                .containsExactly("3 of 3", "1 of 1");
        // the ad's accepted finding is counted, on its card and in the findings summary
        assertThat(doc.select(".journey-card").first().select(".badge-accepted").text())
                .isEqualTo("1 accepted");
        assertThat(doc.select("#findings-heading + dl div").eachText()).contains("accepted 1");
        // how the measured metrics stand against their targets, the furthest short first
        assertThat(doc.select("#targets-heading ~ .figures .figure-detail").eachText())
                .containsExactly("2 of 5");
        assertThat(doc.select("#targets-heading ~ ul li").eachText())
                .containsExactly(
                        "Online order and delivery › Social media ad: NPS 24 / 30",
                        "Online order and delivery › Checkout: CES 2.4 / 2",
                        "Online order and delivery › Home delivery: On-time rate 93 / 95");
        assertThat(doc.select("#targets-heading ~ ul a").first().attr("href"))
                .isEqualTo("journeys/online-order/social-ad.html");
        assertThat(doc.select("#teams-heading + p").text())
                .isEqualTo("The number beside a team is how many touchpoints it owns.");
        assertThat(doc.select("#teams-heading ~ ul a").eachText())
                .containsExactly("E-commerce", "Marketing", "Logistics", "Customer support");
        assertThat(doc.select("#teams-heading ~ ul .count-pill").eachText()).containsExactly("3", "1", "1", "2");
        assertThat(doc.select("#coverage-heading ~ ul a").eachText())
                .containsExactly(
                        "Online order and delivery › Social media ad (Outsourced)",
                        "Online order and delivery › Home delivery (External)");
        assertThat(doc.select("nav.site-nav a").eachText())
                .containsExactly("Overview", "Findings", "Rules", "How to read this playbook", "Search");
        assertThat(doc.select("nav.site-nav a[aria-current=page]").text()).isEqualTo("Overview");
        assertThat(doc.select("footer time").text()).isEqualTo("2026-09-21");
    }

    @Test
    void journeyPageShowsPersonaStagesTouchpointsAndFindings() {
        Document doc = parse(site.resolve("journeys/online-order.html"));
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Online order and delivery");
        assertThat(doc.selectFirst(".lead").text()).isEqualTo("From the first ad to the invoice.");
        assertThat(doc.select(".persona-card h2").text()).isEqualTo("Persona: Busy parent");
        assertThat(doc.select(".persona-card em").text()).isEqualTo("Values speed");
        // Markdown: its heading moved below the page's h2, raw HTML escaped
        assertThat(doc.select(".prose h3").text()).isEqualTo("Why");
        assertThat(doc.select(".prose b")).isEmpty();
        assertThat(doc.select(".prose").text()).contains("<b>bold</b>");
        assertThat(doc.select(".stage h3").eachText())
                .containsExactly("1 Discover Before purchase", "2 Buy During purchase", "3 Receive After purchase");
        assertThat(doc.select(".stage tbody th a").eachAttr("href"))
                .containsExactly(
                        "online-order/social-ad.html",
                        "online-order/landing.html",
                        "online-order/checkout.html",
                        "online-order/delivery.html",
                        "online-order/invoice.html");
        assertThat(doc.select(".stage tbody tr").first().select(".badge").eachText())
                .containsExactly("Critical", "Short of target", "Outsourced", "Indirect", "Peak moment");
        // what the customer expects at each touchpoint is in the table, and so on paper
        assertThat(doc.select(".stage thead").first().text()).contains("Customer expects");
        assertThat(doc.select(".stage tbody tr")
                        .first()
                        .select("td[data-label=Customer expects] li")
                        .eachText())
                .containsExactly("The ad's offer is honoured on the web page");
        assertThat(doc.select(".finding .finding-message").eachText()).hasSize(2);
        assertThat(doc.select("a.location").eachAttr("href"))
                .contains("https://github.com/acme/cx/blob/main/journeys/online-order.yaml#L10");
    }

    @Test
    void touchpointPageShowsEverythingAboutTheTouchpoint() {
        Document ad = parse(site.resolve("journeys/online-order/social-ad.html"));
        assertThat(ad.selectFirst("h1").text()).isEqualTo("Social media ad");
        assertThat(ad.select(".checklist li").eachText()).containsExactly("The ad's offer is honoured on the web page");
        assertThat(ad.select(".big-emotion").text()).isEqualTo("anticipation");
        assertThat(ad.select(".facts-list a[href=../../teams/marketing.html]").text())
                .isEqualTo("Marketing");
        assertThat(ad.select(".facts-list a[href=../../channels/social.html]")).hasSize(1);
        assertThat(ad.select(".facts-list").text()).contains("Mainostoimisto Oy", "Outsourced", "emotional", "content");
        assertThat(ad.select(".waivers li").text())
                .contains("critical-outsourced", "Contract with SLA and monthly review", "(until 2027-06-30)");
        assertThat(ad.select(".waivers a").attr("href")).isEqualTo("../../rules.html#critical-outsourced");
        assertThat(ad.select("a[rel=noopener noreferrer]").attr("href")).isEqualTo("https://bi.example.com/nps/ad");
        assertThat(ad.select(".md-table")).hasSize(1);
        assertThat(ad.select(".pager .next").attr("href")).isEqualTo("landing.html");
        assertThat(ad.select(".pager .prev")).isEmpty();
        assertThat(ad.select(".flow-links").text()).contains("Checkout", "Landing page");
        // nothing is written down as setting the first touchpoint's expectations
        assertThat(ad.select(".flow-links > div").first().select("p.muted").text())
                .isEqualTo("None recorded");

        Document checkout = parse(site.resolve("journeys/online-order/checkout.html"));
        assertThat(checkout.select(".metrics tbody tr")).hasSize(2);
        assertThat(checkout.select(".metrics tbody tr").first().select("svg.sparkline polyline"))
                .hasSize(1);
        // the trend's values are text too, not only a line
        assertThat(checkout.select(".metrics tbody tr")
                        .first()
                        .select("svg.sparkline")
                        .attr("aria-label"))
                .isEqualTo("CSAT: trend of 3 measurements, oldest first: 78; 81; 88.5");
        assertThat(checkout.select(".metrics tbody tr")
                        .first()
                        .select("td strong")
                        .text())
                .isEqualTo("88.5");
        assertThat(checkout.select(".metrics .status").eachText()).containsExactly("Meets target", "Short of target");
        // CES: a reader is told that its lower values are the better ones; CSAT needs no word
        assertThat(checkout.select(".metrics tbody tr")
                        .get(1)
                        .select("td")
                        .first()
                        .text())
                .isEqualTo("2 lower is better");
        assertThat(checkout.select(".metrics tbody tr")
                        .get(0)
                        .select("td")
                        .first()
                        .text())
                .isEqualTo("85");
        assertThat(checkout.select(".flow-links").text()).contains("Social media ad");
        assertThat(checkout.select(".pager .prev").attr("href")).isEqualTo("landing.html");

        Document delivery = parse(site.resolve("journeys/online-order/delivery.html"));
        assertThat(delivery.select(".flow-links a[href=../support-case/phone-call.html]")
                        .text())
                .isEqualTo("Support case › Phone call");
    }

    @Test
    void teamAndChannelPagesCollectAcrossJourneys() {
        Document team = parse(site.resolve("teams/ecommerce.html"));
        assertThat(team.selectFirst("h1").text()).isEqualTo("E-commerce");
        assertThat(team.select("a[href^=mailto]").attr("href")).isEqualTo("mailto:ecommerce@example.com");
        assertThat(team.select("#owned-heading ~ table tbody th a, .table-scroll tbody th a")
                        .eachText())
                .contains("Landing page", "Checkout", "Invoice email");
        assertThat(team.select("#critical-heading + .table-scroll tbody th a").eachText())
                .containsExactly("Checkout");

        Document web = parse(site.resolve("channels/web.html"));
        assertThat(web.selectFirst("h1").text()).isEqualTo("Web");
        assertThat(web.select("tbody th a").eachText()).containsExactly("Landing page", "Checkout");
        assertThat(web.select(".emotion-bars li").text()).contains("trust");
    }

    @Test
    void aMissedMetricInATouchpointTableSaysSoInVisibleText() {
        // WCAG 1.4.1: the colour of the chip's border must not be the only sign of a missed target.
        for (String path : List.of("journeys/online-order.html", "teams/ecommerce.html", "channels/web.html")) {
            Element chip = parse(site.resolve(path)).selectFirst("table.touchpoints .metric-chip.status-below");
            assertThat(chip).as(path).isNotNull();
            // which number is the target is said to a screen reader too, not only in the column's heading
            assertThat(chip.select(".metric-target").text()).as(path).matches("/ Target [0-9.,]+");
            chip.select(".visually-hidden, [aria-hidden=true]").remove();
            assertThat(chip.text()).as(path).contains("Short of target");
        }
    }

    @Test
    void findingsAreGroupedBySeverityAndRuleAndLinkToPagesAndSource() {
        Document doc = parse(site.resolve("findings.html"));
        assertThat(doc.select(".severity-section > h2").eachText()).containsExactly("4 warnings", "1 note");
        assertThat(doc.select("#rule-phase-gap .finding a[href=journeys/support-case.html]"))
                .hasSize(1);
        assertThat(doc.select("#rule-critical-outsourced .finding a[href=journeys/online-order/delivery.html]"))
                .hasSize(1);
        // whom to ask: the team that owns the touchpoint, linked
        assertThat(doc.select("#rule-critical-outsourced .finding .finding-meta")
                        .text())
                .endsWith("Owner: Logistics");
        assertThat(doc.select("#rule-critical-outsourced .finding-meta a[href=teams/logistics.html]"))
                .hasSize(1);
        assertThat(doc.select("#rule-stale-measurement a.location").attr("href"))
                .isEqualTo("https://github.com/acme/cx/blob/main/journeys/measurements/survey.csv#L5");
        // what the waivers accept stays in sight, each with its place
        assertThat(doc.select("#accepted .waivers li").eachText())
                .containsExactly("Online order and delivery › Social media ad: critical-outsourced — Contract with SLA"
                        + " and monthly review (until 2027-06-30)");
        Document rules = parse(site.resolve("rules.html"));
        assertThat(rules.select(".rule").eachAttr("id")).containsExactlyElementsOf(RuleIds.ALL);
        // the catalogue's `keys` are code, not text between backticks, here and on the findings page
        assertThat(rules.select("#phase-gap p code").eachText()).contains("before", "during", "after");
        assertThat(rules.select(".rule p").text()).doesNotContain("`");
        assertThat(doc.select(".severity-section p.muted").text()).doesNotContain("`");
        assertThat(doc.select(".severity-section p.muted code")).isNotEmpty();
    }

    @Test
    void searchIndexCoversJourneysTouchpointsTeamsAndChannels() {
        String json = SiteAssertions.text(site.resolve("search-index.json"));
        assertThat(json)
                .contains(
                        "\"url\":\"journeys/online-order/checkout.html\"", "\"kind\":\"Team\"", "\"kind\":\"Channel\"");
        assertThat(SiteAssertions.text(site.resolve("assets/search-index.js")))
                .startsWith("window.JOURNEY_SEARCH_INDEX = [");
        Document search = parse(site.resolve("search.html"));
        assertThat(search.select("noscript")).hasSize(1);
        assertThat(search.select("script[src]").eachAttr("src"))
                .containsExactly("assets/search-index.js", "assets/search.js");
    }

    @Test
    void reportsFollowTheJsonFormat() {
        String json = SiteAssertions.text(site.resolve("reports/findings.json"));
        assertThat(json).contains("\"findings\"", "\"summary\"", "\"rule\": \"phase-gap\"");
    }

    @Test
    void finnishSiteSpeaksFinnish(@TempDir Path other) throws Exception {
        Path out = other.resolve("fi");
        SiteBuilder.build(
                Fixture.sample("fi"), Fixture.options(Files.createDirectories(other.resolve("j")), out, 1), s -> {});
        Document doc = parse(out.resolve("index.html"));
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fi");
        assertThat(doc.select("nav.site-nav a").eachText()).startsWith("Yleiskuva", "Havainnot", "Säännöt");
        assertThat(doc.select(".figure-value").first().wholeText()).isEqualTo("100\u00a0%");
        assertThat(doc.select("footer time").text()).isEqualTo("21.9.2026");
        Document tp = parse(out.resolve("journeys/online-order/checkout.html"));
        assertThat(tp.select(".metrics tbody tr").first().select("td strong").text())
                .isEqualTo("88,5");
        assertThat(tp.select(".metrics tbody tr")
                        .first()
                        .select("svg.sparkline")
                        .attr("aria-label"))
                .isEqualTo("CSAT: 3 mittauksen kehitys vanhimmasta uusimpaan: 78; 81; 88,5");
        assertThat(tp.select(".big-emotion").text()).isEqualTo("luottamus");
        assertThat(parse(out.resolve("channels/partner.html")).selectFirst("h1").text())
                .isEqualTo("Kumppani");
        assertThat(doc.select("nav.site-nav a").eachText()).contains("Näin luet tätä pelikirjaa");
        assertThat(parse(out.resolve("pages/how-to-read.html"))
                        .selectFirst("h1")
                        .text())
                .isEqualTo("Näin luet tätä pelikirjaa");
        assertThat(out.resolve("pages/how-to-read.fi.html")).doesNotExist();
    }

    /** The sample as a Finnish site, built once for the tests that read it. */
    private static synchronized Path finnish() throws Exception {
        Path out = tmp.resolve("out/fi");
        if (!Files.isDirectory(out)) {
            SiteBuilder.build(
                    Fixture.sample("fi"),
                    Fixture.options(Files.createDirectories(tmp.resolve("j-fi")), out, 1),
                    s -> {});
        }
        return out;
    }

    @Test
    void finnishCountTilesAreHeadedByPluralNouns() throws Exception {
        // not by the form that follows a number ("6 varoitusta", as on a journey's card)
        for (String page : List.of("index.html", "findings.html")) {
            assertThat(parse(finnish().resolve(page))
                            .select(".stat-error dt, .stat-warning dt, .stat-info dt")
                            .eachText())
                    .as(page)
                    .containsExactly("Virheet", "Varoitukset", "Huomiot");
        }
        assertThat(parse(site.resolve("findings.html"))
                        .select(".stat-error dt, .stat-warning dt, .stat-info dt")
                        .eachText())
                .containsExactly("errors", "warnings", "notes");
    }

    @Test
    void finnishWaiverIsValidUntilItsDateInFinnishWordOrder() throws Exception {
        // "voimassa 30.6.2027" would say "valid on"; "until" is "… asti", after the date
        assertThat(parse(finnish().resolve("journeys/online-order/social-ad.html"))
                        .select(".waivers li .muted")
                        .text())
                .isEqualTo("(voimassa 30.6.2027 asti)");
    }

    @Test
    void thePagesOfTheWholePlaybookAreTitledByTheirHeading() throws Exception {
        String site = parse(SiteBuildTest.site.resolve("index.html")).title();
        assertThat(parse(SiteBuildTest.site.resolve("findings.html")).title()).isEqualTo("Findings · " + site);
        assertThat(parse(SiteBuildTest.site.resolve("rules.html")).title()).isEqualTo("Rules · " + site);
        assertThat(parse(SiteBuildTest.site.resolve("search.html")).title()).isEqualTo("Search · " + site);
        assertThat(parse(finnish().resolve("findings.html")).title()).startsWith("Havainnot · ");
    }

    @Test
    void aJourneyMapOpenedOnItsOwnSaysWhichLanguageItsWordsAreIn() throws Exception {
        assertThat(Files.readString(finnish().resolve("journeys/online-order.svg")))
                .contains(" xml:lang=\"fi\" ")
                .contains("Polkukartta: ");
        assertThat(Files.readString(site.resolve("journeys/online-order.svg"))).contains(" xml:lang=\"en\" ");
    }

    @Test
    void aSentenceOnAPageStartsWithACapitalButANameKeepsItsLetters() {
        assertThat(ViewMapper.sentence("critical touchpoint `x` has no metric")).startsWith("Critical ");
        assertThat(ViewMapper.sentence("iOS rating of touchpoint `x`")).startsWith("iOS ");
        assertThat(ViewMapper.sentence("`until` must be a date")).startsWith("`until`");
        // a rule's message that starts with a name the user wrote (a custom metric's) keeps it as written
        io.journeyascode.model.Message below = io.journeyascode.model.Message.of(
                "metric-below-target",
                "dashboard score",
                "x",
                io.journeyascode.model.Message.number("1"),
                io.journeyascode.model.Message.number("2"),
                io.journeyascode.model.Message.figure("1"));
        assertThat(FindingMessages.startsWithValue(below, "en")).isTrue();
        assertThat(FindingMessages.startsWithValue(io.journeyascode.model.Message.of("no-peak-moment", "x"), "fi"))
                .isFalse();
        // one that starts with a phrase of the catalogue ("kosketuspisteen `x` poikkeuslupa…") starts
        // with words, and a page gives it a capital
        io.journeyascode.model.Message unused = io.journeyascode.model.Message.of(
                "waiver-unused", "phase-gap", io.journeyascode.model.Message.of("whose.touchpoint", "card-payment"));
        assertThat(FindingMessages.startsWithValue(unused, "fi")).isFalse();
        assertThat(ViewMapper.sentence(FindingMessages.format(unused, "fi", FindingMessages.Values.AS_WRITTEN)))
                .startsWith("Kosketuspisteen `card-payment` poikkeuslupa");
    }

    @Test
    void aRuleFindingIsInFinnishOnAFinnishSiteAndAnEnglishOnlyOneIsMarkedEnglish() throws Exception {
        Element outsourced =
                parse(finnish().resolve("journeys/online-order/delivery.html")).selectFirst(".finding-message");
        // the catalogue's code spans are code, as on the rules page, not text between backticks; a
        // sentence on a page starts with a capital
        assertThat(outsourced.text())
                .startsWith("Kriittisellä kosketuspisteellä delivery on ownership: external; ota se omaan hoitoon");
        assertThat(outsourced.select("code").eachText()).startsWith("delivery", "ownership: external");
        assertThat(outsourced.hasAttr("lang")).isFalse();
        // a finding on the page it is about links to no page: it would be this one
        assertThat(parse(site.resolve("journeys/online-order/delivery.html")).select(".finding-meta a"))
                .extracting(a -> a.attr("href"))
                .noneMatch(href -> href.equals("delivery.html"))
                .isNotEmpty();
        // a finding that has its English message only (as the loader's) says so to a screen reader
        Element noPeak = parse(finnish().resolve("journeys/support-case.html")).selectFirst(".finding-message");
        assertThat(noPeak.text()).startsWith("No touchpoint is marked moment: peak");
        assertThat(noPeak.attr("lang")).isEqualTo("en");

        Element english =
                parse(site.resolve("journeys/online-order/delivery.html")).selectFirst(".finding-message");
        assertThat(english.text())
                .isEqualTo(ViewMapper.sentence(
                        FindingMessages.english(Fixture.OUTSOURCED).replace("`", "")));
        assertThat(english.select("code"))
                .hasSize((int) FindingMessages.english(Fixture.OUTSOURCED)
                                .chars()
                                .filter(c -> c == '`')
                                .count()
                        / 2);
        assertThat(parse(site.resolve("findings.html")).select(".finding-message[lang]"))
                .isEmpty();
    }

    @Test
    void finnishRuleCatalogueCallsThePlaybookAndItsFilesAsTheSiteDoes() throws Exception {
        String rules = parse(finnish().resolve("rules.html")).text().toLowerCase(java.util.Locale.ROOT);
        assertThat(rules).contains("pelikirjan", "polkutiedosto").doesNotContain("käsikirj", "matkatiedosto");
    }

    @Test
    void translatedPagesStayOutOfOtherLanguages() {
        assertThat(parse(site.resolve("pages/how-to-read.html"))
                        .selectFirst("h1")
                        .text())
                .isEqualTo("How to read this playbook");
        assertThat(site.resolve("pages/how-to-read.fi.html")).doesNotExist();
    }
}
