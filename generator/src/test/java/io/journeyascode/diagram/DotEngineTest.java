package io.journeyascode.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.api.Engine;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Phase;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.Touchpoint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Rendering with the real native {@code dot} (skipped when it is not on the PATH). */
class DotEngineTest {

    /** The touchpoint pages of the sample's online-order journey, in the journey's order. */
    static final List<String> ONLINE_ORDER_PAGES = List.of(
            "online-order/social-ad.html",
            "online-order/reviews.html",
            "online-order/landing.html",
            "online-order/checkout.html",
            "online-order/delivery.html",
            "online-order/invoice.html");

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @BeforeAll
    static void needsDot() {
        assumeTrue(NativeDotRenderer.find().isPresent(), "Graphviz dot is not on the PATH: skipping native dot tests");
    }

    private static DiagramSet render(PlaybookIndex index, int jobs) {
        List<String> log = new ArrayList<>();
        DiagramSet set = Diagrams.render(index, Engine.DOT, jobs, log::add);
        assertThat(set.engineUsed()).isEqualTo("dot");
        return set;
    }

    @Test
    void rendersWellFormedAccessibleSvgWithOneNodePerTouchpoint() throws Exception {
        PlaybookIndex index = DiagramDotTest.sample("en");
        DiagramSet set = render(index, 2);
        assertThat(set.failures()).isEmpty();
        assertThat(set.svgByJourney()).containsOnlyKeys("online-order", "support", "evil");
        for (Journey journey : index.playbook().journeys()) {
            String svg = set.svgByJourney().get(journey.id().value());
            Document doc = parse(svg);
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("group");
            assertThat(svg).startsWith("<svg").doesNotContain("<?xml", "<!DOCTYPE", "<!--");
            assertThat(count(svg, "class=\"node tp"))
                    .isEqualTo(journey.touchpoints().size());
            NodeList titles = doc.getElementsByTagNameNS("*", "title");
            assertThat(titles.item(0).getTextContent()).startsWith("Journey map: ");
            NodeList desc = doc.getElementsByTagNameNS("*", "desc");
            for (Touchpoint tp : journey.touchpoints()) {
                assertThat(desc.item(0).getTextContent())
                        .contains(DotText.clean(tp.name().value()));
            }
        }
        String order = set.svgByJourney().get("online-order");
        assertThat(order)
                .contains("role=\"group\" aria-labelledby=\"jd-online-order-title\""
                        + " aria-describedby=\"jd-online-order-desc\"");
        assertThat(order).contains("id=\"jd-online-order-node1\"");
        // in the journey's order, which Tab follows through the map
        assertThat(hrefs(order)).containsExactlyElementsOf(ONLINE_ORDER_PAGES);
        assertThat(count(order, "class=\"edge flow\"")).isEqualTo(5);
        assertThat(count(order, "class=\"edge expects\"")).isEqualTo(1);
        // hover text shows names, not generated ids
        assertThat(order)
                .contains(
                        "<title>Checkout and payment — Expectations: No surprise costs — Target emotion: trust</title>");
    }

    @Test
    void theMapsTextSaysWhatItsArrowsAddToTheOrderOfTheTouchpoints() throws Exception {
        DiagramSet set = render(DiagramDotTest.sample("en"), 1);
        String support = parse(set.svgByJourney().get("support"))
                .getElementsByTagNameNS("*", "desc")
                .item(0)
                .getTextContent();
        assertThat(support)
                .contains("Flow: FAQ → Chat, Phone call; Chat → Problem solved, FAQ;"
                        + " Phone call → Problem solved, Online order and delivery: Invoice. Any other touchpoint leads to"
                        + " the next one.");
        String order = parse(set.svgByJourney().get("online-order"))
                .getElementsByTagNameNS("*", "desc")
                .item(0)
                .getTextContent();
        assertThat(order).contains("Sets expectations for: Social media ad ⇢ Checkout and payment.");
    }

    @Test
    void linksStubsToTheOtherJourneysPagesOnlyWhenTheyExist() {
        String support = render(DiagramDotTest.sample("en"), 1).svgByJourney().get("support");
        assertThat(hrefs(support))
                .contains("online-order/invoice.html", "online-order/social-ad.html")
                .allMatch(h -> h.matches("(support|online-order)/[a-z0-9-]+\\.html"));
        assertThat(count(support, "class=\"node stub\"")).isEqualTo(3);
    }

