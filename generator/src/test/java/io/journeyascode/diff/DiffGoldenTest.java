package io.journeyascode.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.api.JourneyGenerator;
import io.journeyascode.api.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code src/test/resources/diff/CASE} holds a {@code base} and a {@code head}
 * journeys folder and the expected {@code expected.md} and {@code expected.json}, compared
 * exactly, with paths as {@code journey diff --base-ref origin/main journeys} shows them. After an intended change of the output, regenerate the goldens with
 * {@code ./mvnw -o -q -pl generator test -Dtest=DiffGoldenTest -Djourney.regenerate=true} and
 * review them in {@code git diff}.
 */
class DiffGoldenTest {

    static final Path CASES = Path.of("src/test/resources/diff");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersTheExpectedMarkdownAndJson(String name) throws IOException {
        Path dir = CASES.resolve(name);
        ValidationResult base = JourneyGenerator.validate(dir.resolve("base"), TODAY);
        ValidationResult head = JourneyGenerator.validate(dir.resolve("head"), TODAY);
        PlaybookDiff diff = DiffEngine.compare(base, head);
        // as `journey diff --base-ref origin/main journeys` shows the paths
        DiffPaths paths = new DiffPaths("journeys", "journeys");
        check(dir.resolve("expected.md"), DiffMarkdown.render(diff, paths));
        check(dir.resolve("expected.json"), DiffJson.render(diff, paths));
    }

    private static void check(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("journey.regenerate")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden)
                .as("golden file (regenerate with -Djourney.regenerate=true)")
                .exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
