package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@link MapPrint} on any text, starting from real maps (dot's SVG of an example journey and of
 * a corpus journey whose stages are cut; seeds in
 * {@code src/test/resources/io/journeyascode/site/MapPrintFuzzTestInputs/}): it reads with plain
 * scans, so whatever it is given it must end at once and give either no rows or rows of plain,
 * finite, positive sizes, the legend's last, and the markup of exactly those rows.
 */
class MapPrintFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void readsAnySvgAndGivesNoRowsOrFiniteOnes(FuzzedDataProvider data) {
        String svg = data.consumeRemainingAsString();
        List<MapPrint.Row> rows = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> MapPrint.rows(svg));
        for (int i = 0; i < rows.size(); i++) {
            MapPrint.Row row = rows.get(i);
            double[] box = Arrays.stream(row.viewBox().split(" "))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            assertThat(box).as(row.toString()).hasSize(4);
            assertThat(Arrays.stream(box).allMatch(Double::isFinite))
                    .as(row.toString())
                    .isTrue();
            assertThat(box[2]).as(row.toString()).isPositive();
            assertThat(box[3]).as(row.toString()).isPositive();
            assertThat(Double.parseDouble(row.width())).as(row.toString()).isEqualTo(box[2]);
            assertThat(row.href()).matches("#[A-Za-z0-9_.:-]+");
            if (row.legend()) {
                assertThat(i).as("the legend's row comes last").isEqualTo(rows.size() - 1);
            }
        }
        assertThat(rows.stream().filter(row -> !row.legend()).count())
                .as("rows of the map: none, or two or more")
                .isNotEqualTo(1);
        String print = MapPrint.print(svg);
        assertThat(print.split("<svg ", -1)).hasSize(rows.size() + 1);
    }
}
