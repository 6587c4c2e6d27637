package io.journeyascode.site;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.BuildResult;
import io.journeyascode.api.Engine;
import io.journeyascode.api.FailOn;
import io.journeyascode.api.JourneyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The example playbook ({@code ../journeys}) built once per test JVM into target/example-site. */
final class ExampleSite {

    static final Path JOURNEYS = Path.of("..", "journeys").toAbsolutePath().normalize();
    static final Path OUT = Path.of("target", "example-site").toAbsolutePath();
    private static BuildResult result;
    static final List<String> LOG = new ArrayList<>();

    private ExampleSite() {}

    static synchronized Path get() {
        assumeTrue(
                Files.isRegularFile(JOURNEYS.resolve("playbook.yaml")), "The example playbook ../journeys is missing");
        if (result == null) {
            result = JourneyGenerator.build(options(OUT, 2), LOG::add);
        }
        return OUT;
    }

    static synchronized BuildResult result() {
        get();
        return result;
    }

    static BuildOptions options(Path out, int jobs) {
        return new BuildOptions(
                JOURNEYS,
                out,
                Optional.empty(),
                Optional.empty(),
                Engine.AUTO,
                jobs,
                Optional.of("https://github.com/northwind/cx/blob/main/journeys"),
                FailOn.NEVER,
                Fixture.TODAY,
                Optional.empty());
    }
}
