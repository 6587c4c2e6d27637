package io.journeyascode.load;

import static io.journeyascode.load.LoaderFixtures.MINIMAL;
import static io.journeyascode.load.LoaderFixtures.brief;
import static io.journeyascode.load.LoaderFixtures.loadJourney;
import static io.journeyascode.load.LoaderFixtures.onlyTouchpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.model.Metric;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code better:} says which way a custom metric improves; the built-in types have their own way. */
class MetricDirectionTest {

    @TempDir
    Path dir;

    private Read metrics(String yaml) {
        var result = loadJourney(dir, MINIMAL + "        metrics:\n" + yaml.indent(10));
        return new Read(onlyTouchpoint(result).metrics(), brief(result));
    }

    private record Read(List<Metric> metrics, List<String> findings) {}

    @Test
    void aCustomMetricIsBetterLowerOnlyWhenItSaysSo() {
        var read = metrics(
                """
                - type: custom
                  name: Wait in minutes
                  target: 5
                  better: lower
                - type: custom
                  name: Conversion
                  target: 3
                - type: custom
                  name: Share of repeat orders
                  better: higher
                """);

        assertThat(read.findings()).isEmpty();
        assertThat(read.metrics()).extracting(Metric::higherIsBetter).containsExactly(false, true, true);
    }

    @Test
    void theBuiltInTypesKeepTheirDirectionAndAContraryBetterIsAFinding() {
        var read = metrics(
                """
                - type: ces
                  better: lower
                - type: nps
                  better: lower
                - type: csat
                  better: sideways
                """);

        assertThat(read.metrics()).extracting(Metric::higherIsBetter).containsExactly(false, true, true);
        assertThat(read.findings())
                .hasSize(2)
                .anySatisfy(f -> assertThat(f)
                        .startsWith("schema 13:21 ")
                        .contains("`better` of a metric of type `nps` can only be `higher`")
                        .contains("type: custom"))
                .anySatisfy(f -> assertThat(f).startsWith("schema 15:21 ").contains("sideways"));
    }
}