    @Test
    void namesArrowsAndChannelsAsTheSiteDoes() throws Exception {
        Journey journey = Fixtures.journey("pair", "Pair")
                .stage(
                        "s",
                        "Stage",
                        Phase.DURING,
                        Fixtures.tp("ad", "Ad", "social")
                                .emotion("trust")
                                .leadsTo("shop")
                                .setsExpectationsFor("shop"),
                        Fixtures.tp("shop", "Shop", "web").leadsTo("support/chat"))
                .build();
        PlaybookIndex index =
                Fixtures.index(Fixtures.config("fi"), List.of(journey, SampleJourneys.support()), List.of());
        java.util.Map<String, String> words = DiagramWords.of(
                "fi",
                java.util.Map.of(
                        "vocab.channel.social",
                        "Some",
                        "vocab.channel.web",
                        "Verkko",
                        "vocab.emotion.trust",
                        "luottamus"));

        String svg = Diagrams.render(index, null, Engine.DOT, 1, line -> {}, words)
                .svgByJourney()
                .get("pair");

        Document doc = parse(svg);
        NodeList titles = doc.getElementsByTagNameNS("*", "title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        // the flow and the expectations arrow between the same two touchpoints each say what they are
        assertThat(texts).contains("Ad → Shop", "Ad ⇢ Shop");
        assertThat(texts).filteredOn(t -> t.equals("Ad → Shop")).hasSize(1);
        assertThat(texts).filteredOn(t -> t.equals("Ad ⇢ Shop")).hasSize(1);
        // an arrow to another journey names its touchpoint, not the reference
        String chat = SampleJourneys.support().touchpoints().stream()
                .filter(tp -> tp.id().value().equals("chat"))
                .findFirst()
                .orElseThrow()
                .name()
                .value();
        assertThat(texts).contains("Shop → " + SampleJourneys.support().title().value() + ": " + chat);
        assertThat(svg)
                .contains("Some · ", "Verkko · ", "Tavoitetunne: luottamus")
                .doesNotContain("social · ");
    }

    @Test
    void givesByteIdenticalOutputAcrossRunsAndJobCounts() {
        PlaybookIndex index = DiagramDotTest.sample("en");
        DiagramSet first = render(index, 1);
        DiagramSet second = render(index, 2);
        assertSameSvgs(second, first);
        assertSameSvgs(render(index, 2), second);
    }

    @Test
    void rendersManyJourneysInBatchesIdenticallyForAnyJobCount() {
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < 2 * Diagrams.BATCHES + 30; i++) {
            journeys.add(generated(i));
        }
        PlaybookIndex index = Fixtures.index(journeys);
        DiagramSet two = render(index, 2);
        assertThat(two.failures()).isEmpty();
        assertThat(two.svgByJourney()).hasSize(journeys.size());
        assertThat(two.svgByJourney().get("j7")).contains("j7/t3.html");
        DiagramSet three = render(index, 3);
        assertSameSvgs(three, two);
        // a rebuild that needs j7 again draws its whole batch, giving the full build's bytes
        DiagramSet partial = Diagrams.render(index, List.of("j7"), Engine.DOT, 2, s -> {});
        assertThat(partial.svgByJourney().keySet())
                .containsExactlyInAnyOrderElementsOf(Diagrams.batchMates(index).get("j7"))
                .hasSizeGreaterThan(1);
        assertSameSvgs(partial, two);
    }

    @Test
    void givesNoGraphAnHtmlLikeLabel() {
        // expat, which parses them, seeds its hash tables at random: batched layouts would vary
        for (int i = 0; i < 5; i++) {
            assertThat(Diagrams.dot(Fixtures.index(List.of(generated(i)))).values())
                    .allSatisfy(dot -> assertThat(dot).doesNotContain("=<"));
        }
        assertThat(Diagrams.dot(DiagramDotTest.sample("fi")).values())
                .allSatisfy(dot -> assertThat(dot).doesNotContain("=<"));
    }

