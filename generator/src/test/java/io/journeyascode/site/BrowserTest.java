package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The example site in Debian's Chromium: from file:// and from a local server, plus axe-core. */
class BrowserTest {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    /** A phone held upright, the common size and a small one, in CSS pixels. */
    static final int PHONE = 360;

    static final int SMALL_PHONE = 320;

    /**
     * The width of an A4 page less Chromium's default 1 cm margins, in CSS pixels (96 to the
     * inch): 190 mm.
     */
    static final int A4_PRINTABLE = 718;

    /** A4 landscape between Chromium's default margins (277 mm). */
    static final int A4_LANDSCAPE_PRINTABLE = 1047;

    /**
     * What does not fit the printed page the driver shows: the page wider than the paper, the
     * journey map or the emotion curve wider than the content or out of proportion.
     */
    static final String PRINT_PROBLEMS =
            """
            const main = document.querySelector('main');
            const style = getComputedStyle(main);
            const content = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            const problems = [];
            if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
              problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
            }
            for (const figure of document.querySelectorAll('figure.diagram, figure.curve')) {
              if (![...figure.querySelectorAll('svg')].some(svg => svg.getClientRects().length > 0)) {
                problems.push(figure.className + ' prints nothing');
              }
            }
            for (const svg of document.querySelectorAll('.diagram svg, .curve svg')) {
              if (svg.getClientRects().length === 0) {
                continue; // not printed: the map on the screen, where it prints in rows
              }
              const r = svg.getBoundingClientRect();
              const vb = svg.viewBox.baseVal;
              const name = svg.closest('figure').className;
              if (r.width < 1 || r.width > content + 0.5) {
                problems.push(name + ' is ' + r.width + ' px wide, the page ' + content);
              }
              if (Math.abs(r.height / r.width - vb.height / vb.width) > 0.01 * vb.height / vb.width) {
                problems.push(name + ' lost its proportions: ' + r.width + ' x ' + r.height);
              }
            }
            return problems;
            """;

    /**
     * The words (split at spaces, hyphens and slashes, where a line may end) in the tables of the
     * page the driver shows that the browser broke across two lines, as "word in «cell»".
     */
    static final String BROKEN_WORDS =
            """
            const broken = [];
            for (const cell of document.querySelectorAll('table th, table td')) {
              const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let node; (node = texts.nextNode()); ) {
                if (node.parentElement.closest('.visually-hidden')) continue;
                const words = /[^\\s\\/\\u00AD\\u2010-\\u2014-]+/g;
                for (let m; (m = words.exec(node.data)); ) {
                  const range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                  if (lines.size > 1) broken.push(m[0] + ' in «' + cell.textContent.trim().slice(0, 40) + '»');
                }
              }
            }
            return broken;
            """;

