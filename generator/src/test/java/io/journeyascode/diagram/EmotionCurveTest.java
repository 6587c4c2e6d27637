package io.journeyascode.diagram;

import static io.journeyascode.diagram.Fixtures.journey;
import static io.journeyascode.diagram.Fixtures.metric;
import static io.journeyascode.diagram.Fixtures.tp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.journeyascode.diagram.Fixtures.TouchpointBuilder;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Phase;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.PlaybookIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class EmotionCurveTest {

    private static Journey mixed() {
        return journey("mixed", "Mixed <feelings> & \"quotes\"")
                .stage(
                        "s",
                        "Stage",
                        Phase.DURING,
                        tp("a", "Measured above target", "web")
                                .emotion("joy")
                                .metric(metric(MetricType.CSAT, 80.0, 90.0)),
                        tp("b", "Not measured", "web").emotion("fear"),
                        tp("c", "Measured by CSV, no emotion", "web")
                                .critical()
                                .moment(Moment.PEAK)
                                .metric(metric(MetricType.CES, 2.0, 1.0)),
                        tp("d", "Two metrics and a very long touchpoint name indeed", "web")
                                .emotion("calm")
                                .moment(Moment.END)
                                .metric(metric(MetricType.NPS, 30.0, 24.0))
                                .metric(Fixtures.custom("Resolution", 70.0, 84.0))
                                .metric(metric(MetricType.EMOTION, 60.0, null)))
                .build();
    }

    private static PlaybookIndex index(Journey journey) {
        return Fixtures.index(
                PlaybookConfig.defaults(),
                List.of(journey),
                List.of(
                        Fixtures.measurement("mixed", "c", "ces", 4.0, "2025-01-01"),
                        Fixtures.measurement("mixed", "c", "ces", 3.0, "2025-02-01")));
    }

    @Test
    void computesIntendedAndMeasuredPointsWithGaps() {
        Journey journey = mixed();
        List<EmotionCurve.Point> points = EmotionCurve.points(journey, index(journey));
        assertThat(points).extracting(EmotionCurve.Point::touchpointId).containsExactly("a", "b", "c", "d");
        assertThat(points)
                .extracting(EmotionCurve.Point::intended)
                .containsExactly(
                        OptionalDouble.of(1), OptionalDouble.of(-1), OptionalDouble.empty(), OptionalDouble.of(1));
        // CSAT 90 against 80: half-way from target to the best value
        assertThat(points.get(0).measured().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(points.get(1).measured()).isEmpty();
        // the newest measurement (3) overrides the YAML actual (1); CES: lower is better
        assertThat(points.get(2).measured().getAsDouble()).isCloseTo(-0.2, within(1e-9));
        // mean of NPS (24-30)/130 and custom (84-70)/70; the unmeasured emotion metric is left out
        assertThat(points.get(3).measured().getAsDouble()).isCloseTo((-6.0 / 130 + 0.2) / 2, within(1e-9));
        assertThat(points.get(2).critical()).isTrue();
        assertThat(points.get(2).moment()).contains(Moment.PEAK);
    }

    @Test
    void aCustomMetricWhereLowerIsBetterScoresAboveItsTargetBelowIt() {
        Metric wait = new Metric(
                Fixtures.at(MetricType.CUSTOM),
                Optional.of(Fixtures.at("Wait in minutes")),
                Optional.of(Fixtures.at(5.0)),
                Optional.of(Fixtures.at(3.0)),
                Optional.of(Fixtures.at("lower")));
        Journey journey = journey("wait", "Wait")
                .stage("s", "Stage", Phase.DURING, tp("q", "Queue", "phone").metric(wait))
                .build();

        List<EmotionCurve.Point> points = EmotionCurve.points(journey, index(journey));

        // two minutes under a target of five: (5 - 3) / 5
        assertThat(points.get(0).measured().getAsDouble()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void scoresAgainstTheTargetWithinTheMetricsRange() {
        assertThat(EmotionCurve.score(MetricType.NPS, 30, 30)).isZero();
        assertThat(EmotionCurve.score(MetricType.NPS, 30, 100)).isEqualTo(1);
        assertThat(EmotionCurve.score(MetricType.NPS, 30, -100)).isEqualTo(-1);
        assertThat(EmotionCurve.score(MetricType.CES, 3, 1)).isEqualTo(1);
        assertThat(EmotionCurve.score(MetricType.CES, 3, 7)).isEqualTo(-1);
        assertThat(EmotionCurve.score(MetricType.CSAT, 100, 100)).isZero();
        assertThat(EmotionCurve.score(MetricType.CSAT, 100, 50)).isEqualTo(-0.5);
        assertThat(EmotionCurve.score(MetricType.CUSTOM, 10, 1000)).isEqualTo(1);
    }

    @Test
    void drawsAnAccessibleSvgWhoseLinesBreakAtGaps() throws Exception {
        Journey journey = mixed();
        String svg = EmotionCurve.svg(journey, index(journey));
        Document doc = DotEngineTest.parse(svg);
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        // named by its title, described by its text: the text is not read twice as its name
        String title = doc.getElementsByTagNameNS("*", "title")
                .item(0)
                .getAttributes()
                .getNamedItem("id")
                .getNodeValue();
        String desc = doc.getElementsByTagNameNS("*", "desc")
                .item(0)
                .getAttributes()
                .getNamedItem("id")
                .getNodeValue();
        assertThat(doc.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo(title);
        assertThat(doc.getDocumentElement().getAttribute("aria-describedby")).isEqualTo(desc);
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Emotion curve: Mixed <feelings> & \"quotes\"");
        assertThat(doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
                .startsWith("4 touchpoints; 3 with a target emotion, 3 measured.")
                .contains("Not measured: intended fear, not measured.")
                // what the marks and the dots' side of the target line say, in words too
                .contains("Measured above target: intended joy, measured better than target.")
                .contains("Measured by CSV, no emotion (peak moment, critical): no target emotion, measured")
                .contains("Two metrics and a very long touchpoint name indeed (end moment): ");
        // intended: a, b then a gap at c, then d alone; measured: a, gap at b, then c-d
        assertThat(svg).contains("<path d=\"M136 72 L200 216 M328 72\"");
        // measured, from the intended line: a above it (at the plot's edge), c below neutral, d a little above its line
        assertThat(svg).contains("<path d=\"M136 64.8 M264 158.4 L328 66.46\"").doesNotContain("<script");
        // the scale's words end in the gutter, left of the first point (x 136), not over it
        assertThat(svg)
                .contains("<text x=\"98\" y=\"71\" font-size=\"9\" fill=\"#57606a\" text-anchor=\"end\">"
                        + "+1 positive</text>");
        assertThat(svg)
                .contains("<title>Two metrics and a very long touchpoint name indeed</title>Two metrics and a"
                        + "<tspan x=\"328\" dy=\"11\">very long…</tspan>");
        // a long name on two lines, broken between words, cut only when longer still
        assertThat(EmotionCurve.labelLines("Card payment")).containsExactly("Card payment");
        assertThat(EmotionCurve.labelLines("A friend recommends the service"))
                .containsExactly("A friend", "recommends the…");
        assertThat(EmotionCurve.labelLines("Order confirmation e-mail"))
                .containsExactly("Order confirmation", "e-mail");
        assertThat(EmotionCurve.labelLines("Asiakaspalvelukeskustelupalvelu on auki"))
                .containsExactly("Asiakaspalvelukesk", "ustelupalvelu on…");
    }

    @Test
    void aTouchpointOnTargetIsDrawnOnItsIntendedLineAndOneShortOfItBelow() {
        Journey journey = journey("aim", "Aim")
                .stage(
                        "s",
                        "Stage",
                        Phase.DURING,
                        tp("on", "On target", "web").emotion("joy").metric(metric(MetricType.CSAT, 80.0, 80.0)),
                        tp("short", "Short", "web").emotion("joy").metric(metric(MetricType.CSAT, 80.0, 60.0)),
                        tp("fear", "Fear on target", "web").emotion("fear").metric(metric(MetricType.CSAT, 80.0, 80.0)))
                .build();
        List<EmotionCurve.Point> points = EmotionCurve.points(journey, index(journey));

        assertThat(EmotionCurve.drawn(points.get(0))).isEqualTo(points.get(0).intended());
        assertThat(EmotionCurve.drawn(points.get(1)).getAsDouble())
                .isLessThan(points.get(1).intended().getAsDouble())
                .isGreaterThan(0);
        assertThat(EmotionCurve.drawn(points.get(2))).isEqualTo(OptionalDouble.of(-1));
    }

    /** A journey of {@code n} touchpoints, each with a target emotion. */
    private static Journey ofLength(int n) {
        TouchpointBuilder[] tps = new TouchpointBuilder[n];
        for (int i = 0; i < n; i++) {
            tps[i] = tp("t" + i, "Touchpoint " + i, "web").emotion("joy");
        }
        return journey("long", "Long").stage("s", "Stage", Phase.DURING, tps).build();
    }

    @Test
    void aCurveThatFitsThePaperPrintsAsItIs() {
        Journey journey = ofLength(EmotionCurve.PRINT_ROW);
        assertThat(EmotionCurve.picture(journey, index(journey), DiagramWords.of("en"))
                        .print())
                .isEmpty();
    }

    /**
     * A long curve prints as its legend and rows of as many touchpoints as fit A4 (as even as can
     * be), each showing its stretch of the grid and plot (clipped), the scale's words at its left
     * and its own touchpoints' labels, through {@code <use>} of the curve's parts: every part used
     * is in the curve, every label is printed once.
     */
    @Test
    void aLongCurvePrintsInRowsOfTouchpointsUnderItsLegend() {
        Journey journey = ofLength(25);
        EmotionCurve.Picture picture = EmotionCurve.picture(journey, index(journey), DiagramWords.of("en"));
        List<String> rows = picture.print().lines().toList();
        assertThat(rows).hasSize(5).allMatch(row -> row.startsWith("<svg ") && row.endsWith("</svg>"));
        assertThat(rows.get(0))
                .startsWith("<svg class=\"print-legend\" viewBox=")
                .contains("<use href=\"#ec-long-legend\"/>");
        java.util.regex.Pattern label = java.util.regex.Pattern.compile("#ec-long-label-(\\d+)\"");
        List<List<Integer>> labels = rows.subList(1, 5).stream()
                .map(row -> label.matcher(row)
                        .results()
                        .map(m -> Integer.parseInt(m.group(1)))
                        .toList())
                .toList();
        // 25 touchpoints: four rows of 8 at most, as even as can be
        assertThat(labels).extracting(List::size).containsExactly(7, 6, 6, 6);
        assertThat(labels.stream().flatMap(List::stream))
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, 25).boxed().toList());
        // the second row: touchpoints 7 to 12, points at x 136 + 64 * i; the scale's words moved
        // to its left edge, the grid and plot clipped to its touchpoints' stretch
        assertThat(rows.get(2))
                .startsWith("<svg viewBox=\"448 32 578 312\" width=\"578\"")
                .contains(
                        "<clipPath id=\"ec-long-print-2\"><rect x=\"552\" y=\"32\" width=\"384\" height=\"200\"/></clipPath>")
                .contains("<g transform=\"translate(448 0)\"><use href=\"#ec-long-scale\"/></g>")
                .contains(
                        "<g clip-path=\"url(#ec-long-print-2)\"><use href=\"#ec-long-grid\"/><use href=\"#ec-long-plot\"/></g>");
        assertThat(rows.get(1)).contains("width=\"642\""); // at its own size: every row at one scale
        java.util.regex.Matcher used =
                java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(picture.print());
        while (used.find()) {
            assertThat(picture.svg()).contains("id=\"" + used.group(1) + "\"");
        }
    }

    @Test
    void speaksFinnishWhenAsked() {
        Journey journey = mixed();
        String svg = EmotionCurve.svg(journey, index(journey), "fi");
        assertThat(svg).contains("Tunnekäyrä: ", "tavoiteltu tunne", "huippuhetki", "ei mitattu");
        String custom = EmotionCurve.svg(journey, index(journey), Map.of("curve.intended", "wanted"));
        assertThat(custom).contains(">wanted<", "measured against target");
    }

    @Test
    void namesEmotionsAndTheSideOfTheTargetInTheSitesWords() throws Exception {
        Journey journey = mixed();
        Map<String, String> words =
                DiagramWords.of("fi", Map.of("vocab.emotion.joy", "ilo", "vocab.emotion.fear", "pelko"));
        String svg = EmotionCurve.svg(journey, index(journey), words);
        String desc = DotEngineTest.parse(svg)
                .getElementsByTagNameNS("*", "desc")
                .item(0)
                .getTextContent();
        // "calm" has no word here: its id stands
        assertThat(desc)
                .contains("tavoite ilo", "tavoite pelko", "tavoite calm")
                .doesNotContain("tavoite joy");
        // c's CES 3 against a target of 2 scores -0.2: said in words, not as a score readers cannot place
        assertThat(desc)
                .contains(
                        "Measured by CSV, no emotion (huippuhetki, kriittinen): ei tavoitetunnetta, mitattu tulos jää tavoitteesta.");
        assertThat(svg)
                .contains("tavoiteltu tunne ilo")
                .contains("mitattu tulos jää tavoitteesta")
                .doesNotContain("-0,2");
    }
}
