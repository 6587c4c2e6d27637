package io.journeyascode.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.model.Journey;
import io.journeyascode.model.PlaybookIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DOT text against golden files in {@code src/test/resources/diagram/} (run with
 * {@code -Dgolden.update=true} to rewrite them after an intended change, then review the diff).
 */
class DiagramDotTest {

    private static final Path GOLDEN = Path.of("src/test/resources/diagram");

    static PlaybookIndex sample(String locale) {
        return Fixtures.index(
                Fixtures.config(
                        locale, Fixtures.team("ecommerce", "E-commerce"), Fixtures.team("marketing", "Marketing")),
                List.of(SampleJourneys.onlineOrder(), SampleJourneys.support(), SampleJourneys.evil()),
                List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"online-order", "support", "evil"})
    void writesTheGoldenDot(String journeyId) throws IOException {
        assertGolden(journeyId + ".dot", Diagrams.dot(sample("en")).get(journeyId));
    }

    @Test
    void writesFinnishWordsWhenThePlaybookIsFinnish() throws IOException {
        assertGolden("online-order.fi.dot", Diagrams.dot(sample("fi")).get("online-order"));
    }

    @Test
    void givesOneDotPerJourneyInJourneyOrder() {
        Map<String, String> dots = Diagrams.dot(sample("en"));
        assertThat(dots.keySet()).containsExactly("online-order", "support", "evil");
        Journey journey = SampleJourneys.onlineOrder();
        assertThat(Diagrams.dot(journey, sample("en"))).isEqualTo(dots.get("online-order"));
    }

    /**
     * Expectation arrows do not rank (constraint=false): a note for another journey's touchpoint
     * that only they reach is tied to its source by an invisible edge, so that dot draws it next
     * to it instead of in the first rank, under the first stage.
     */
    @Test
    void aNoteOnlyExpectationArrowsReachIsPlacedAfterItsSource() {
        String dot = Diagrams.dot(sample("en")).get("support");
        assertThat(dot)
                .contains("n3 -> x1 [class=\"expects\"")
                .contains("n3 -> x1 [style=invis];")
                .doesNotContain("n3 -> x1 [class=\"flow\"");
    }

    @Test
    void usesGeneratedNodeIdsAndLinksOnly() {
        String dot = Diagrams.dot(sample("en")).get("online-order");
        assertThat(dot)
                .contains("n0 [label=\"Social media ad\\nsocial · Marketing\\noutsourced to")
                .contains("URL=\"online-order/social-ad.html\"")
                .contains("n0 -> n3 [class=\"expects\", style=dashed")
                .contains("constraint=false");
    }

    @Test
    void escapesBackslashesBeforeQuotesInLabelsAndTooltips() {
        assertThat(DotText.label("a\\\"b\\")).isEqualTo("a\\\\\\\"b\\\\");
        assertThat(DotText.label("\\N & <b>")).isEqualTo("\\\\N &amp; <b>");
        assertThat(DotText.tooltip("\\N")).isEqualTo("\\\\\\\\N");
        assertThat(DotText.label("line\nbreak\r\u0000end")).isEqualTo("line break end");
    }

    @Test
    void wrapsLongNamesAtSpacesAndCutsLongWords() {
        assertThat(DotText.wrap("Reviews and word of mouth", 12)).containsExactly("Reviews and", "word of", "mouth");
        assertThat(DotText.wrap("Supercalifragilistic", 8)).containsExactly("Supercal", "ifragili", "stic");
    }

    static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("golden file %s (run with -Dgolden.update=true to create it)", file)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