    static ChromeDriver driver;
    static HttpServer server;
    static Path site;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(CHROMIUM.canExecute(), "Chromium is not installed at /usr/bin/chromium");
        assumeTrue(CHROMEDRIVER.canExecute(), "chromedriver is not installed at /usr/bin/chromedriver");
        site = ExampleSite.get();
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("journey-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(1))
                    .normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".html")
                    ? "text/html; charset=utf-8"
                    : name.endsWith(".css")
                            ? "text/css"
                            : name.endsWith(".js")
                                    ? "text/javascript"
                                    : name.endsWith(".json")
                                            ? "application/json"
                                            : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
        if (profile != null) {
            SiteFolders.deleteQuietly(profile, s -> {});
        }
    }

    @Test
    void clickThroughFromFileUrl() throws Exception {
        clickThrough(site.toUri().toString() + "index.html", "file");
    }

    @Test
    void clickThroughFromALocalServer() throws Exception {
        clickThrough("http://127.0.0.1:" + server.getAddress().getPort() + "/index.html", "http");
    }

    @Test
    void aSearchListsAJourneyWhoseTitleMatchesOnceNotEachOfItsTouchpoints() {
        // Of the sixteen touchpoints of "Online grocery order, delivery and invoice", only those whose
        // own name or owner ("Logistics and delivery") says "delivery" are listed, the journey once
        // among them: a title that starts with the word first, then titles that have it, then the rest.
        assertThat(searchResults("delivery"))
                .containsExactly(
                        "Delivery tracking by text message",
                        "Online grocery order, delivery and invoice",
                        "Choose a delivery slot",
                        "Logistics and delivery",
                        "Groceries delivered to the door",
                        "Courier picks up the broken product",
                        "Replacement delivered with the next order");
        assertThat(searchResults("invoice"))
                .containsExactly(
                        "First invoice",
                        "Question about the invoice by phone",
                        "Online grocery order, delivery and invoice",
                        "Pay later by monthly invoice",
                        "Monthly invoice",
                        "Switching the electricity contract to Northwind Energy");
        assertThat(searchResults("p\u00e4y later")).as("ä folded to a").containsExactly("Pay later by monthly invoice");
        // a word that finds nothing as written is tried without its ending (a plural, a Finnish case)
        assertThat(searchResults("invoices")).isEqualTo(searchResults("invoice"));
        assertThat(searchResults("monthlyy invoices"))
                .containsExactly(
                        "Monthly invoice",
                        "Pay later by monthly invoice",
                        "Online grocery order, delivery and invoice");
    }

    @Test
    void aJourneysTitleNarrowsASearchAndIsShownWithItsTouchpoints() {
        assertThat(searchResults("grocery checkout")).containsExactly("Checkout");
        assertThat(driver.findElement(By.cssSelector("#search-results .result-text"))
                        .getText())
                .isEqualTo("Online grocery order, delivery and invoice · Mobile · trust · Mobile app team");
    }

    /** The titles of the results on the search page of the example site from file://, in order. */
    private static List<String> searchResults(String query) {
        driver.get(site.toUri() + "search.html?q="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        return driver.findElements(By.cssSelector("#search-results li a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void clickThrough(String indexUrl, String name) throws Exception {
        driver.get(indexUrl);
        assertThat(h1()).isNotBlank();
        shot(name + "-1-index");

        WebElement card = driver.findElement(By.cssSelector(".journey-card h3 a"));
        String journeyTitle = card.getText();
        card.click();
        assertThat(h1()).isEqualTo(journeyTitle);
        shot(name + "-2-journey");

        List<WebElement> nodes = driver.findElements(By.cssSelector(".diagram svg a"));
        assertThat(nodes).as("diagram nodes link to touchpoints").isNotEmpty();
        WebElement node = nodes.get(0);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", node);
        node.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/journeys/"));
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).isEqualTo("kind-touchpoint");
        shot(name + "-3-touchpoint");

        WebElement owner = driver.findElement(By.cssSelector(".facts-list a[href*='teams/']"));
        String team = owner.getText();
        owner.click();
        assertThat(h1()).isEqualTo(team);
        shot(name + "-4-team");

        String touchpoint = firstTouchpointTitle();
        WebElement box = driver.findElement(By.id("site-search"));
        box.sendKeys(touchpoint, Keys.ENTER);
        WebElement hit = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-results li a")));
        assertThat(driver.findElement(By.id("search-input")).getAttribute("value"))
                .isEqualTo(touchpoint);
        shot(name + "-5-search");
        String hitTitle = hit.getText();
        hit.click();
        assertThat(h1()).isEqualTo(hitTitle);
    }

    @Test
    void keyboardReachesTheSkipLinkFirstAndItMovesFocusToMain() {
        driver.get(site.toUri() + "index.html");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement active = driver.switchTo().activeElement();
        assertThat(active.getAttribute("class")).isEqualTo("skip-link");
        shot("file-0-skip-link");
        active.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolations() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        String journey = driver == null ? "" : firstPath("journeys/", ".html", false);
        String touchpoint = firstPath("journeys/", ".html", true);
        for (String page : List.of("index.html", journey, touchpoint, "findings.html", "search.html?q=a")) {
            driver.get(base + page);
            assertThat(seriousViolations()).as(page).isEmpty();
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationsOnThePagesOfATeamAndAChannel(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path paged = corpusSite(tmp, 6);
        String team = "teams/" + firstFolder(paged.resolve("teams"));
        String channel = "channels/" + firstFolder(paged.resolve("channels"));
        for (String page : List.of(team + ".html", team + "/2.html", channel + ".html", channel + "/2.html")) {
            driver.get(paged.resolve(page).toUri().toString());
            assertThat(driver.findElements(By.cssSelector("nav.pager a[aria-current=page]")))
                    .as(page)
                    .hasSize(2);
            assertThat(seriousViolations()).as(page).isEmpty();
        }
        shot("paged-channel-2");
    }

    @Test
    void onASmallPhoneALongFindingWrapsInsteadOfWideningThePage(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        // a stale measurement's message quotes a CSV row: here one word of 60 characters, no hyphen to break at
        Path journeys =
                Files.createDirectories(tmp.resolve("journeys/measurements")).getParent();
        Files.writeString(journeys.resolve("playbook.yaml"), "measurement_max_age_days: 30\n");
        Files.writeString(
                journeys.resolve("housingloanapplication.yaml"),
                """
                title: Housing loan
                stages:
                  - id: apply
                    phase: during
                    touchpoints:
                      - id: payoutconfirmation
                        name: Payout
                        channel: web
                        metrics: [{type: csat, target: 80}]
                """);
        Files.writeString(
                journeys.resolve("measurements/survey.csv"),
                "journey,touchpoint,metric,value,date\nhousingloanapplication,payoutconfirmation,csat,85,2026-01-01\n");
        Path out = tmp.resolve("site");
        io.journeyascode.api.ValidationResult validation =
                io.journeyascode.api.JourneyGenerator.validate(journeys, Fixture.TODAY);
        assertThat(validation.findings()).anyMatch(f -> f.rule().equals("stale-measurement"));
        SiteBuilder.build(validation, Fixture.options(journeys, out, 2), s -> {});
        try {
            phone(SMALL_PHONE);
            driver.get(out.resolve("findings.html").toUri().toString());
            long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
            assertThat(scrollWidth).as("findings.html at %d px", SMALL_PHONE).isLessThanOrEqualTo(SMALL_PHONE);
            shot("findings-small-phone");
        } finally {
            desktop();
        }
    }

    private static String firstFolder(Path dir) throws Exception {
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no listing of several pages in " + dir));
        }
    }

    @Test
    void aJourneyPrintsAsAHandout() throws Exception {
        driver.get(site.toUri() + firstPath("journeys/", ".html", false));
        Object pdf = ((JavascriptExecutor) driver)
                .executeScript("return getComputedStyle(document.querySelector('.site-nav')).display");
        assertThat(pdf).isEqualTo("block");
        // Emulate print media through the DevTools protocol and check the navigation disappears.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        Object printed = ((JavascriptExecutor) driver)
                .executeScript("return getComputedStyle(document.querySelector('.site-nav')).display");
        shot("print-journey");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        assertThat(printed).isEqualTo("none");
    }

    @Test
    void onAPhoneNoPageScrollsSidewaysAndNoTableBreaksAWord() throws Exception {
        List<String> pages = htmlPages();
        List<String> wide = new java.util.ArrayList<>();
        List<String> broken = new java.util.ArrayList<>();
        List<String> metricsWide = new java.util.ArrayList<>();
        java.util.Set<String> kindsWithTables = new java.util.TreeSet<>();
        try {
            for (int width : new int[] {PHONE, SMALL_PHONE}) {
                phone(width);
                for (String page : pages) {
                    driver.get(site.resolve(page).toUri().toString());
                    long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
                    long viewport = (Long) driver.executeScript("return document.documentElement.clientWidth");
                    if (scrollWidth > viewport) {
                        wide.add(page + " is " + scrollWidth + " px wide at " + width + " px");
                    }
                    for (Object word : (List<?>) driver.executeScript(BROKEN_WORDS)) {
                        broken.add(page + " at " + width + " px: " + word);
                    }
                    Boolean metricsScroll = (Boolean)
                            driver.executeScript(
                                    "const t = document.querySelector('table.metrics');"
                                            + " return t != null && t.parentElement.scrollWidth > t.parentElement.clientWidth;");
                    if (metricsScroll) {
                        metricsWide.add(page + " at " + width + " px");
                    }
                    if (!driver.findElements(By.cssSelector("table.touchpoints, table.metrics"))
                            .isEmpty()) {
                        kindsWithTables.add(
                                driver.findElement(By.tagName("body")).getAttribute("class"));
                    }
                }
            }
            phone(PHONE);
            driver.get(site.resolve(firstTouchpointWithMetrics()).toUri().toString());
            // a metric shown as a card is still a row of cells with a row header to a screen reader
            WebElement metric = driver.findElement(By.cssSelector("table.metrics tbody tr"));
            assertThat(metric.getCssValue("display")).isEqualTo("block");
            assertThat(metric.getAriaRole()).isEqualTo("row");
            assertThat(metric.findElement(By.tagName("th")).getAriaRole()).isEqualTo("rowheader");
            assertThat(metric.findElements(By.tagName("td")))
                    .allSatisfy(cell -> assertThat(cell.getAriaRole()).isEqualTo("cell"));
            fullShot("phone-touchpoint");
            driver.get(
                    site.resolve(firstPath("journeys/", ".html", false)).toUri().toString());
            fullShot("phone-journey");
        } finally {
            desktop();
        }
        org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(kindsWithTables)
                    .as("the kinds of page with tables")
                    .contains("kind-journey", "kind-touchpoint", "kind-team", "kind-channel");
            soft.assertThat(wide).as("pages wider than the phone").isEmpty();
            soft.assertThat(broken).as("words broken inside in tables").isEmpty();
            soft.assertThat(metricsWide)
                    .as("touchpoint pages whose metrics need a sideways scroll")
                    .isEmpty();
        });
    }

    /**
     * On a phone a touchpoint of a table is a card: every cell, its metrics and target emotion too,
     * lies within the screen (not beyond the right edge of a table that scrolls), each after its
     * column's name, and the header is short: its search box gives way to the navigation's link.
     */
    @Test
    void onAPhoneATouchpointTableShowsEachTouchpointAsACard() throws Exception {
        try {
            phone(PHONE);
            driver.get(
                    site.resolve(firstPath("journeys/", ".html", false)).toUri().toString());
            WebElement row = driver.findElement(By.cssSelector("table.touchpoints tbody tr"));
            assertThat(row.getCssValue("display")).isEqualTo("block");
            assertThat(row.getAriaRole()).isEqualTo("row");
            long viewport = (Long) driver.executeScript("return document.documentElement.clientWidth");
            @SuppressWarnings("unchecked")
            List<Number> rights = (List<Number>)
                    driver.executeScript(
                            "return [...document.querySelectorAll('table.touchpoints td')].map(td => td.getBoundingClientRect().right);");
            assertThat(rights).isNotEmpty().allSatisfy(right -> assertThat(right.doubleValue())
                    .isLessThanOrEqualTo(viewport));
            String label = (String)
                    driver.executeScript(
                            "return getComputedStyle(document.querySelector('table.touchpoints td[data-label]'), '::before').content;");
            assertThat(label).contains(":");
            assertThat(driver.findElement(By.cssSelector(".site-header .search-box"))
                            .isDisplayed())
                    .isFalse();
            assertThat(driver.findElements(By.cssSelector(".site-nav a[href$='search.html']")))
                    .isNotEmpty();
        } finally {
            desktop();
        }
    }

    @Test
    void onAPhoneTheEmotionCurveKeepsItsSizeAndScrollsInItsBox() throws Exception {
        try {
            phone(PHONE);
            driver.get(site.toUri() + firstPath("journeys/", ".html", false));
            @SuppressWarnings("unchecked")
            java.util.Map<String, Number> curve = (java.util.Map<String, Number>)
                    driver.executeScript(
                            """
                    const svg = document.querySelector('.curve svg');
                    const box = svg.closest('.diagram-scroll');
                    return {drawn: svg.getBoundingClientRect().width, natural: svg.width.baseVal.value,
                            box: box.clientWidth, scroll: box.scrollWidth};
                    """);
            assertThat(curve.get("drawn").doubleValue())
                    .as("the curve's width on the screen, against its own " + curve)
                    .isGreaterThanOrEqualTo(curve.get("natural").doubleValue() - 0.5);
            assertThat(curve.get("scroll").doubleValue())
                    .as("its box scrolls " + curve)
                    .isGreaterThan(curve.get("box").doubleValue());
        } finally {
            desktop();
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationsOnAPhone() throws Exception {
        String team = "teams/" + firstFile(site.resolve("teams"));
        String channel = "channels/" + firstFile(site.resolve("channels"));
        List<String> pages =
                List.of(firstPath("journeys/", ".html", false), firstTouchpointWithMetrics(), team, channel);
        try {
            phone(PHONE);
            for (String page : pages) {
                driver.get(site.resolve(page).toUri().toString());
                assertThat(seriousViolations()).as(page).isEmpty();
            }
        } finally {
            desktop();
        }
    }

    @Test
    void aPrintedJourneyFitsItsMapAndCurveToThePageWidth() throws Exception {
        List<String> journeys = htmlPages().stream()
                .filter(p -> p.matches("journeys/[^/]+\\.html"))
                .toList();
        assertThat(journeys).isNotEmpty();
        List<String> problems;
        try {
            printOnA4();
            problems = scriptProblems(journeys, PRINT_PROBLEMS);
            driver.get(site.resolve(journeys.get(0)).toUri().toString());
            fullShot("print-journey-a4");
        } finally {
            screen();
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The rows a wide journey map and a long emotion curve print in (staff print journeys for
     * workshops): on the screen, every stage and every touchpoint of the map lies whole inside
     * one row's view box; printed on A4, the map and curve on the screen are hidden, every row
     * draws (its pixels are not all white: its {@code <use>} shows the picture) at one scale, at
     * which the labels come out 10 px (7.5 pt) or larger, and the legend no larger; on wider paper
     * the rows keep that size, and a legend keeps to the row beside it. On the screen the rows
     * are hidden, also under a stylesheet of a team's own (that knows nothing of them).
     */
    @Test
    void aWideMapOrCurvePrintsInRowsAtOneReadableScale() throws Exception {
        List<String> wide = new java.util.ArrayList<>();
        for (String page : htmlPages()) {
            if (page.matches("journeys/[^/]+\\.html")
                    && !SiteAssertions.parse(site.resolve(page))
                            .select("figure.diagram .diagram-print")
                            .isEmpty()) {
                wide.add(page);
            }
        }
        assertThat(wide).as("journeys of the example whose map prints in rows").hasSizeGreaterThan(1);
        assertThat(wide.stream().filter(page -> !SiteAssertions.parse(site.resolve(page))
                        .select("figure.curve .diagram-print")
                        .isEmpty()))
                .as("journeys of the example whose emotion curve prints in rows")
                .isNotEmpty();
        List<String> problems = new java.util.ArrayList<>(
                scriptProblems(wide, MAP_ROWS_COVER, MapPrint.MAX_ROW, MapPrint.MAX_ROW - MapPrint.CUT_ROOM));
        try {
            printOnA4();
            for (String page : wide) {
                driver.get(site.resolve(page).toUri().toString());
                for (WebElement print : driver.findElements(By.cssSelector(".diagram-print"))) {
                    WebElement figure = print.findElement(By.xpath(".."));
                    String what = page + " " + figure.getAttribute("class");
                    assertThat(figure.findElement(By.cssSelector(".diagram-scroll.printed-in-rows"))
                                    .isDisplayed())
                            .as(what + ": the picture on the screen, printed")
                            .isFalse();
                    List<Double> scales = new java.util.ArrayList<>();
                    List<Double> legends = new java.util.ArrayList<>();
                    for (WebElement row : print.findElements(By.tagName("svg"))) {
                        String href = row.findElement(By.tagName("use")).getAttribute("href");
                        double scale = ((Number) driver.executeScript(
                                        "return arguments[0].getBoundingClientRect().width"
                                                + " / arguments[0].viewBox.baseVal.width",
                                        row))
                                .doubleValue();
                        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(
                                new java.io.ByteArrayInputStream(row.getScreenshotAs(OutputType.BYTES)));
                        long inked = 0;
                        for (int y = 0; y < image.getHeight(); y++) {
                            for (int x = 0; x < image.getWidth(); x++) {
                                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                                    inked++;
                                }
                            }
                        }
                        if (inked < image.getWidth() * image.getHeight() / 100) {
                            problems.add(what + ": the row showing " + href + " prints blank (" + inked + " pixels)");
                        }
                        (href.endsWith("legend") ? legends : scales).add(scale);
                    }
                    // px per unit (a point in the map, a px in the curve): their 10-unit labels
                    // print at 10 * scale px, at least 10 px (7.5 pt) on A4 when no stage is
                    // wider than a row
                    if (scales.size() < 2
                            || scales.stream().anyMatch(k -> Math.abs(k - scales.get(0)) > 0.01 * scales.get(0))
                            || scales.get(0) < 0.99) {
                        problems.add(what + ": rows at px per unit " + scales + ", want one scale >= 1");
                    }
                    if (legends.size() != 1 || (!scales.isEmpty() && legends.get(0) > scales.get(0) * 1.01)) {
                        problems.add(what + ": its legend prints at " + legends + ", the rows at " + scales);
                    }
                }
            }
            driver.get(site.resolve(wide.get(0)).toUri().toString());
            fullShot("print-journey-map-rows");
            // on wider paper (A4 landscape) the rows keep their size: nothing is blown up to fill it
            printOn(A4_LANDSCAPE_PRINTABLE);
            for (String page : wide) {
                driver.get(site.resolve(page).toUri().toString());
                @SuppressWarnings("unchecked")
                List<Number> scales = (List<Number>) driver.executeScript(
                        "return [...document.querySelectorAll('.diagram-print svg:not(.print-legend)')]"
                                + ".map(r => r.getBoundingClientRect().width / r.viewBox.baseVal.width)");
                if (scales.stream().anyMatch(k -> Math.abs(k.doubleValue() - 1) > 0.01)) {
                    problems.add(page + ": in landscape, rows at px per unit " + scales);
                }
                // a legend stays on the page of the row next to it
                @SuppressWarnings("unchecked")
                List<String> breaks = (List<String>) driver.executeScript(
                        "return [...document.querySelectorAll('.diagram-print .print-legend')].map(l =>"
                                + " l === l.parentElement.firstElementChild ? getComputedStyle(l).breakAfter"
                                + " : getComputedStyle(l).breakBefore)");
                if (breaks.isEmpty() || breaks.stream().anyMatch(b -> !b.equals("avoid"))) {
                    problems.add(page + ": legends may print apart from their rows: " + breaks);
                }
            }
        } finally {
            screen();
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Journeys of the benchmark's corpus have stages of 5–6 touchpoints, wider than a printed
     * row: printed, they are cut between their touchpoints, and Chromium finds every touchpoint and
     * every stage's name whole in one row, and every row at most {@link MapPrint#MAX_ROW} wide.
     */
    @Test
    void aStageWiderThanARowPrintsCutBetweenItsTouchpoints(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path out = corpusSite(tmp, 4);
        List<String> pages;
        try (java.util.stream.Stream<Path> files = Files.list(out.resolve("journeys"))) {
            pages = files.map(p -> "journeys/" + p.getFileName())
                    .filter(p -> p.endsWith(".html"))
                    .sorted()
                    .toList();
        }
        long cut = 0;
        for (String page : pages) {
            driver.get(out.resolve(page).toUri().toString());
            cut += (Long) driver.executeScript(
                    "return [...document.querySelectorAll('.diagram-scroll svg g.cluster.stage')]"
                            + ".filter(g => g.getBBox().width > arguments[0]).length",
                    MapPrint.MAX_ROW - MapPrint.CUT_ROOM);
        }
        assertThat(cut).as("stages wider than a row in " + pages).isPositive();
        assertThat(scriptProblems(out, pages, MAP_ROWS_COVER, MapPrint.MAX_ROW, MapPrint.MAX_ROW - MapPrint.CUT_ROOM))
                .isEmpty();
    }

    /**
     * On the screen: the stages and touchpoints of the journey map (their boxes as the browser
     * measures them, in the map's view box) that no print row holds whole, as text.
     */
    static final String MAP_ROWS_COVER =
            """
            const map = document.querySelector('.diagram-scroll svg');
            const graph = map.querySelector('g.graph');
            const shift = graph.transform.baseVal.consolidate().matrix;
            const maxRow = arguments[0];
            const maxStage = arguments[1]; // a stage wider than this is cut (see MapPrint.CUT_ROOM)
            const rows = [...document.querySelectorAll('figure.diagram .diagram-print svg:not(.print-legend)')]
                .map(row => row.viewBox.baseVal);
            const problems = [];
            if (rows.length < 2) {
              problems.push('prints in ' + rows.length + ' rows');
            }
            rows.filter(r => r.width > maxRow + 0.01).forEach(r => problems.push('a row ' + r.width + ' wide'));
            // hidden on the screen, also under a stylesheet of a team's own that knows nothing of them
            const shown = () => [...document.querySelectorAll('.diagram-print')].filter(p => p.getClientRects().length > 0);
            if (shown().length > 0) {
              problems.push('print rows show on the screen');
            }
            for (const sheet of document.styleSheets) sheet.disabled = true;
            if (shown().length > 0) {
              problems.push('print rows show on the screen without the site stylesheet');
            }
            for (const sheet of document.styleSheets) sheet.disabled = false;
            const inside = (b, r) => b.x >= r.x - 0.01 && b.x + b.width <= r.x + r.width + 0.01
                && b.y >= r.y - 0.01 && b.y + b.height <= r.y + r.height + 0.01;
            const whole = (element, what) => {
              const b = element.getBBox();
              const box = {x: b.x + shift.e, y: b.y + shift.f, width: b.width, height: b.height};
              if (rows.filter(r => inside(box, r)).length !== 1) {
                problems.push(what + ' is in no row whole: ' + JSON.stringify(box));
              }
            };
            for (const g of graph.querySelectorAll('g.node')) {
              whole(g, g.querySelector('title').textContent);
            }
            // a stage whole in one row, or one wider than a row cut between its touchpoints: its
            // name whole (the touchpoints are checked above)
            for (const g of graph.querySelectorAll('g.cluster.stage')) {
              const title = g.querySelector('title').textContent;
              if (g.getBBox().width <= maxStage) {
                whole(g, title);
              } else {
                g.querySelectorAll('text').forEach(t => whole(t, 'the name of ' + title + ', "' + t.textContent + '"'));
              }
            }
            return problems;
            """;

    /**
     * The site of {@code n} journeys of the benchmark's corpus, built in {@code tmp} with at most
     * 10 rows on a page of a team or channel (so that they have several pages).
     */
    private static Path corpusSite(Path tmp, int n) {
        Path journeys = tmp.resolve("journeys");
        new io.journeyascode.bench.CorpusGenerator(io.journeyascode.bench.CorpusGenerator.DEFAULT_SEED)
                .write(journeys, n);
        Path out = tmp.resolve("site");
        SiteBuilder.build(
                io.journeyascode.api.JourneyGenerator.validate(journeys, Fixture.TODAY),
                Fixture.options(journeys, out, 2),
                s -> {},
                10);
        return out;
    }

    /** Lays pages out as Chromium prints them on A4 portrait (print media, the printable width), until {@link #screen()}. */
    private static void printOnA4() {
        printOn(A4_PRINTABLE);
    }

    /** Lays pages out in print media on paper {@code width} CSS pixels wide between its margins, until {@link #screen()}. */
    private static void printOn(int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    }

    /** Back to the screen at the window's own size. */
    private static void screen() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        desktop();
    }

    /** What {@code script} (which returns a list of texts) finds on each of {@code pages} of the site, as "page: problem". */
    private static List<String> scriptProblems(List<String> pages, String script, Object... args) {
        return scriptProblems(site, pages, script, args);
    }

    /** What {@code script} finds on each of {@code pages} of the site {@code root}, as "page: problem". */
    private static List<String> scriptProblems(Path root, List<String> pages, String script, Object... args) {
        List<String> problems = new java.util.ArrayList<>();
        for (String page : pages) {
            driver.get(root.resolve(page).toUri().toString());
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) driver.executeScript(script, args);
            found.forEach(p -> problems.add(page + ": " + p));
        }
        return problems;
    }

    /** Lays pages out as a phone of this width would, until {@link #desktop()}. */
    private static void phone(int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the window's own size. */
    private static void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    /** A screenshot of the whole page as laid out now (the emulated width kept). */
    private static void fullShot(String name) throws Exception {
        java.util.Map<String, Object> png = driver.executeCdpCommand(
                "Page.captureScreenshot", java.util.Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(SHOTS.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) png.get("data")));
    }

    /** Every HTML page of the example site, relative to it. */
    private static List<String> htmlPages() throws Exception {
        try (java.util.stream.Stream<Path> all = Files.walk(site)) {
            return all.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static String firstTouchpointWithMetrics() throws Exception {
        for (String page : htmlPages()) {
            if (page.matches("journeys/[^/]+/[^/]+\\.html")
                    && !SiteAssertions.parse(site.resolve(page))
                            .select("table.metrics")
                            .isEmpty()) {
                return page;
            }
        }
        throw new AssertionError("no touchpoint page with metrics");
    }

    private static String firstFile(Path dir) throws Exception {
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html"))
                    .sorted()
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no page in " + dir));
        }
    }

    /** The serious and critical WCAG 2.1 A/AA violations axe finds on the page the driver shows. */
    private List<String> seriousViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(BrowserTest::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .limit(3)
                        .map(n -> String.valueOf(n.getTarget()))
                        .toList();
    }

    private static String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private static String firstTouchpointTitle() throws Exception {
        JsonNode index =
                new ObjectMapper().readTree(site.resolve("search-index.json").toFile());
        for (JsonNode entry : index) {
            if (entry.path("url").asText().matches("journeys/[^/]+/[^/]+\\.html")) {
                return entry.path("title").asText();
            }
        }
        throw new AssertionError("no touchpoint in the search index");
    }

    /** The first journey page, or the first touchpoint page of it. */
    private static String firstPath(String dir, String ext, boolean touchpoint) throws Exception {
        JsonNode index =
                new ObjectMapper().readTree(site.resolve("search-index.json").toFile());
        for (JsonNode entry : index) {
            String url = entry.path("url").asText();
            boolean isTouchpoint = url.matches("journeys/[^/]+/[^/]+\\.html");
            boolean isJourney = url.matches("journeys/[^/]+\\.html");
            if (url.startsWith(dir) && url.endsWith(ext) && (touchpoint ? isTouchpoint : isJourney)) {
                return url;
            }
        }
        throw new AssertionError("no page under " + dir);
    }

    private static void shot(String name) {
        try {
            long height = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return Math.min(6000, document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new Dimension(1280, (int) Math.max(800, height)));
            File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new Dimension(1280, 1000));
        } catch (Exception e) {
            throw new IllegalStateException("Could not save screenshot " + name, e);
        }
    }
}