    @Test
    void keepsHostileTextLiteralAndAddsNoNodesEdgesOrLinks() throws Exception {
        DiagramSet set = render(DiagramDotTest.sample("en"), 2);
        assertThat(set.failures()).isEmpty();
        String svg = set.svgByJourney().get("evil");
        int n = SampleJourneys.EVIL.length;
        assertThat(count(svg, "class=\"node")).isEqualTo(n);
        assertThat(count(svg, "class=\"edge")).isEqualTo(n - 1);
        assertThat(svg).doesNotContain("<script", "<b>", "href=\"javascript");
        assertThat(hrefs(svg)).allMatch(h -> h.matches("evil/t[0-9]+\\.html")).hasSize(n);
        Document doc = parse(svg);
        StringBuilder text = new StringBuilder();
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            text.append(texts.item(i).getTextContent()).append('\n');
        }
        assertThat(text.toString())
                .contains("quote \" inside", "<b>html</b>", "javascript:alert(1)", "<script>alert(1)</script>")
                .contains("expand \\N \\G \\E \\T \\H \\L", "\\l \\r \\n")
                .contains("trailing backslash\\", "\"]; evil [label=\"", "entity &lt;b&gt; &amp;", "<<html-like>>")
                .contains("new line");
        String hover = doc.getElementsByTagNameNS("*", "a")
                .item(0)
                .getAttributes()
                .getNamedItemNS("http://www.w3.org/1999/xlink", "title")
                .getNodeValue();
        assertThat(hover).contains("expand \\N \\G \\E \\T \\H \\L \\l \\r \\n", "<b>html</b>", "\"]; evil [label=\"");
    }

    @Test
    void inlineSvgPassesTheNuHtmlChecker() throws Exception {
        DiagramSet set = render(DiagramDotTest.sample("en"), 2);
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body>\n"
                + set.svgByJourney().get("online-order") + "\n"
                + set.svgByJourney().get("support") + "\n"
                + set.svgByJourney().get("evil") + "\n"
                + EmotionCurve.svg(SampleJourneys.onlineOrder(), DiagramDotTest.sample("en"))
                + "\n</body></html>\n";
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String out = validator.validate(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        assertThat(out).as("Nu HTML checker output").doesNotContain("error");
    }

    /** Every SVG of {@code actual} equals the one of {@code expected}; the message shows where not. */
    static void assertSameSvgs(DiagramSet actual, DiagramSet expected) {
        for (var entry : actual.svgByJourney().entrySet()) {
            String a = entry.getValue();
            String e = expected.svgByJourney().get(entry.getKey());
            assertThat(e).as("journey %s", entry.getKey()).isNotNull();
            int at = 0;
            while (at < Math.min(a.length(), e.length()) && a.charAt(at) == e.charAt(at)) {
                at++;
            }
            if (at < a.length() || at < e.length()) {
                int from = Math.max(0, at - 80);
                throw new AssertionError("SVG of " + entry.getKey() + " differs at " + at + ":\n"
                        + a.substring(from, Math.min(a.length(), at + 80)) + "\n---\n"
                        + e.substring(from, Math.min(e.length(), at + 80)));
            }
        }
    }

    static Journey generated(int i) {
        Fixtures.TouchpointBuilder[] before = new Fixtures.TouchpointBuilder[4];
        Fixtures.TouchpointBuilder[] during = new Fixtures.TouchpointBuilder[4];
        for (int t = 0; t < 4; t++) {
            before[t] = Fixtures.tp("t" + t, "Touchpoint number " + t + " of journey " + i, "web");
            during[t] = Fixtures.tp("t" + (t + 4), "Step " + t, t % 2 == 0 ? "email" : "phone")
                    .setsExpectationsFor("t" + ((t + 5) % 8));
        }
        if (i % 3 == 0) {
            during[1].critical();
            before[2].leadsTo("t3", "t6");
        }
        return Fixtures.journey("j" + i, "Journey " + i)
                .owner("team")
                .stage("a", "Before", Phase.BEFORE, before)
                .stage("b", "During", Phase.DURING, during)
                .build();
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    static Set<String> hrefs(String svg) {
        Set<String> all = new LinkedHashSet<>();
        Matcher m = HREF.matcher(svg);
        while (m.find()) {
            all.add(m.group(1));
        }
        return all;
    }
}
