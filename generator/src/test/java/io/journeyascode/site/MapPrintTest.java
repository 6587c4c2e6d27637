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

    @Test
    void aWideMapIsCutHalfwayBetweenStagesIntoRowsOfOneScaleWithItsLegendBelow() {
        // stages at 8..400, 420..690 (together 682 wide: one row), 710..1300, 1320..1700
        List<MapPrint.Row> rows = MapPrint.rows(map(LEGEND, "", 8, 400, 420, 690, 710, 1300, 1320, 1700));
        // rows as high as what the stages draw (y 50..150 on the canvas), with room above and below
        assertThat(viewBoxes(rows))
                .containsExactly(
                        "0 44 704 112", // from the canvas's left edge to halfway between 690 and 710
                        "704 44 610 112", // to halfway between 1300 and 1320
                        "1314 44 398 112", // to the last stage's end, with the margin the first has (4 + 8)
                        "0 207 516 30"); // the legend's frame, with the margin it has on the left
        assertThat(rows)
                .extracting(MapPrint.Row::href)
                .containsExactly("#jd-j-graph0", "#jd-j-graph0", "#jd-j-graph0", "#jd-j-legend");
        // one scale: each row as wide as its view box, a CSS pixel a point
        assertThat(rows).extracting(MapPrint.Row::width).containsExactly("704", "610", "398", "516");
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
                "<g id=\"jd-j-node%d\" class=\"node tp\">\n<title>t%d</title>\n<g id=\"a_jd-j-node%d\"><a>\n"
                        + "<path fill=\"#fff\" d=\"M%.2f,-80C%.2f,-80 %.2f,-80 %.2f,-80 %.2f,-120 %.2f,-120 %.2f,-120\"/>\n"
                        + "<text x=\"%.2f\" y=\"-96\" font-size=\"10.00\">Touchpoint %d</text>\n</a>\n</g>\n</g>\n",
                n,
                n,
                n,
                from,
                from,
                to,
                to,
                to,
                from,
                from,
                (from + to) / 2,
                n);
    }

    @Test
    void aStageWiderThanARowIsCutBetweenItsTouchpointsNeverThroughItsName() {
        // stage 2 (320..1600, its name at the middle, 960) holds touchpoints at 340..480,
        // 520..660, 700..840, 900..1040, 1080..1220, 1260..1400, 1440..1580; on the canvas, 4 more
        StringBuilder nodes = new StringBuilder(node(1, 160, 290));
        double[][] at = {{340, 480}, {520, 660}, {700, 840}, {900, 1040}, {1080, 1220}, {1260, 1400}, {1440, 1580}};
        for (int i = 0; i < at.length; i++) {
            nodes.append(node(i + 2, at[i][0], at[i][1]));
        }
        String wide = map(LEGEND, nodes.toString(), 150, 300, 320, 1600, 1620, 1900);
        // the first row: stage 1 and stage 2's first three touchpoints, cut halfway between
        // 844 and 904; its name, about 964 +- 17, stays whole in the next row, which holds the
        // next four (904..1604, 700 wide)
        assertThat(viewBoxes(MapPrint.rows(wide)))
                .containsExactly("0 44 874 112", "874 44 740 112", "1614 44 298 112", "0 207 516 30");
        // a name of 41 letters, about 964 +- 135, spans 844..904: the cut goes before 704 instead
        assertThat(viewBoxes(MapPrint.rows(
                        wide.replace(">Stage</text>", ">A stage with a very very long name indeed</text>"))))
                .first()
                .isEqualTo("0 44 684 112");
    }

    @Test
    void aNoteBesideTheStagesKeepsTheStagesItSpansInOneRow() {
        // another journey's touchpoint drawn below stages 1 and 2, across the gap between them
        String note = "<g id=\"jd-j-node9\" class=\"node note\">\n<title>other</title>\n"
                + "<polygon fill=\"#f6f8fa\" points=\"380,-40 440,-40 440,-10 380,-10 380,-40\"/>\n</g>\n";
        List<MapPrint.Row> rows = MapPrint.rows(map("", note, 8, 400, 420, 690, 710, 1300, 1320, 1700));
        assertThat(viewBoxes(rows).get(0)).startsWith("0 44 704 ");
        // the note is lower than the stages: the first row reaches down to it (canvas y 190)
        assertThat(viewBoxes(rows).get(0)).isEqualTo("0 44 704 152");

        String across = "<g id=\"jd-j-node9\" class=\"node note\">\n<title>other</title>\n"
                + "<polygon fill=\"#f6f8fa\" points=\"580,-40 640,-40 640,-10 580,-10 580,-40\"/>\n</g>\n";
        List<String> joined = viewBoxes(MapPrint.rows(map("", across, 8, 400, 420, 600, 620, 900, 920, 1700)));
        // the note spans the gap at 600..620: stages 2 and 3 stay together, so 1 is alone
        assertThat(joined.get(0)).startsWith("0 44 414 ");
        assertThat(joined.get(1)).startsWith("414 ");
    }

    @Test
    void anEdgeMakesHigherTheRowsItStartsOrEndsInNotThoseItPassesThrough() {
        // a curve from stage 1 down to y -5 under stages 2 and 3 and back up into stage 4, as dot
        // writes edges: a start, then three points per Bezier segment
        String edge = "<g id=\"jd-j-edge1\" class=\"edge expects\">\n<title>a to d</title>\n"
                + "<path fill=\"none\" d=\"M100,-50C200,-5 500,-5 600,-5C900,-5 1000,-5 1100,-5C1300,-5 1400,-5 1500,-50\"/>\n</g>\n";
        List<String> rows = viewBoxes(MapPrint.rows(map("", edge, 8, 400, 420, 690, 710, 1300, 1320, 1700)));
        // down to y 195 (+ 6) in the first row; in the last only as deep as the curve is there
        // (its last segment cut in quarters, each within its own points); the middle row as its stages
        assertThat(rows).containsExactly("0 44 704 157", "704 44 610 112", "1314 44 398 156.3");

        String short1 = "<g id=\"jd-j-edge1\" class=\"edge\">\n<title>a to b</title>\n"
                + "<path fill=\"none\" d=\"M100,-50C200,-5 300,-5 380,-20\"/>\n</g>\n";
        assertThat(viewBoxes(MapPrint.rows(map("", short1, 8, 400, 420, 690, 710, 1300, 1320, 1700))))
                .containsExactly("0 44 704 151.38", "704 44 610 112", "1314 44 398 112");
    }

    @Test
    void theJsEnginesTransformIsReadAsDots() {
        String js = map(LEGEND, "", 8, 400, 420, 690, 710, 1300, 1320, 1700)
                .replace("scale(1 1) rotate(0) translate(4 200)", "scale(1.0 1.0) rotate(0.0) translate(4.0 200.0)");
        assertThat(MapPrint.rows(js)).hasSize(4);
    }

    @Test
    void aMapItDoesNotRecogniseGetsNoRows() {
        String wide = map(LEGEND, "", 8, 400, 420, 690, 710, 1300, 1320, 1700);
        assertThat(MapPrint.rows(wide.replace("rotate(0)", "rotate(90)"))).isEmpty();
        assertThat(MapPrint.rows(wide.replace("class=\"graph\"", "class=\"other\"")))
                .isEmpty();
        assertThat(MapPrint.rows(wide.replace("d=\"M8.00,-50C", "d=\"M8.00,-50L")))
                .hasSize(4);
        assertThat(MapPrint.rows(wide.replace("d=\"M8.00,-50C8.00,-50", "d=\"M8.00,-50C8.00")))
                .as("a stage outline that is not x,y pairs")
                .isEmpty();
        assertThat(MapPrint.rows(map(LEGEND, "", 8, 1700))).as("one stage").isEmpty();
        assertThat(MapPrint.rows("")).isEmpty();
        assertThat(MapPrint.rows("<svg viewBox=\"0 0 2000 100\"><g/></svg>")).isEmpty();
    }
}
