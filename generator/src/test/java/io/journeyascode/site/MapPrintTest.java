package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Where a wide journey map is cut for print ({@link MapPrint}), on maps written as dot writes
 * them: stages as {@code cluster stage} groups inside the {@code graph} group, which dot shifts
 * by {@code translate(x y)}, and the generator's legend below. (BrowserTest checks the rows of
 * the example's maps as Chromium lays them out and prints them.)
 */
class MapPrintTest {

    /** A map with stages at these x ranges (in the graph's units), each 100 high at y -150..-50. */
    private static String map(String legend, String extra, double... stages) {
        double right = stages[stages.length - 1] + 8;
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg width=\"%.0fpt\" height=\"240pt\"\n viewBox=\"0.00 0.00 %.2f 240.00\" role=\"group\">\n"
                        + "<g id=\"jd-j-graph0\" class=\"graph\" transform=\"scale(1 1) rotate(0) translate(4 200)\">\n"
                        + "<title>Journey map</title>\n"
                        + "<polygon fill=\"white\" stroke=\"transparent\" points=\"-4,4 -4,-200 %.2f,-200 %.2f,4 -4,4\"/>\n",
                right + 4,
                right + 4,
                right,
                right));
        for (int i = 0; i < stages.length; i += 2) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<g id=\"jd-j-clust%1$d\" class=\"cluster stage\">\n<title>Stage %1$d</title>\n"
                            // a rectangle as dot draws one: straight cubic segments
                            + "<path fill=\"#f6f8fa\" d=\"M%2$.2f,-50C%2$.2f,-50 %3$.2f,-50 %3$.2f,-50"
                            + "C%3$.2f,-50 %3$.2f,-150 %3$.2f,-150C%3$.2f,-150 %2$.2f,-150 %2$.2f,-150"
                            + "C%2$.2f,-150 %2$.2f,-50 %2$.2f,-50\"/>\n"
                            + "<text text-anchor=\"middle\" x=\"%4$.2f\" y=\"-136\" font-size=\"11.00\">Stage</text>\n</g>\n",
                    i / 2 + 1,
                    stages[i],
                    stages[i + 1],
                    (stages[i] + stages[i + 1]) / 2));
        }
        svg.append(extra).append("</g>\n").append(legend).append("</svg>\n");
        return svg.toString();
    }

    private static final String LEGEND = "<g id=\"jd-j-legend\" class=\"legend\">\n"
            + "<rect fill=\"white\" stroke=\"none\" x=\"0\" y=\"204\" width=\"1000\" height=\"36\"/>\n"
            + "<rect fill=\"none\" stroke=\"#d0d7de\" rx=\"4\" x=\"8\" y=\"209\" width=\"500\" height=\"26\"/>\n"
            + "<text x=\"12\" y=\"225\">Legend</text>\n</g>\n";

    private static List<String> viewBoxes(List<MapPrint.Row> rows) {
        return rows.stream().map(MapPrint.Row::viewBox).toList();
    }

    @Test
    void aMapThatFitsARowPrintsAsItIs() {
        assertThat(MapPrint.rows(map(LEGEND, "", 8, 300, 320, 600))).isEmpty();
    }

    /** Four stages: 8..380, 420..660 (one row together), 710..1300, 1320..1700. */
    private static final double[] FOUR = {8, 380, 420, 660, 710, 1300, 1320, 1700};

    @Test
    void aWideMapIsCutHalfwayBetweenStagesIntoRowsOfOneScaleWithItsLegendBelow() {
        List<MapPrint.Row> rows = MapPrint.rows(map(LEGEND, "", FOUR));
        // rows as high as what the stages draw (y 50..150 on the canvas), with room above and below
        assertThat(viewBoxes(rows))
                .containsExactly(
                        "0 44 689 112", // from the canvas's left edge to halfway between 660 and 710 (+ 4)
                        "689 44 625 112", // to halfway between 1300 and 1320
                        "1314 44 398 112", // to the last stage's end, with the margin the first has (4 + 8)
                        "0 207 516 30"); // the legend's frame, with the margin it has on the left
        assertThat(rows)
                .extracting(MapPrint.Row::href)
                .containsExactly("#jd-j-graph0", "#jd-j-graph0", "#jd-j-graph0", "#jd-j-legend");
        assertThat(rows).extracting(MapPrint.Row::legend).containsExactly(false, false, false, true);
        // one scale: each row as wide as its view box, a CSS pixel a point
        assertThat(rows).extracting(MapPrint.Row::width).containsExactly("689", "625", "398", "516");
    }

    @Test
    void noRowIsWiderThanMaxRowFromCutToCut() {
        // stages 8..380 and 420..700 span 692 on the canvas (12..704), but a row that holds both
        // ends halfway to the next stage, at 709: too wide, so the first row holds the first alone
        List<MapPrint.Row> rows = MapPrint.rows(map("", "", 8, 380, 420, 700, 710, 1300, 1320, 1700));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(Double.parseDouble(row.width()))
                .isLessThanOrEqualTo(MapPrint.MAX_ROW));
        assertThat(viewBoxes(rows).get(0)).startsWith("0 44 404 ");
    }

    @Test
    void aStageWiderThanARowWithNothingInItToCutBetweenGetsARowOfItsOwn() {
        List<MapPrint.Row> rows = MapPrint.rows(map("", "", 8, 300, 320, 1300, 1320, 1500));
        assertThat(viewBoxes(rows)).containsExactly("0 44 314 112", "314 44 1000 112", "1314 44 198 112");
        assertThat(rows).extracting(MapPrint.Row::width).containsExactly("314", "1000", "198");
    }

    /** A touchpoint's box in the graph's units: x from, x to (y -120..-80). */
    private static String node(int n, double from, double to) {
        return String.format(
                Locale.ROOT,
                "<g id=\"jd-j-node%1$d\" class=\"node tp\">\n<title>t%1$d</title>\n<g id=\"a_jd-j-node%1$d\"><a>\n"
                        + "<path fill=\"#fff\" d=\"M%2$.2f,-80C%2$.2f,-80 %3$.2f,-80 %3$.2f,-80"
                        + "C%3$.2f,-80 %3$.2f,-120 %3$.2f,-120C%3$.2f,-120 %2$.2f,-120 %2$.2f,-120"
                        + "C%2$.2f,-120 %2$.2f,-80 %2$.2f,-80\"/>\n"
                        + "<text x=\"%4$.2f\" y=\"-96\" font-size=\"10.00\">Touchpoint %1$d</text>\n</a>\n</g>\n</g>\n",
                n,
                from,
                to,
                (from + to) / 2);
    }

    /** Where rows are cut: the left edges of all rows but the first (a map's rows only). */
    private static List<Double> cuts(List<MapPrint.Row> rows) {
        return rows.stream()
                .filter(row -> !row.legend())
                .skip(1)
                .map(row -> Double.parseDouble(row.viewBox().split(" ")[0]))
                .toList();
    }

    /**
     * A stage wider than a row is cut between its touchpoints, never through one nor through its
     * name. The name's extent here is from Helvetica's own glyph widths (W 0.944 em, the
     * ideographs 1 em), not from the estimate the code makes.
     */
    @Test
    void aStageWiderThanARowIsCutBetweenItsTouchpointsNeverThroughItsName() {
        // one stage, 8..1600, its name at the middle (804 + 4 on the canvas), touchpoints of 140
        // every 180 from 30
        StringBuilder nodes = new StringBuilder();
        List<double[]> boxes = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nodes.append(node(i + 1, 30 + 180 * i, 170 + 180 * i));
            boxes.add(new double[] {34 + 180 * i, 174 + 180 * i});
        }
        String oneStage = map(LEGEND, nodes.toString(), 8, 1600);
        for (String name : List.of("Stage", "WWWWWWWWWWWWWWWWWW", "注文と支払いと配送の確認手続き")) {
            double width = name.equals("Stage") ? 2.613 : name.startsWith("W") ? 18 * 0.944 : 15;
            List<MapPrint.Row> rows = MapPrint.rows(oneStage.replace(">Stage</text>", ">" + name + "</text>"));
            assertThat(rows).as(name).hasSizeGreaterThan(2);
            for (double cut : cuts(rows)) {
                assertThat(Math.abs(cut - 808)).as(name + ": a cut at " + cut).isGreaterThan(width * 11 / 2);
                assertThat(boxes).as(name + ": a cut at " + cut).noneMatch(b -> b[0] < cut && cut < b[1]);
            }
            assertThat(rows).allSatisfy(row -> assertThat(Double.parseDouble(row.width()))
                    .isLessThanOrEqualTo(MapPrint.MAX_ROW));
        }
    }

    @Test
    void aNoteBesideTheStagesKeepsTheStagesItSpansInOneRow() {
        // another journey's touchpoint drawn below stages 1 and 2, across the gap between them
        String note = "<g id=\"jd-j-node9\" class=\"node note\">\n<title>other</title>\n"
                + "<polygon fill=\"#f6f8fa\" points=\"370,-40 430,-40 430,-10 370,-10 370,-40\"/>\n</g>\n";
        List<MapPrint.Row> rows = MapPrint.rows(map("", note, FOUR));
        // the note is lower than the stages: the first row reaches down to it (canvas y 190)
        assertThat(viewBoxes(rows).get(0)).isEqualTo("0 44 689 152");

        String across = "<g id=\"jd-j-node9\" class=\"node note\">\n<title>other</title>\n"
                + "<polygon fill=\"#f6f8fa\" points=\"580,-40 640,-40 640,-10 580,-10 580,-40\"/>\n</g>\n";
        List<String> joined = viewBoxes(MapPrint.rows(map("", across, 8, 400, 420, 600, 620, 900, 920, 1700)));
        // the note spans the gap at 600..620: stages 2 and 3 stay together, so 1 is alone
        assertThat(joined.get(0)).startsWith("0 44 414 ");
        assertThat(joined.get(1)).startsWith("414 ");
    }

    /** The bottom of a view box: its y plus its height. */
    private static double bottom(String viewBox) {
        String[] v = viewBox.split(" ");
        return Double.parseDouble(v[1]) + Double.parseDouble(v[3]);
    }

    @Test
    void anEdgeMakesHigherTheRowsItStartsOrEndsInNotThoseItPassesThrough() {
        // a curve from stage 1 down to y -5 (195 on the canvas) at x 600, along it under stage 3
        // and back up into stage 4, as dot writes edges: a start, then three points per segment
        String edge = "<g id=\"jd-j-edge1\" class=\"edge expects\">\n<title>a to d</title>\n"
                + "<path fill=\"none\" d=\"M100,-50C200,-5 500,-5 600,-5C900,-5 1000,-5 1100,-5C1300,-5 1400,-5 1500,-50\"/>\n</g>\n";
        List<String> rows = viewBoxes(MapPrint.rows(map("", edge, FOUR)));
        assertThat(rows).hasSize(3);
        // the first row holds the curve's point (604, 195): it reaches below it
        assertThat(bottom(rows.get(0))).isGreaterThanOrEqualTo(195);
        // the edge only passes under the second: as high as its stage, 50..150 and 6 more
        assertThat(rows.get(1)).isEqualTo("689 44 625 112");
        // the third holds the curve from x 1314, where it is still about 193 deep
        assertThat(bottom(rows.get(2))).isBetween(190.0, 201.0);

        String short1 = "<g id=\"jd-j-edge1\" class=\"edge\">\n<title>a to b</title>\n"
                + "<path fill=\"none\" d=\"M100,-50C200,-5 300,-5 380,-20\"/>\n</g>\n";
        List<String> within = viewBoxes(MapPrint.rows(map("", short1, FOUR)));
        assertThat(bottom(within.get(0))).isGreaterThanOrEqualTo(180); // it ends at (384, 180)
        assertThat(within.subList(1, 3)).containsExactly("689 44 625 112", "1314 44 398 112");
    }

    @Test
    void theJsEnginesTransformIsReadAsDots() {
        String dot = map(LEGEND, "", FOUR);
        String js =
                dot.replace("scale(1 1) rotate(0) translate(4 200)", "scale(1.0 1.0) rotate(0.0) translate(4.0 200.0)");
        assertThat(MapPrint.rows(js)).isNotEmpty().isEqualTo(MapPrint.rows(dot));
    }

    @Test
    void aMapItDoesNotRecogniseGetsNoRows() {
        String wide = map(LEGEND, "", FOUR);
        List<MapPrint.Row> rows = MapPrint.rows(wide);
        assertThat(rows).isNotEmpty();
        assertThat(MapPrint.rows(wide.replace("rotate(0)", "rotate(90)"))).isEmpty();
        assertThat(MapPrint.rows(wide.replace("class=\"graph\"", "class=\"other\"")))
                .isEmpty();
        assertThat(MapPrint.rows(wide.replace("d=\"M8.00,-50C", "d=\"M8.00,-50L")))
                .as("an outline of other commands: its points as a whole")
                .isEqualTo(rows);
        assertThat(MapPrint.rows(wide.replace("d=\"M8.00,-50C8.00,-50", "d=\"M8.00,-50C8.00")))
                .as("a stage outline that is not x,y pairs")
                .isEmpty();
        for (String odd : List.of("NaN", "Infinity", "1e3", "0x1p8", "2d", "-", "")) {
            assertThat(MapPrint.rows(wide.replace("x=\"8\" y=\"209\"", "x=\"" + odd + "\" y=\"209\"")))
                    .as("a legend at x=" + odd)
                    .isEmpty();
            assertThat(MapPrint.print(wide.replace("translate(4 200)", "translate(" + odd + " 200)")))
                    .as("a graph shifted by " + odd)
                    .isEmpty();
        }
        assertThat(MapPrint.rows(map(LEGEND, "", 8, 1700)))
                .as("one stage with nothing to cut between")
                .isEmpty();
        assertThat(MapPrint.rows("")).isEmpty();
        assertThat(MapPrint.rows("<svg viewBox=\"0 0 2000 100\"><g/></svg>")).isEmpty();
    }
}
