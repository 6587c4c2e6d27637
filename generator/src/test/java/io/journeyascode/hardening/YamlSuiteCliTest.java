package io.journeyascode.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The YAML conformance suite (shared/yaml-test-suite) as one journeys folder through the whole
 * command line: every case is a journey file named with a valid id (so no finding comes from
 * the name alone), and each one gets at least one finding; the invalid ones a yaml-syntax
 * finding, except SnakeYAML's known deviations (checked-in list). No crash, no hang, nothing on
 * stderr, exit code 1.
 */
class YamlSuiteCliTest {

    private static final String DEVIATIONS = "/yaml-test-suite-deviations.txt";

    @TempDir
    Path tmp;

    @Test
    void everyCaseOfTheYamlSuiteIsAFindingThroughTheCommandLine() throws IOException {
        Path suite = suiteFolder();
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Map<String, String> caseOfFile = new TreeMap<>();
        try (Stream<Path> files = Files.list(suite)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String name = file.getFileName().toString(); // 2G84-01.error.yaml
                String id = name.substring(0, name.indexOf('.'));
                String kind = name.substring(id.length() + 1, name.length() - ".yaml".length());
                String journey = "case-" + id.toLowerCase(Locale.ROOT) + "-" + kind + ".yaml";
                Files.copy(file, journeys.resolve(journey));
                caseOfFile.put(journey, id + (kind.equals("error") ? "!" : ""));
            }
        }
        assertThat(caseOfFile).hasSizeGreaterThanOrEqualTo(402);

        CliRun run = assertTimeoutPreemptively(
                Duration.ofSeconds(120), () -> CliRun.of("validate", journeys.toString(), "--format", "json"));

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        Map<String, Set<String>> rulesOfFile = new HashMap<>();
        String prefix = journeys + "/";
        for (JsonNode finding : report.path("findings")) {
            String file = finding.path("file").asText();
            assertThat(file).startsWith(prefix);
            rulesOfFile
                    .computeIfAbsent(file.substring(prefix.length()), k -> new TreeSet<>())
                    .add(finding.path("rule").asText());
        }
        assertThat(caseOfFile.keySet()).as("files without a finding").allMatch(rulesOfFile::containsKey);
        Set<String> deviations = deviations();
        List<String> invalidButNoSyntaxFinding = caseOfFile.entrySet().stream()
                .filter(e -> e.getValue().endsWith("!"))
                .filter(e -> !rulesOfFile.get(e.getKey()).contains("yaml-syntax"))
                .map(e -> e.getValue().substring(0, e.getValue().length() - 1))
                .filter(id -> !deviations.contains(id))
                .toList();
        assertThat(invalidButNoSyntaxFinding)
                .as("invalid cases without a yaml-syntax finding, not in " + DEVIATIONS)
                .isEmpty();
    }

    static Path suiteFolder() {
        String shared = System.getProperty("shared.dir");
        assumeTrue(shared != null, "shared.dir is not set; skipping the YAML test suite");
        Path suite = Path.of(shared, "yaml-test-suite");
        assumeTrue(Files.isDirectory(suite), "no YAML test suite at " + suite + "; skipping");
        return suite;
    }

    private static Set<String> deviations() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (InputStream in = YamlSuiteCliTest.class.getResourceAsStream(DEVIATIONS)) {
            assertThat(in).as(DEVIATIONS).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    ids.add(trimmed.split("\\s+", 2)[0]);
                }
            }
        }
        return ids;
    }
}
