package io.journeyascode.site;

import static io.journeyascode.site.SiteTrees.assertSameSite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.Engine;
import io.journeyascode.api.FailOn;
import io.journeyascode.api.JourneyGenerator;
import io.journeyascode.api.ToolException;
import io.journeyascode.bench.CorpusGenerator;
import io.journeyascode.diagram.Diagrams;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.PlaybookIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache with the JavaScript engine (SPEC §10, §11): a rebuild that draws only the batch
 * of a changed journey gives the same bytes as a build from nothing, although the engine drew
 * other graphs (of the first build) before.
 */
class JsBuildCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int JOURNEYS = 8;

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    @Test
    void aRebuildAfterATitleChangeEqualsAColdBuildOfTheChangedInput() throws Exception {
        try {
            Diagrams.render(new PlaybookIndex(PlaybookLoader.load(dir).playbook()), Engine.JS, 1, log::add);
        } catch (ToolException e) {
            assumeTrue(false, "the JavaScript Graphviz engine cannot start on this machine: " + e.getMessage());
        }
        Path journeys = dir.resolve("journeys");
        CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        corpus.write(journeys, JOURNEYS);
        Path out = dir.resolve("out");
        build(journeys, out);
        Path file = journeys.resolve(corpus.journeyFile(0));
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: \"", "title: \"Renamed "));

        build(journeys, out);

        // the rebuild drew the changed journey's batch only, reusing the other diagrams
        assertThat(Diagrams.batchMates(
                                new PlaybookIndex(PlaybookLoader.load(journeys).playbook()))
                        .get(corpus.journeyId(0)))
                .hasSizeLessThan(JOURNEYS);
        Path cold = dir.resolve("cold");
        build(journeys, cold);
        assertSameSite(out, cold);
    }

    private void build(Path journeys, Path out) {
        JourneyGenerator.build(
                new BuildOptions(
                        journeys,
                        out,
                        Optional.empty(),
                        Optional.empty(),
                        Engine.JS,
                        2,
                        Optional.empty(),
                        FailOn.ERROR,
                        TODAY,
                        Optional.empty()),
                log::add);
    }
}
