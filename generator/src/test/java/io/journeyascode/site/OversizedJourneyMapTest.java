package io.journeyascode.site;

import static io.journeyascode.site.SiteAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.api.FailOn;
import io.journeyascode.api.JourneyGenerator;
import io.journeyascode.model.MapSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journey too large for a map gets none on every machine, and its page says why: Graphviz takes
 * minutes over a few hundred touchpoints with as many arrows, so a time limit alone would make the
 * site depend on the machine's speed. The journeys past the limit are never given to an engine; the one
 * at the limit is drawn by whichever engine the machine has.
 */
class OversizedJourneyMapTest {

    @TempDir
    Path tmp;

    @Test
    void aJourneyPastTheLimitGetsNoMapAndItsPageSaysWhyWhileTheOthersAreDrawn() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(journeys.resolve("huge.yaml"), journey("Huge", MapSize.MAX_TOUCHPOINTS + 1, 0));
        Files.writeString(journeys.resolve("arrows.yaml"), journey("Arrows", 40, MapSize.MAX_ARROWS + 1));
        Files.writeString(journeys.resolve("large.yaml"), journey("Large", MapSize.MAX_TOUCHPOINTS, 0));
        List<String> log = new ArrayList<>();
        Path out = tmp.resolve("out");
        assertThat(JourneyGenerator.build(Fixture.options(journeys, out, 2, FailOn.NEVER), log::add)
                        .siteWritten())
                .isTrue();

        Document huge = parse(out.resolve("journeys/huge.html"));
        assertThat(huge.select("figure.diagram svg")).isEmpty();
        assertThat(huge.text())
                .contains("This journey is too large for one map: 201 touchpoints and 0 arrows written in it,"
                        + " where a map shows at most 200 and 200.");
        assertThat(out.resolve("journeys/huge.svg")).doesNotExist();
        assertThat(parse(out.resolve("journeys/arrows.html")).text())
                .contains("too large for one map: 40 touchpoints and 201 arrows written in it");
        assertThat(out.resolve("journeys/arrows.svg")).doesNotExist();
        assertThat(log).anySatisfy(line -> assertThat(line)
                .contains("huge.yaml: journey huge has 201 touchpoints and 0 arrows written in it;"
                        + " a map shows at most 200 touchpoints and 200 arrows, so it gets none"));

        // at the limit, a map is drawn
        assertThat(out.resolve("journeys/large.svg")).isRegularFile();
        assertThat(parse(out.resolve("journeys/large.html")).text()).doesNotContain("too large");
    }

    @Test
    void aMapCountsTheTouchpointsAndTheArrowsWrittenInIt() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(journeys.resolve("arrows.yaml"), journey("Arrows", 5, 3));
        var loaded = JourneyGenerator.validate(journeys, Fixture.TODAY);
        var journey = loaded.playbook().journeys().get(0);
        assertThat(MapSize.of(journey)).isEqualTo(new MapSize(5, 3));
        assertThat(MapSize.of(journey).drawn()).isTrue();
        assertThat(new MapSize(201, 0).drawn()).isFalse();
        assertThat(new MapSize(200, 200).drawn()).isTrue();
        assertThat(new MapSize(1, 201).drawn()).isFalse();
    }

    /** A journey of {@code touchpoints} touchpoints in one stage, with {@code arrows} distinct expectation arrows. */
    private static String journey(String title, int touchpoints, int arrows) {
        List<List<String>> sets = new ArrayList<>();
        for (int i = 0; i < touchpoints; i++) {
            sets.add(new ArrayList<>());
        }
        int left = arrows;
        for (int i = 0; i < touchpoints && left > 0; i++) {
            for (int j = i + 1; j < touchpoints && left > 0; j++, left--) {
                sets.get(i).add("t" + j);
            }
        }
        StringBuilder yaml = new StringBuilder("title: " + title + "\nstages:\n  - id: all\n    touchpoints:\n");
        for (int i = 0; i < touchpoints; i++) {
            yaml.append("      - {id: t")
                    .append(i)
                    .append(", name: Step ")
                    .append(i)
                    .append(", channel: web");
            if (!sets.get(i).isEmpty()) {
                yaml.append(", sets_expectations_for: [")
                        .append(String.join(", ", sets.get(i)))
                        .append("]");
            }
            yaml.append("}\n");
        }
        return yaml.toString();
    }
}
